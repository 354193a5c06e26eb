/**
 * The benchmark's floors: a bare MapLibre page that draws the same basemap data with the same style and nothing
 * else (no controls, no views, no article). With `&story=1` in the hash it also draws the first story's features
 * with the same layers, given inline (fetched and parsed, not validated): the same content as the app, without the
 * app. The app's ready time is compared with both.
 */
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import landUrl from "../data/basemap/land.geojson?url";
import bordersUrl from "../data/basemap/borders.geojson?url";
import placesUrl from "../data/basemap/places.geojson?url";
import views from "../data/views.json";
import { buildStyle, type Overlay } from "../src/render/maplibre/style.ts";
import { fontFaces } from "../src/render/maplibre/fonts.ts";
import { palette } from "../src/theme/palette.ts";
import { addImages } from "../src/render/maplibre/images.ts";
import { storyAreaLayers, storyLineLayers, storyPointLayers } from "../src/render/maplibre/story-layers.ts";
import type { FeatureCollection } from "geojson";
import featuresUrl from "../data/stories/rafah-april-2024/features.geojson?url";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const container = document.getElementById("map") as HTMLElement;
const id = new URLSearchParams(location.hash.slice(1)).get("view") ?? views.default;

/** The map properties the story layers read, straight from the file (the app builds the same in render/story-features.ts). */
function flatten(collection: FeatureCollection): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: collection.features.flatMap((f) => {
      if ((f.geometry as unknown) === null) return [];
      const p = f.properties as { kind: string; status: string; precision: { type: string } };
      const g = f.geometry;
      const geom = g.type.includes("Point") ? "point" : g.type.includes("Line") ? "line" : "area";
      const parts =
        g.type === "MultiPoint" ? g.coordinates.map((c) => ({ type: "Point" as const, coordinates: c })) : [g];
      return parts.map((geometry) => ({
        type: "Feature" as const,
        properties: { id: f.id, kind: p.kind, status: p.status, precision: p.precision.type, geom, r0: 0, dxk: 0 },
        geometry,
      }));
    }),
  };
}
const view = views.views.find((v) => v.id === id) ?? views.views[0];
const [w, s, e, n] = (view?.bounds ?? [32, 29.5, 35.8, 32.3]) as [number, number, number, number];
const params = new URLSearchParams(location.hash.slice(1));
let overlay: Overlay | undefined;
if (params.get("story") === "1") {
  const collection = (await (await fetch(featuresUrl)).json()) as FeatureCollection;
  overlay = {
    sources: { story: { type: "geojson", data: flatten(collection), promoteId: "id" } },
    below: [...storyAreaLayers(), ...storyLineLayers()],
    above: storyPointLayers(),
  };
}
const map = new MapLibreMap({
  container,
  validateStyle: false,
  style: buildStyle(
    { land: landUrl, borders: bordersUrl, places: placesUrl },
    fontFaces(document.baseURI),
    palette,
    overlay,
  ),
  bounds: [w, s, e, n],
  fitBoundsOptions: { padding: 24 },
});
addImages(map);
map.once("idle", () => {
  container.setAttribute("data-ready", "true");
  performance.mark("rafah-map:ready");
});
