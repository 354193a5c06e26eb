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
import type { Story } from "../model/types.ts";
import type { BBox } from "../model/views.ts";
import type { ViewFrame } from "../panels/inset/inset.ts";
import { bandRanges, type Padding } from "../render/bands.ts";
import { BASEMAP_MARKERS, BASEMAP_URLS, LABEL_BANDS } from "../render/basemap-files.ts";
import { fontFaces } from "../render/maplibre/fonts.ts";
import { addImages, addMissingImage } from "../render/maplibre/images.ts";
import type { SnapshotSource } from "../render/maplibre/snapshot.ts";
import { storyOverlay, type BandRanges } from "../render/maplibre/story-layers.ts";
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
  /** The text whose place names the basemap's labels put first (the story's article, when it is known). */
  readonly named: string;
  /**
   * Whether the map shows its own attribution (the embed has a credits line under the map instead: its scale bar
   * then goes to the free corner on the right, clear of the key).
   */
  readonly attribution?: boolean;
}

/** The zoom bands of the labels for the map's size now. */
export function rangesFor(container: HTMLElement, padding: Padding): BandRanges {
  const box = container.getBoundingClientRect();
  return bandRanges(LABEL_BANDS, box.width, box.height, padding);
}

/** What the story's marks are built with on the live map. */
export function marksOptions(story: Story): MarksOptions {
  return { basemapMarkers: BASEMAP_MARKERS, bands: LABEL_BANDS, bounds: story.bounds };
}

/** Creates the map (its story source starts empty); throws (GPUInitializationError) when there is no WebGL. */
export function createMap(options: CreateMapOptions): MapLibreMap {
  const padding = options.padding();
  const ranges = rangesFor(options.container, padding);
  const overlay = storyOverlay(null, { basemapMarkers: [], bands: [], bounds: options.maxBounds }, ranges);
  const map = new MapLibreMap({
    container: options.container,
    style: buildStyle(BASEMAP_URLS, fontFaces(document.baseURI), palette, overlay, { bands: ranges, named: options.named.slice(0, 50_000) }), // prettier-ignore
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
  addImages(map);
  // Stacks and composite hatches are drawn when the style first asks for them.
  map.on("styleimagemissing", (e: { id: string }) => {
    addMissingImage(map, e.id);
  });
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new FullscreenControl(), "top-right");
  map.addControl(new ScaleControl({ unit: "metric", maxWidth: 100 }), options.attribution === false ? "bottom-right" : "bottom-left"); // prettier-ignore
  if (options.attribution !== false) map.addControl(new AttributionControl({ compact: false }), "bottom-right");
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
