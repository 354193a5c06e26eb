/**
 * The SVG export: the one SVG map (d3-geo, render/svg-map) in the map box and the composition's marks around it,
 * as one XML document. Pure (an SVG tree, serialized), so the same code runs in the page and in node tests.
 */
import type { StoryFeature } from "../model/types.ts";
import type { Band } from "../render/bands.ts";
import { marksToSvg } from "../render/marks/svg.ts";
import { composeScene, overMap } from "../render/scene/compose.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import { renderSvgMap } from "../render/svg-map/map.ts";
import { cameraKey } from "../render/layout/camera.ts";
import { h, serialize, type SvgNode } from "../render/svg-tree.ts";
import { FONT_FAMILY } from "../theme/fonts.ts";
import type { PreparedExport } from "./prepare.ts";

export interface SvgExportData {
  readonly features: readonly StoryFeature[];
  readonly hidden: readonly string[];
  readonly basemap: BasemapData;
  /** The zoom bands, the basemap's extent, the story's extent and text (as the live map has them). */
  readonly bands: readonly Band[];
  readonly extent: readonly number[];
  readonly storyBounds: readonly number[];
  readonly named: string;
  /** The fonts to carry (the app's Noto Sans files, base64), so the file looks the same everywhere; none: named only. */
  readonly fonts?: readonly EmbeddedFont[];
}

export interface EmbeddedFont {
  readonly weight: string;
  readonly style: string;
  /** The woff2 file, base64. */
  readonly base64: string;
}

/** The fonts as @font-face rules of an SVG <style> (data: URLs of the files: nothing is fetched). */
function fontStyle(fonts: readonly EmbeddedFont[]): SvgNode {
  const rules = fonts.map((f) => `@font-face{font-family:"${FONT_FAMILY}";font-weight:${f.weight};font-style:${f.style};src:url(data:font/woff2;base64,${f.base64}) format("woff2")}`); // prettier-ignore
  return h("style", {}, [rules.join("")]);
}

export function svgExport(prepared: PreparedExport, data: SvgExportData): string {
  const { frame, size, options, content } = prepared;
  const map = renderSvgMap({
    width: frame.map.w,
    height: frame.map.h,
    unit: size.unit,
    bounds: prepared.bounds,
    ...data,
    numbers: prepared.numbers,
    // The north arrow (top right) and the scale bar (bottom right) are drawn over the map.
    obstacles: overMap(frame, options),
  });
  const info = { metresPerPixel: map.metresPerPixel };
  const svg = h("svg", { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}` }, [
    h("title", {}, [options.title]),
    h("defs", {}, [
      ...(data.fonts && data.fonts.length > 0 ? [fontStyle(data.fonts)] : []),
      h("clipPath", { id: "map-area" }, [h("rect", { width: frame.map.w, height: frame.map.h })]),
      ...map.defs,
    ]),
    // The map, with its camera and size (for tools that read it: the layout audit).
    h("g", { transform: `translate(${frame.map.x},${frame.map.y})`, "clip-path": "url(#map-area)", "data-camera": cameraKey(map.camera), "data-size": `${frame.map.w}x${frame.map.h}` }, [map.group]), // prettier-ignore
    h("g", {}, marksToSvg(composeScene(frame, options, content, info))),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svg, "  ")}\n`;
}
