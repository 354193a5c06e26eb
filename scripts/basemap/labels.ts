/**
 * npm run data:labels: names the layout (src/render/layout) places with the basemap's, from the repository's own data:
 * - where the Mediterranean Sea is in each view of data/views.json (the point of the sea farthest from its coasts
 *   inside the view: the layout names the body of water found there; src/render/label-point.ts);
 * - the gazetteer's neighbourhoods, camps and areas with coordinates, at the city and border views (approximate:
 *   they name an area whose extent is not drawn; those without coordinates are not drawn).
 * Country and territory names are not here: the layout places them for each frame, wholly inside their land.
 * Writes data/basemap/labels.geojson (and data/basemap/markers.json, the positions of the basemap's place markers,
 * so that a statement about a basemap place is drawn beside its marker, not over it). Deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Point } from "geojson";
import { insetFrame, labelPoint, type Frame } from "../../src/render/label-point.ts";
import { formatGeoJson } from "../stories/io.ts";
import type { GazetteerSite } from "./places.ts";

const SEA = "Mediterranean Sea";
/** Room left for the map's controls: view buttons above, zoom buttons right, the key and scale bar below. */
const CONTROLS: readonly [number, number, number, number] = [0.14, 0.1, 0.16, 0.06];
/** A sea named in a view covers at least this share of it. */
const MIN_SHARE = 0.002;
/** Neighbourhood names at these views only (city scale). */
const CITY_VIEWS = new Set(["rafah", "border"]);
const AREA_KINDS = new Set(["neighbourhood", "camp", "area"]);

export interface LabelProperties {
  readonly name: string;
  readonly class: "water" | "neighbourhood";
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
