/**
 * The images the style asks for, drawn in code from the theme (no sprite server): place markers
 * ("marker-<class>"), status symbols ("status-<status>"), hatch patterns ("hatch-<status>") and the selection ring.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { PLACE_MARKERS } from "../../theme/basemap.ts";
import { selection } from "../../theme/palette.ts";
import { HATCH, POINT, STATUS_ORDER, STATUS_SYMBOLS } from "../../theme/status.ts";
import { parseStackImage, stackLayout } from "../marks/stack.ts";
import { rasterizeHatch, rasterizeStack, rasterizeSymbol, type RasterImage } from "../raster.ts";

const PIXEL_RATIO = 2;

/** Every image by name (drawn once per page). */
let cache: ReadonlyMap<string, RasterImage> | null = null;

function images(): ReadonlyMap<string, RasterImage> {
  if (cache) return cache;
  const out = new Map<string, RasterImage>();
  for (const [name, m] of Object.entries(PLACE_MARKERS)) {
    out.set(
      `marker-${name}`,
      rasterizeSymbol({ shape: m.shape, size: m.size, fill: m.fill, stroke: m.halo }, PIXEL_RATIO, 1),
    );
  }
  for (const status of STATUS_ORDER) {
    const s = STATUS_SYMBOLS[status];
    out.set(`hatch-${status}`, rasterizeHatch(s.color, HATCH.period, HATCH.lineWidth, PIXEL_RATIO));
    out.set(
      `status-${status}`,
      rasterizeSymbol(
        { shape: s.shape, size: POINT.size, fill: s.color, stroke: selection.halo },
        PIXEL_RATIO,
        POINT.haloWidth,
      ),
    );
  }
  out.set(
    "selection-ring",
    rasterizeSymbol(
      { shape: "circle", size: POINT.selectionRing, fill: selection.halo, stroke: selection.stroke },
      PIXEL_RATIO,
      1.4,
    ),
  );
  cache = out;
  return out;
}

/** The names of the place marker images (for the style's tests). */
export const MARKER_NAMES = Object.keys(PLACE_MARKERS).map((name) => `marker-${name}`);

/** Adds every image the style uses that the map does not have yet. */
export function addImages(map: MapLibreMap): void {
  for (const [name, image] of images()) {
    if (map.hasImage(name)) continue;
    map.addImage(
      name,
      { width: image.width, height: image.height, data: image.data },
      { pixelRatio: image.pixelRatio },
    );
  }
}

/** Draws an image the style asks for by name when it is a stack ("stack-…", "badge-…") or a composite hatch. */
export function imageByName(name: string): RasterImage | null {
  const stack = parseStackImage(name);
  if (stack) return rasterizeStack(stackLayout(stack.statuses, stack.base, stack.dimmed), PIXEL_RATIO);
  const hatch = /^hatch-([a-z-]+)$/.exec(name);
  if (hatch?.[1]) {
    const statuses = hatch[1].split("-");
    if (!statuses.every((s) => s in STATUS_SYMBOLS)) return null;
    const colors = statuses.map((s) => STATUS_SYMBOLS[s as keyof typeof STATUS_SYMBOLS].color);
    return rasterizeHatch(colors, HATCH.period, HATCH.lineWidth, PIXEL_RATIO);
  }
  return null;
}

export function addMissingImage(map: MapLibreMap, name: string): void {
  if (map.hasImage(name)) return;
  const image = imageByName(name);
  if (image)
    map.addImage(
      name,
      { width: image.width, height: image.height, data: image.data },
      { pixelRatio: image.pixelRatio },
    );
}
