/**
 * The map part of a PNG export: an off-screen MapLibre map of the requested size and pixel ratio, with the style
 * (basemap, story, filters) and view of the map being exported, read in a render callback once idle (so the live
 * map needs no preserveDrawingBuffer). Reports when the GPU's limits clamp the canvas.
 */
import { Map as MapLibreMap, type LngLatBoundsLike, type StyleSpecification } from "maplibre-gl";
import type { Position } from "geojson";
import type { BBox } from "../../model/views.ts";
import { addImages, addMissingImage } from "./images.ts";

/** What a snapshot copies from the map on screen: its style and what it shows. */
export interface SnapshotSource {
  /** The style as drawn now (with the reader's filters). */
  style(): StyleSpecification;
  /** The bounds in view, [west, south, east, north]. */
  bounds(): BBox;
  /** The map's size in CSS pixels. */
  size(): { width: number; height: number };
}

export interface RasterResult {
  readonly canvas: HTMLCanvasElement;
  readonly markers: readonly { x: number; y: number }[];
  readonly metresPerPixel: number;
  /** The canvas size MapLibre could make, when smaller than asked. */
  readonly clamped: { width: number; height: number } | null;
  /** Where names and the story's symbols are drawn (estimated boxes, output pixels): numbered markers avoid them. */
  readonly obstacles: readonly { x0: number; y0: number; x1: number; y1: number }[];
}

/**
 * One off-screen map, made on the first export and reused (a new WebGL context costs about a second before its
 * first pixel read): each export resizes it, sets its pixel ratio, and gives it the live map's style and view.
 */
let offscreen: { map: MapLibreMap; container: HTMLDivElement } | null = null;

function offscreenMap(live: SnapshotSource, cssWidth: number, cssHeight: number, pixelRatio: number): MapLibreMap {
  const bounds = [...live.bounds()] as unknown as LngLatBoundsLike;
  if (offscreen) {
    const { map, container } = offscreen;
    Object.assign(container.style, { width: `${cssWidth}px`, height: `${cssHeight}px` });
    map.resize();
    map.setPixelRatio(pixelRatio);
    map.setStyle(live.style(), { diff: true });
    map.fitBounds(bounds, { animate: false, padding: 0 });
    return map;
  }
  const container = document.createElement("div");
  container.setAttribute("aria-hidden", "true");
  Object.assign(container.style, {
    position: "fixed",
    left: "-30000px",
    top: "0",
    width: `${cssWidth}px`,
    height: `${cssHeight}px`,
  });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: live.style(),
    bounds,
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    validateStyle: false,
    renderWorldCopies: false,
    maxCanvasSize: [8192, 8192],
  });
  map.on("styleimagemissing", (e: { id: string }) => {
    addMissingImage(map, e.id);
  });
  offscreen = { map, container };
  return map;
}

export async function renderMapRaster(
  live: SnapshotSource,
  size: { width: number; height: number },
  pixelRatio: number,
  positions: readonly Position[],
): Promise<RasterResult> {
  const cssWidth = Math.max(1, Math.round(size.width / pixelRatio));
  const cssHeight = Math.max(1, Math.round(size.height / pixelRatio));
  const style = live.style();
  const map = offscreenMap(live, cssWidth, cssHeight, pixelRatio);
  addImages(map);
  // The story's stacks and composite hatches, drawn before the tiles ask for them (as on the live map).
  for (const source of Object.values(style.sources)) {
    const data = "data" in source ? source.data : null;
    if (typeof data !== "object" || data === null || !("features" in data)) continue;
    for (const f of data.features) {
      const image = (f.properties as { image?: unknown } | null)?.image;
      if (typeof image === "string" && image !== "") addMissingImage(map, image);
    }
  }
  await new Promise<void>((done) =>
    map.once("idle", () => {
      done();
    }),
  );
  const copy = document.createElement("canvas");
  copy.width = size.width;
  copy.height = size.height;
  const ctx = copy.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  await new Promise<void>((done) => {
    map.once("render", () => {
      ctx.drawImage(map.getCanvas(), 0, 0, size.width, size.height);
      done();
    });
    map.triggerRepaint();
  });
  const gl = map.getCanvas();
  const clamped =
    gl.width < size.width - 1 || gl.height < size.height - 1 ? { width: gl.width, height: gl.height } : null;
  const markers = positions.map((p) => {
    const pt = map.project([p[0] as number, p[1] as number]);
    return { x: pt.x * pixelRatio, y: pt.y * pixelRatio };
  });
  const symbolLayers = map
    .getStyle()
    .layers.filter((l) => l.type === "symbol")
    .map((l) => l.id);
  const obstacles = map.queryRenderedFeatures({ layers: symbolLayers }).flatMap((f) => {
    if (f.geometry.type !== "Point") return [];
    const pt = map.project(f.geometry.coordinates as [number, number]);
    const props = f.properties as { name?: unknown; label?: unknown; kind?: unknown; statuses?: unknown };
    // A stack stands above its place: its badge and stem.
    if (props.kind === "stack") {
      const half = (String(props.statuses).split(" ").length * 14 + 6) / 2;
      return [{ x0: (pt.x - half) * pixelRatio, y0: (pt.y - 34) * pixelRatio, x1: (pt.x + half) * pixelRatio, y1: pt.y * pixelRatio }]; // prettier-ignore
    }
    const name = props.name ?? props.label;
    const w = typeof name === "string" ? name.length * 7 + 12 : 18;
    // The text may be centred on its point (area names) or start beside a marker (towns): cover both.
    return [{ x0: (pt.x - w / 2 - 9) * pixelRatio, y0: (pt.y - 10) * pixelRatio, x1: (pt.x + w) * pixelRatio, y1: (pt.y + 8) * pixelRatio }]; // prettier-ignore
  });
  const lat = map.getCenter().lat;
  const metresPerPixel = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom()) / pixelRatio;
  return { canvas: copy, markers, metresPerPixel, clamped, obstacles };
}
