/**
 * The live MapLibre map: created with the offline style (basemap and the story's geometry in one style), its
 * controls and code-drawn hatches; and the views of it that other parts read without knowing MapLibre: its camera
 * (for the layout), the camera frame (for the inset) and the view an export frames.
 */
import {
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type LngLatBoundsLike,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import type { Story } from "../model/types.ts";
import type { BBox } from "../model/views.ts";
import type { ViewFrame } from "../panels/inset/inset.ts";
import type { Padding } from "../render/bands.ts";
import { BASEMAP_MARKERS, BASEMAP_URLS } from "../render/basemap-files.ts";
import type { Camera } from "../render/layout/camera.ts";
import { addMissingImage } from "../render/maplibre/images.ts";
import type { ViewSource } from "../render/view-source.ts";
import { storyOverlay } from "../render/maplibre/story-layers.ts";
import { buildStyle } from "../render/maplibre/style.ts";
import type { MarksOptions } from "../render/story-marks.ts";
import { palette } from "../theme/palette.ts";
import { strings } from "../locale/en.ts";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export interface CreateMapOptions {
  readonly container: HTMLElement;
  readonly bounds: BBox;
  readonly maxBounds: BBox;
  /** The camera padding for the map's controls. */
  readonly padding: () => Padding;
  /** Where the scale bar goes: bottom left in the app (under the key), bottom right in the embed. */
  readonly scale?: "bottom-left" | "bottom-right";
}

/** What the story's marks are built with on the live map. */
export function marksOptions(story: Story): MarksOptions {
  return { basemapMarkers: BASEMAP_MARKERS, bounds: story.bounds };
}

/** The live map's camera, as the layout reads it (render/layout/camera.ts: the same Web Mercator). */
export function cameraOfMap(map: MapLibreMap): Camera {
  const c = map.getCenter();
  const box = map.getContainer().getBoundingClientRect();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), width: Math.round(box.width), height: Math.round(box.height), unit: 1 }; // prettier-ignore
}

/** Creates the map (its story source starts empty); throws (GPUInitializationError) when there is no WebGL. */
export function createMap(options: CreateMapOptions): MapLibreMap {
  const padding = options.padding();
  const overlay = storyOverlay(null, { bounds: options.maxBounds });
  const map = new MapLibreMap({
    container: options.container,
    style: buildStyle(BASEMAP_URLS, palette, overlay),
    bounds: options.bounds as unknown as LngLatBoundsLike,
    fitBoundsOptions: { padding },
    maxBounds: options.maxBounds as unknown as LngLatBoundsLike,
    renderWorldCopies: false,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 15,
    // The style is built from code and validated by a unit test (style.test.ts): skip validating it again here.
    validateStyle: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Hatches are drawn when the style first asks for them.
  map.on("styleimagemissing", (e: { id: string }) => {
    addMissingImage(map, e.id);
  });
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new FullscreenControl(), "top-right");
  map.addControl(new ScaleControl({ unit: "metric", maxWidth: 80 }), options.scale ?? "bottom-left");
  map.getCanvas().setAttribute("aria-label", strings.mapLabel);
  // A read-only handle for host scripts, screenshot tools and the end-to-end tests (documented in the README).
  Object.defineProperty(window, "rafahMap", { value: map, configurable: false, writable: false });
  return map;
}

function boundsOf(map: MapLibreMap): BBox {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/** The camera's frame, for the inset locator. */
export function viewFrameOf(map: MapLibreMap): ViewFrame {
  return {
    bounds: () => boundsOf(map),
    onMove: (fn) => {
      map.on("moveend", fn);
      return () => map.off("moveend", fn);
    },
  };
}

/** What an export frames on the live map. */
export function viewSourceOf(map: MapLibreMap): ViewSource {
  return {
    bounds: () => boundsOf(map),
    size: () => {
      const box = map.getCanvas().getBoundingClientRect();
      return { width: box.width, height: box.height };
    },
  };
}
