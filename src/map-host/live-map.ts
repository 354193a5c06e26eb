/**
 * The live MapLibre map: created with the offline style (basemap and the story's layers in one style), its
 * controls and code-drawn images; and the two views of it that other parts read without knowing MapLibre: the
 * camera frame (for the inset) and the snapshot source (for PNG exports).
 */
import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type LngLatBoundsLike,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import type { BBox } from "../model/views.ts";
import type { ViewFrame } from "../panels/inset/inset.ts";
import { BASEMAP_URLS } from "../render/basemap-files.ts";
import { fontFaces } from "../render/maplibre/fonts.ts";
import { addImages } from "../render/maplibre/images.ts";
import type { SnapshotSource } from "../render/maplibre/snapshot.ts";
import { buildStyle, type Overlay } from "../render/maplibre/style.ts";
import { palette } from "../theme/palette.ts";
import { strings } from "../locale/en.ts";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export interface CreateMapOptions {
  readonly container: HTMLElement;
  readonly bounds: BBox;
  readonly maxBounds: BBox;
  readonly padding: number;
  /** The story's source and layers, part of the style from the start (one load, one render pass). */
  readonly overlay: Overlay;
}

/** Creates the map; throws (MapLibre's GPUInitializationError) when there is no WebGL. */
export function createMap(options: CreateMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container: options.container,
    style: buildStyle(BASEMAP_URLS, fontFaces(document.baseURI), palette, options.overlay),
    bounds: options.bounds as unknown as LngLatBoundsLike,
    fitBoundsOptions: { padding: options.padding },
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
  addImages(map);
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new FullscreenControl(), "top-right");
  map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
  map.addControl(new AttributionControl({ compact: false }), "bottom-right");
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

/** What a PNG export copies from the live map. */
export function snapshotSourceOf(map: MapLibreMap): SnapshotSource {
  return {
    style: () => map.getStyle(),
    bounds: () => boundsOf(map),
    size: () => {
      const box = map.getCanvas().getBoundingClientRect();
      return { width: box.width, height: box.height };
    },
  };
}
