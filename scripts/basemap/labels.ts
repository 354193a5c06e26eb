/**
 * npm run data:labels: the names that give each named view its sense of place, from the repository's own data:
 * - country and territory names on both sides of every border, and the sea's name, placed for each view of
 *   data/views.json at the point of the land (or sea) farthest from its edges inside the view (src/render/label-point.ts);
 * - the gazetteer's neighbourhoods, camps and areas with coordinates, at the city and border views (approximate:
 *   they name an area whose extent is not drawn; those without coordinates are not drawn).
 * Writes data/basemap/labels.geojson (and data/basemap/markers.json, the positions of the basemap's place markers,
 * so that a statement about a basemap place is drawn beside its marker, not over it). Deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Point } from "geojson";
import { insetFrame, labelPoint, offshorePoint, type Frame } from "../../src/render/label-point.ts";
import { formatGeoJson } from "../stories/io.ts";
import type { GazetteerSite } from "./places.ts";

const NAMES: Readonly<Record<string, { name: string; class: "country" | "territory" }>> = {
  EGY: { name: "EGYPT", class: "country" },
  ISR: { name: "ISRAEL", class: "country" },
  JOR: { name: "JORDAN", class: "country" },
  GAZA: { name: "GAZA STRIP", class: "territory" },
  WEST_BANK: { name: "WEST BANK", class: "territory" },
};
const SEA = "Mediterranean Sea";
/** Room left for the map's controls: view buttons above, zoom buttons right, the key and scale bar below. */
const CONTROLS: readonly [number, number, number, number] = [0.14, 0.1, 0.16, 0.06];
/** A land or sea labelled in a view covers at least this share of it (the Gaza Strip is 0.5 % of the region view). */
const MIN_SHARE = 0.002;
/** Below this share a territory's name goes offshore beside it. */
const SMALL_SHARE = 0.015;
/** Neighbourhood names at these views only (city scale). */
const CITY_VIEWS = new Set(["rafah", "border"]);
const AREA_KINDS = new Set(["neighbourhood", "camp", "area"]);

export interface LabelProperties {
  readonly name: string;
  readonly class: "country" | "territory" | "water" | "neighbourhood";
  /** The named view (zoom band) the label is placed for. */
  readonly band: string;
  readonly source: string;
}

/** The gazetteer's sites, as far as the labels read them. */
type Site = Pick<GazetteerSite, "id" | "name" | "lat" | "lon" | "kind" | "source">;

export function makeLabels(
  land: FeatureCollection<MultiPolygon, { id: string }>,
  views: readonly { id: string; bounds: number[] }[],
  sites: readonly Site[],
  /** Where the basemap already has names (towns, crossings): country names keep away from them. */
  avoid: readonly number[][] = [],
): FeatureCollection<Point, LabelProperties> {
  const out: Feature<Point, LabelProperties>[] = [];
  const point = (at: [number, number], p: LabelProperties): Feature<Point, LabelProperties> => ({
    type: "Feature",
    properties: p,
    geometry: { type: "Point", coordinates: at },
  });
  for (const view of views) {
    const frame = insetFrame(view.bounds as unknown as Frame, CONTROLS);
    for (const f of land.features) {
      const name = NAMES[f.properties.id];
      if (!name) continue;
      const found = labelPoint(frame, [f.geometry], { avoid });
      if (!found || found.share < MIN_SHARE) continue;
      // A territory too narrow for its name at this scale (the Gaza Strip at the region's): named offshore beside it.
      const offshore = found.share < SMALL_SHARE ? offshorePoint(frame, land.features.map((x) => x.geometry), found.at, 0.06) : null; // prettier-ignore
      const near =
        offshore && Math.hypot(offshore[0] - found.at[0], offshore[1] - found.at[1]) < 0.12 * (frame[2] - frame[0]);
      const at = offshore && near ? offshore : found.at;
      out.push(point(at, { name: name.name, class: name.class, band: view.id, source: `placed inside land#${f.properties.id} in the view "${view.id}" (data/basemap/land.geojson)` })); // prettier-ignore
    }
    const sea = labelPoint(
      frame,
      land.features.map((f) => f.geometry),
      { outside: true, avoid },
    );
    if (sea && sea.share >= MIN_SHARE) {
      out.push(point(sea.at, { name: SEA, class: "water", band: view.id, source: `placed in the sea (outside every land polygon) in the view "${view.id}"` })); // prettier-ignore
    }
    if (!CITY_VIEWS.has(view.id)) continue;
    const [w, s, e, n] = view.bounds as [number, number, number, number];
    for (const site of sites) {
      if (!AREA_KINDS.has(site.kind) || site.lat === null || site.lon === null) continue;
      if (site.lon < w || site.lon > e || site.lat < s || site.lat > n) continue;
      out.push(point([site.lon, site.lat], { name: site.name, class: "neighbourhood", band: view.id, source: `data/gazetteer/sites.json "${site.id}": ${site.source}` })); // prettier-ignore
    }
  }
  return { type: "FeatureCollection", features: out };
}

/** The positions of the basemap's place markers (towns, crossings, sites), rounded as the basemap is. */
export function markerPositions(places: FeatureCollection<Point, { class: string; name: string }>): number[][] {
  const marked = new Set(["capital", "city", "town", "crossing", "site"]);
  return places.features.filter((f) => marked.has(f.properties.class)).map((f) => [...f.geometry.coordinates]);
}

function main(): void {
  const read = (p: string): unknown => JSON.parse(readFileSync(p, "utf8"));
  const land = read("data/basemap/land.geojson") as FeatureCollection<MultiPolygon, { id: string }>;
  const views = (read("data/views.json") as { views: { id: string; bounds: number[] }[] }).views;
  const sites = (read("data/gazetteer/sites.json") as { sites: Site[] }).sites;
  const places = read("data/basemap/places.geojson") as FeatureCollection<Point, { class: string; name: string }>;
  const markers = markerPositions(places);
  const neighbourhoods = sites.filter((x) => AREA_KINDS.has(x.kind) && x.lat !== null && x.lon !== null).map((x) => [x.lon as number, x.lat as number]); // prettier-ignore
  const labels = makeLabels(land, views, sites, [...markers, ...neighbourhoods]);
  writeFileSync("data/basemap/labels.geojson", formatGeoJson(labels));
  writeFileSync("data/basemap/markers.json", `${JSON.stringify(markers)}\n`);
  console.log(`data/basemap/labels.geojson: ${labels.features.length} labels; data/basemap/markers.json written`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
