/**
 * The benchmark's floor: a bare MapLibre page that draws the same basemap data with the same style and nothing
 * else (no controls, no views, no hash). The app's ready time is compared with this page's.
 */
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import landUrl from "../data/basemap/land.geojson?url";
import bordersUrl from "../data/basemap/borders.geojson?url";
import placesUrl from "../data/basemap/places.geojson?url";
import views from "../data/views.json";
import { buildStyle } from "../src/map/style.ts";
import { fontFaces } from "../src/map/fonts.ts";
import { palette } from "../src/map/theme.ts";
import { drawMarker } from "../src/map/markers.ts";
import { PLACE_MARKERS } from "../src/map/place-markers.ts";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const container = document.getElementById("map") as HTMLElement;
const id = new URLSearchParams(location.hash.slice(1)).get("view") ?? views.default;
const view = views.views.find((v) => v.id === id) ?? views.views[0];
const [w, s, e, n] = (view?.bounds ?? [32, 29.5, 35.8, 32.3]) as [number, number, number, number];
const map = new MapLibreMap({
  container,
  style: buildStyle({ land: landUrl, borders: bordersUrl, places: placesUrl }, fontFaces(document.baseURI), palette),
  bounds: [w, s, e, n],
  fitBoundsOptions: { padding: 24 },
});
for (const [name, spec] of Object.entries(PLACE_MARKERS)) {
  const img = drawMarker(spec, 2);
  map.addImage(name, { width: img.width, height: img.height, data: img.data }, { pixelRatio: img.pixelRatio });
}
map.once("idle", () => {
  container.setAttribute("data-ready", "true");
  performance.mark("rafah-map:ready");
});
