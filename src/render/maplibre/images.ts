/**
 * The images the style asks for, drawn in code from the theme (no sprite server): the hatch patterns of approximate
 * areas, one colour ("hatch-<status>") or several in turn ("hatch-reported-planned"). Names and marks are not the
 * style's: the layout's overlay draws them (map-host/overlay.ts).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { HATCH, STATUS_SYMBOLS } from "../../theme/status.ts";
import { rasterizeHatch, type RasterImage } from "../raster.ts";

const PIXEL_RATIO = 2;

/** Draws a hatch image the style asks for by name ("hatch-<status>[-<status>…]"), or null for any other name. */
export function imageByName(name: string): RasterImage | null {
  const hatch = /^hatch-([a-z-]+)$/.exec(name);
  if (!hatch?.[1]) return null;
  const statuses = hatch[1].split("-");
  if (!statuses.every((s) => s in STATUS_SYMBOLS)) return null;
  const colors = statuses.map((s) => STATUS_SYMBOLS[s as keyof typeof STATUS_SYMBOLS].color);
  return rasterizeHatch(colors, HATCH.period, HATCH.lineWidth, PIXEL_RATIO);
}

export function addMissingImage(map: MapLibreMap, name: string): void {
  if (map.hasImage(name)) return;
  const image = imageByName(name);
  if (image) map.addImage(name, { width: image.width, height: image.height, data: image.data }, { pixelRatio: image.pixelRatio }); // prettier-ignore
}
