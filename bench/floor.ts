/**
 * The benchmark's floors: a bare MapLibre page that draws the same basemap data with the same style and nothing
 * else (no controls, no views, no article, no names: the app's names are its layout's, drawn over the map). With `&story=1` in the hash it also draws the first story's features
 * with the same layers, given inline (fetched and parsed, not validated): the same content as the app, without the
 * app. The app's ready time is compared with both.
 */
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import landUrl from "../data/basemap/land.geojson?url";
import bordersUrl from "../data/basemap/borders.geojson?url";
import views from "../data/views.json";
import markers from "../data/basemap/markers.json";
import { buildStyle, type Overlay } from "../src/render/maplibre/style.ts";
import { palette } from "../src/theme/palette.ts";
import { addMissingImage } from "../src/render/maplibre/images.ts";
import { storyOverlay } from "../src/render/maplibre/story-layers.ts";
import type { StoryFeature } from "../src/model/types.ts";
import type { FeatureCollection } from "geojson";
import featuresUrl from "../data/stories/rafah-april-2024/features.geojson?url";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const container = document.getElementById("map") as HTMLElement;
const id = new URLSearchParams(location.hash.slice(1)).get("view") ?? views.default;

const view = views.views.find((v) => v.id === id) ?? views.views[0];
const [w, s, e, n] = (view?.bounds ?? [32, 29.5, 35.8, 32.3]) as [number, number, number, number];
const params = new URLSearchParams(location.hash.slice(1));
// The app's camera padding (src/map-host/padding.ts, desktop).
const padding = { top: 58, right: 104, bottom: 64, left: 18 };
let overlay: Overlay | undefined;
if (params.get("story") === "1") {
  // The story's marks as the app draws them (straight from the file: parsed, not validated).
  const collection = (await (await fetch(featuresUrl)).json()) as FeatureCollection;
  const features = collection.features.map((f) => ({ id: String(f.id), properties: f.properties, geometry: f.geometry, passages: [], when: null }) as unknown as StoryFeature); // prettier-ignore
  overlay = storyOverlay({ features } as never, { basemapMarkers: markers, bounds: [31.9, 29.4, 35.9, 32.4] }); // prettier-ignore
}
const map = new MapLibreMap({
  container,
  validateStyle: false,
  style: buildStyle({ land: landUrl, borders: bordersUrl }, palette, overlay),
  bounds: [w, s, e, n],
  fitBoundsOptions: { padding },
});
map.on("styleimagemissing", (e: { id: string }) => {
  addMissingImage(map, e.id);
});
map.once("idle", () => {
  container.setAttribute("data-ready", "true");
  performance.mark("rafah-map:ready");
});
