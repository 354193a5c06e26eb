/**
 * The live map as the page asks for it: started when the reader reaches for the map (wake.ts), when a selection
 * or a view asks the camera to move, or when an export needs its picture; for exports, the map as a snapshot
 * source once its style is in. Without WebGL an export still has the view's frame (the SVG needs no live map).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import type { SnapshotSource } from "../render/maplibre/snapshot.ts";
import { resolveView, type ViewSet } from "../model/views.ts";
import type { Store } from "../state/store.ts";
import { strings } from "../locale/en.ts";
import { wakeOnCameraRequests, type Wake } from "./wake.ts";

export interface Live {
  readonly map: MapLibreMap;
  readonly snapshot: SnapshotSource;
  /** Settles when the map's style has loaded (its "load" event, listened for from the map's creation). */
  readonly loaded: Promise<void>;
}

/** What an export can frame without a live map: the map box and the store's view. */
function staticSource(container: HTMLElement, views: ViewSet, store: Store): SnapshotSource {
  return {
    style: () => {
      throw new Error(strings.errors.noWebGL);
    },
    bounds: () => resolveView(views, store.get().viewId).view.bounds,
    size: () => {
      const box = container.getBoundingClientRect();
      return { width: box.width, height: box.height };
    },
  };
}

/**
 * Starts the live map (with `start`, which loads its code) when `wake` fires; a selection or a change of view
 * fires it. Returns what an export asks for: the snapshot source, after starting the map if need be.
 */
export function liveOnWake(
  wake: Wake,
  store: Store,
  fallback: { container: HTMLElement; views: ViewSet },
  start: () => Promise<Live | null>,
): () => Promise<SnapshotSource> {
  const live = wake.reached.then(start);
  const unsubscribe = wakeOnCameraRequests(wake, store);
  void live.then(unsubscribe);
  return async () => {
    wake.fire("export");
    const started = await live;
    if (!started) return staticSource(fallback.container, fallback.views, store);
    // Not map.isStyleLoaded(): it is false again while a source updates, long after "load" has fired.
    await started.loaded;
    return started.snapshot;
  };
}
