/**
 * The story's geometry as marks: what the live map's source and the SVG map's base draw under the names (the
 * layout, render/layout, places the symbols, badges and labels on top). One place is drawn once: several statements
 * about one area are one hatch whose lines take each status's colour in turn, several about one line parallel bands
 * side by side. A statement about a basemap border is a band beside the border's own line; a statement about a
 * whole basemap land draws nothing over it (a callout names it) but its outline when selected. An approximate
 * point has its circle of uncertainty. Pure.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { groupOf } from "../model/groups.ts";
import { placesOf } from "../model/places.ts";
import type { StoryFeature } from "../model/types.ts";

export type MarkKind = "uncertainty" | "line" | "halo" | "area" | "extent" | "territory";

export interface MarkProperties {
  /** Unique in the source (MapLibre's promoteId): feature-state is set per mark. */
  mark: string;
  /** The features this mark draws, space-separated, in the order of the text. */
  ids: string;
  kind: MarkKind;
  /** The first feature's status, and every feature's (space-separated, in order). */
  status: string;
  statuses: string;
  /** The hatch pattern image ("hatch-reported-planned"), or "". */
  image: string;
  precision: string;
  /** Hatched with a dotted edge (approximate areas and extents). */
  approximate: boolean;
  /** Circle radius in pixels at zoom 0 of an approximate point's uncertainty (uncertainty marks). */
  r0: number;
  /** Parallel slot of a line or halo among the statements about one line (0 alone; −0.5, 0.5 for two …). */
  offset: number;
  /** The layer groups of the features (for the legend and filters): space-separated. */
  groups: string;
}

export type StoryMarks = FeatureCollection<Geometry, MarkProperties>;

export interface MarksOptions {
  /** The story's extent: positions outside it are off the map (the layout's pointers show them). */
  readonly bounds: readonly number[];
  /** Positions of the basemap's place markers: a statement there stands beside the marker, with no circle. */
  readonly basemapMarkers?: readonly Position[];
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_SIZE = 512;
const NEAR_MARKER_M = 300;

export function radiusFactor(radiusM: number, latitude: number): number {
  return (radiusM * TILE_SIZE) / (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180));
}

function metres(a: Position, b: Position): number {
  const k = Math.cos(((a[1] as number) * Math.PI) / 180);
  return Math.hypot(((a[0] as number) - (b[0] as number)) * k, (a[1] as number) - (b[1] as number)) * 111_320;
}

const isBasemapCopy = (f: StoryFeature, layer: "borders" | "land") =>
  f.properties.derivation?.method === "copy" &&
  f.properties.derivation.of.some((r) => r.startsWith(`basemap:${layer}#`));

export function storyMarks(features: readonly StoryFeature[], options: MarksOptions): StoryMarks {
  const byId = new Map(features.map((f) => [f.id, f]));
  const out: Feature<Geometry, MarkProperties>[] = [];
  const [w, s, e, n] = options.bounds as [number, number, number, number];
  const onMap = (p: Position) => (p[0] as number) >= w && (p[0] as number) <= e && (p[1] as number) >= s && (p[1] as number) <= n; // prettier-ignore
  const push = (
    geometry: Geometry,
    ids: readonly string[],
    p: Partial<MarkProperties> & Pick<MarkProperties, "mark" | "kind">,
  ) => {
    // prettier-ignore
    const fs = ids.map((id) => byId.get(id) as StoryFeature);
    const lead = fs[0] as StoryFeature;
    out.push({
      type: "Feature",
      geometry,
      properties: {
        ids: ids.join(" "),
        status: lead.properties.status,
        statuses: fs.map((f) => f.properties.status).join(" "),
        image: "",
        precision: lead.properties.precision.type,
        approximate: false,
        r0: 0,
        offset: 0,
        groups: [...new Set(fs.map((f) => groupOf(f.properties)))].join(" "),
        ...p,
      },
    });
  };
  placesOf(features).forEach((place, i) => {
    const fs = place.ids.map((id) => byId.get(id) as StoryFeature);
    if (place.shape === "point") {
      const at = (place.geometry as GeoJSON.Point).coordinates;
      const lead = fs[0] as StoryFeature;
      const p = lead.properties.precision;
      const nearMarker = (options.basemapMarkers ?? []).some((m) => metres(m, at) < NEAR_MARKER_M);
      if (
        fs.length === 1 &&
        onMap(at) &&
        !nearMarker &&
        p.type === "approximate" &&
        p.radiusM !== undefined &&
        !p.extent
      ) {
        push(place.geometry, [lead.id], { mark: `u${i}`, kind: "uncertainty", r0: radiusFactor(p.radiusM, at[1] as number) }); // prettier-ignore
      }
    } else if (place.shape === "line") {
      fs.forEach((f, k) => {
        push(place.geometry, [f.id], { mark: `l${i}-${f.id}`, kind: isBasemapCopy(f, "borders") ? "halo" : "line", offset: k - (fs.length - 1) / 2 }); // prettier-ignore
      });
    } else if (fs.every((f) => isBasemapCopy(f, "land"))) {
      push(place.geometry, place.ids, { mark: `t${i}`, kind: "territory" });
    } else {
      const approximate = ["approximate", "area-not-named"].includes((fs[0] as StoryFeature).properties.precision.type);
      const unique = [...new Set(fs.map((f) => f.properties.status))];
      push(place.geometry, place.ids, { mark: `a${i}`, kind: "area", approximate, image: approximate ? `hatch-${unique.join("-")}` : "" }); // prettier-ignore
    }
  });
  // Where an approximate point can be, clipped to the land the source puts it in.
  for (const f of features) {
    const extent = f.properties.precision.extent as Geometry | undefined;
    if (extent && f.geometry) push(extent, [f.id], { mark: `x-${f.id}`, kind: "extent", approximate: true });
  }
  return { type: "FeatureCollection", features: out };
}

/** The marks that draw a feature (for feature-state on selection, hover and dimming). */
export function marksByFeature(marks: StoryMarks): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of marks.features) {
    for (const id of m.properties.ids.split(" ")) out.set(id, [...(out.get(id) ?? []), m.properties.mark]);
  }
  return out;
}
