/** Creates the MapLibre map with the offline style, controls and code-drawn markers. */
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
import { drawMarker } from "./markers.ts";
import { PLACE_MARKERS } from "./place-markers.ts";
import { addStoryImages } from "./story-map.ts";
import { fontFaces } from "./fonts.ts";
import { buildStyle, type BasemapUrls, type Overlay } from "./style.ts";
import { palette } from "./theme.ts";
import type { BBox } from "../model/views.ts";
import { strings } from "../strings.ts";

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export interface CreateMapOptions {
  readonly container: HTMLElement;
  readonly urls: BasemapUrls;
  readonly bounds: BBox;
  readonly maxBounds: BBox;
  readonly padding: number;
  /** The story's source and layers, part of the style from the start (one load, one render pass). */
  readonly overlay?: Overlay;
}

export function createMap(options: CreateMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container: options.container,
    style: buildStyle(options.urls, fontFaces(document.baseURI), palette, options.overlay),
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
  for (const [name, spec] of Object.entries(PLACE_MARKERS)) {
    const image = drawMarker(spec, 2);
    map.addImage(
      name,
      { width: image.width, height: image.height, data: image.data },
      { pixelRatio: image.pixelRatio },
    );
  }
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new FullscreenControl(), "top-right");
  map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
  map.addControl(new AttributionControl({ compact: false }), "bottom-right");
  map.getCanvas().setAttribute("aria-label", strings.mapLabel);
  return map;
}

/** The basemap's place markers (code-drawn images). */
export function addPlaceMarkers(map: MapLibreMap): void {
  for (const [name, spec] of Object.entries(PLACE_MARKERS)) {
    if (map.hasImage(name)) continue;
    const image = drawMarker(spec, 2);
    map.addImage(
      name,
      { width: image.width, height: image.height, data: image.data },
      { pixelRatio: image.pixelRatio },
    );
  }
}

/** Every image the style asks for: place markers, and the story's status icons and hatch patterns. */
export function addAllImages(map: MapLibreMap): void {
  addPlaceMarkers(map);
  addStoryImages(map);
}
