/**
 * The app's live map, loaded with MapLibre (and its stylesheet) when the reader first reaches for the map: made in
 * the map's box over the static map, which it replaces once drawn; with the view buttons, the measuring tool, the
 * story's layers bound to the store, and the locator inset that follows its camera.
 */
import "maplibre-gl/dist/maplibre-gl.css";
import type { LngLatBoundsLike } from "maplibre-gl";
import type { Story } from "../model/types.ts";
import { resolveView, type ViewSet } from "../model/views.ts";
import { holdBounds } from "../render/layout/camera.ts";
import { BASEMAP_BOUNDS } from "../render/basemap-files.ts";
import { Inset } from "../panels/inset/inset.ts";
import type { Store } from "../state/store.ts";
import type { MapHost } from "./host.ts";
import { createMap, viewSourceOf, viewFrameOf } from "./live-map.ts";
import { measureControl, showStoryLive } from "./live-story.ts";
import { ViewControl } from "./view-control.ts";
import { appObstacles } from "./obstacles.ts";
import type { Live } from "./live-snapshot.ts";

export interface LiveAppInput {
  readonly host: MapHost;
  readonly container: HTMLElement;
  readonly inset: HTMLElement;
  readonly story: Story | null;
  readonly views: ViewSet;
  readonly store: Store;
}

/** Starts the live map; null when the device has no WebGL (the static map stays, saying so). */
export function startLiveApp(input: LiveAppInput): Live | null {
  const { host, container, story, views, store } = input;
  const first = resolveView(views, store.get().viewId).view;
  const map = host.start(() => createMap({ container, bounds: first.bounds, maxBounds: BASEMAP_BOUNDS, padding: host.padding }), first.id); // prettier-ignore
  if (!map) return null;
  const loaded = new Promise<void>((done) => {
    map.once("load", () => {
      done();
    });
  });
  // The first view is framed within the basemap's bounds (as the build framed the static map); the story's
  // bounds hold the camera from then on.
  if (story) map.once("load", () => map.setMaxBounds(holdBounds(story.bounds, BASEMAP_BOUNDS) as unknown as LngLatBoundsLike)); // prettier-ignore
  performance.mark("rafah-map:map-created");
  map.addControl(new ViewControl(views.views, store, host), "top-left");
  map.addControl(measureControl(host), "top-right");
  showStoryLive(host, story, true, appObstacles);
  if (story) new Inset(input.inset, story, viewFrameOf(map), store);
  return { map, view: viewSourceOf(map), loaded };
}
