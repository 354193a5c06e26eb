/**
 * The live map as the page asks for it: started when the reader reaches for the map (wake.ts), or when a selection
 * or a view asks the camera to move; and what an export frames: the live map's camera once it is drawn, else the
 * store's view in the map's box (every export is drawn from the data: none needs the live map).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { resolveView, type ViewSet } from "../model/views.ts";
import type { ViewSource } from "../render/view-source.ts";
import type { Store } from "../state/store.ts";
import { wakeOnCameraRequests, type Wake } from "./wake.ts";

export interface Live {
  readonly map: MapLibreMap;
  readonly view: ViewSource;
  /** Settles when the map's style has loaded (its "load" event, listened for from the map's creation). */
  readonly loaded: Promise<void>;
}

/** What an export frames without a live map: the map box and the store's view. */
function staticSource(container: HTMLElement, views: ViewSet, store: Store): ViewSource {
  return {
    bounds: () => resolveView(views, store.get().viewId).view.bounds,
    size: () => {
      const box = container.getBoundingClientRect();
      return { width: box.width, height: box.height };
    },
  };
}

/**
 * Starts the live map (with `start`, which loads its code) when `wake` fires; a selection or a change of view
 * fires it. Returns what an export frames: the live map's view once it has loaded, else the static map's.
 */
export function liveOnWake(
  wake: Wake,
  store: Store,
  fallback: { container: HTMLElement; views: ViewSet },
  start: () => Promise<Live | null>,
): () => Promise<ViewSource> {
  let ready: Live | null = null;
  const live = wake.reached.then(start);
  void live.then(async (l) => {
    if (!l) return;
    await l.loaded;
    ready = l;
  });
  const unsubscribe = wakeOnCameraRequests(wake, store);
  void live.then(unsubscribe);
  return () => Promise.resolve(ready?.view ?? staticSource(fallback.container, fallback.views, store));
}
