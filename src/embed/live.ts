/** The live map of the embed, loaded on demand (dynamic import) when the embed comes into view. */
import "maplibre-gl/dist/maplibre-gl.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import landUrl from "../../data/basemap/land.geojson?url";
import bordersUrl from "../../data/basemap/borders.geojson?url";
import placesUrl from "../../data/basemap/places.geojson?url";
import basemapMeta from "../../data/basemap/meta.json";
import { createMap } from "../map/create-map.ts";
import { addStoryImages, bindStoryInteraction, storyOverlay } from "../map/story-map.ts";
import { signalWhenIdle } from "../map/ready.ts";
import { watchContext } from "../map/context-watch.ts";
import type { Story } from "../model/validate.ts";
import type { BBox } from "../model/views.ts";
import type { Store } from "../state/store.ts";

export function startLiveMap(
  container: HTMLElement,
  story: Story,
  store: Store,
  bounds: BBox,
  reducedMotion: () => boolean,
  onReady: (map: MapLibreMap) => void,
  /** The GPU context is lost for good (true: show the static map again) or is back (false). */
  onStatic: (isStatic: boolean) => void,
): MapLibreMap {
  const map = createMap({
    container,
    urls: { land: landUrl, borders: bordersUrl, places: placesUrl },
    bounds,
    maxBounds: basemapMeta.bbox as unknown as BBox,
    padding: 12,
    overlay: storyOverlay(story),
  });
  addStoryImages(map);
  bindStoryInteraction(map, story, store, reducedMotion, false);
  Object.defineProperty(window, "rafahMap", { value: map, configurable: false, writable: false });
  signalWhenIdle(map, container, () => {
    onReady(map);
  });
  watchContext(map, container, {
    onGiveUp: () => {
      onStatic(true);
    },
    onRestored: () => {
      onStatic(false);
    },
  });
  return map;
}
