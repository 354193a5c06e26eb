/**
 * The basemap as the layout reads it: lands by id, the towns and crossings with their markers, the names of
 * countries, territories, seas and regions with the land they name (the land their anchor lies in), and the
 * neighbourhoods. Made once from the basemap's files (data/basemap/), in node or in the browser. Pure.
 */
import type { Point, Position } from "geojson";
import { PLACE_MARKERS, type PlaceClass } from "../../theme/basemap.ts";
import type { Band } from "../bands.ts";
import { bandRanges } from "../bands.ts";
import { insideRings, rings } from "../label-point.ts";
import type { BasemapData } from "../svg-map/basemap.ts";
import type { Padding } from "./camera.ts";
import type { LayoutBasemap } from "./layout.ts";
import type { AreaName } from "./place-names.ts";

const AREA_ROLES = new Set(["country", "territory", "water", "region"]);

function landAt(lands: LayoutBasemap["lands"], p: Position): string | null {
  const hit = lands.find((l) => insideRings(rings(l.geometry), p[0] as number, p[1] as number));
  return hit?.id ?? null;
}

export function layoutBasemap(data: BasemapData, extent: readonly number[]): LayoutBasemap {
  const lands = data.land.features.map((f) => ({
    id: f.properties.id,
    geometry: f.geometry,
  }));
  const points = data.places.features.filter((f) => f.geometry.type === "Point");
  const places = points
    .filter((f) => f.properties.class in PLACE_MARKERS)
    .map((f) => ({ name: f.properties.name, cls: f.properties.class as PlaceClass, rank: f.properties.rank, at: (f.geometry as Point).coordinates })); // prettier-ignore
  const banded = data.labels?.features ?? [];
  const areaNames: AreaName[] = points
    .filter((f) => AREA_ROLES.has(f.properties.class))
    .map((f) => {
      const anchors = [(f.geometry as Point).coordinates, ...banded.filter((b) => b.properties.name === f.properties.name).map((b) => b.geometry.coordinates)]; // prettier-ignore
      const role = f.properties.class as AreaName["role"];
      return { name: f.properties.name, role, land: role === "water" ? null : landAt(lands, anchors[0] as Position), anchors }; // prettier-ignore
    })
    .filter((n) => n.role === "water" || n.land !== null);
  const seen = new Set<string>();
  const neighbourhoods = banded
    .filter(
      (b) => b.properties.class === "neighbourhood" && !seen.has(b.properties.name) && seen.add(b.properties.name),
    )
    .flatMap((b) => {
      const land = landAt(lands, b.geometry.coordinates);
      return land ? [{ name: b.properties.name, at: b.geometry.coordinates, land }] : [];
    });
  return { lands, extent, places, areaNames, neighbourhoods };
}

/** The zoom from which neighbourhoods are named: where the largest view they are placed for begins, on this frame. */
export function neighbourhoodZoom(
  data: BasemapData,
  bands: readonly Band[],
  width: number,
  height: number,
  padding: Padding,
): number {
  // prettier-ignore
  const with_ = new Set((data.labels?.features ?? []).filter((b) => b.properties.class === "neighbourhood").map((b) => b.properties.band)); // prettier-ignore
  const ranges = bandRanges(bands, width, height, padding);
  const starts = [...ranges.entries()].filter(([id]) => with_.has(id)).map(([, [lo]]) => lo);
  return starts.length > 0 ? Math.min(...starts) : Infinity;
}

/** Region names (Sinai, the Negev) are for small scales: up to this zoom. */
export const REGIONS_UNTIL_ZOOM = 9.6;
