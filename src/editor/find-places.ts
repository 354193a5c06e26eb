/**
 * "Find places", loaded when first asked for: the place index from the gazetteer's sites, the basemap's places
 * (GeoNames) and the known spellings, built once, then the geoparser over the article.
 */
import sites from "../../data/gazetteer/sites.json";
import spellings from "../../data/gazetteer/spellings.json";
import placesText from "../../data/basemap/places.geojson?raw";
import { buildPlaceIndex, findPlaces, type PlaceIndex, type PlaceMatch } from "./geoparse.ts";

export { groupSuggestions } from "./geoparse.ts";

let index: PlaceIndex | null = null;

export function findPlacesIn(article: string): Promise<PlaceMatch[]> {
  index ??= buildPlaceIndex(sites, JSON.parse(placesText) as unknown, spellings);
  const start = performance.now();
  const found = findPlaces(article, index);
  // Read by the benchmark (npm run bench): how long the geoparser took over this text.
  performance.measure("rafah-editor:geoparse", { start, end: performance.now(), detail: article.length });
  return Promise.resolve(found);
}
