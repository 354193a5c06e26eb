/**
 * The composition of an exported picture as marks: title, legend, scale bar, north arrow, timeline strip,
 * footnotes and credits around the map (the numbered markers are the map's own: its layout places them, one per
 * place, beside the marks they number). Pure: no DOM, no map.
 */
import { ink } from "../../theme/palette.ts";
import type { Rect } from "../layout/boxes.ts";
import type { Primitive } from "../marks/primitives.ts";
import { GLYPH_WIDTH, type Frame, type SceneContent, type SceneOptions } from "./layout.ts";
import { footnoteMarks, legendMarks, northArrowMarks, scaleBarMarks, text, timelineMarks } from "./parts.ts";

export { layoutFrame, wrap } from "./layout.ts";
export type { Box, Frame, OutputSize, SceneContent, SceneOptions } from "./layout.ts";

export interface MapInfo {
  /** Ground metres per output pixel at the map's centre. */
  readonly metresPerPixel: number;
}

/** The title at 22 units, set smaller (down to 14) when it is too long for the band, and cut with "…" beyond that. */
export function fitTitle(title: string, width: number, u: number): { text: string; size: number } {
  const bold = GLYPH_WIDTH * 1.1;
  const size = Math.max(14 * u, Math.min(22 * u, width / (Math.max(1, title.length) * bold)));
  const max = Math.floor(width / (size * bold) + 1e-6);
  return { text: title.length <= max ? title : `${title.slice(0, Math.max(1, max - 1)).trimEnd()}…`, size };
}

/** Everything drawn on top of and around the map. */
export function composeScene(frame: Frame, options: SceneOptions, content: SceneContent, info: MapInfo): Primitive[] {
  const u = frame.size.unit;
  const pad = 16 * u;
  const title = fitTitle(options.title, frame.size.width - 2 * pad, u);
  const out: Primitive[] = [
    { kind: "rect", x: 0, y: 0, w: frame.size.width, h: frame.title.h, fill: ink.paper },
    text(pad, 30 * u, title.text, title.size, 700, ink.text),
    text(pad, 52 * u, content.byline, 12 * u, 400, ink.muted),
    { kind: "line", x1: 0, y1: frame.title.h, x2: frame.size.width, y2: frame.title.h, stroke: ink.rule, width: u },
  ];
  if (frame.legend) out.push(...legendMarks(frame.legend, content.legend, u));
  if (options.scaleBar && info.metresPerPixel > 0) out.push(...scaleBarMarks(frame.map, info.metresPerPixel, u));
  if (options.northArrow) out.push(...northArrowMarks(frame.map, u));
  if (frame.timeline && content.timeline) out.push(...timelineMarks(frame.timeline, content.timeline, u));
  out.push(...footnoteMarks(frame, u, options.quotesPages === true));
  // Credits: always on.
  const c = frame.credits;
  out.push({ kind: "rect", x: c.x, y: c.y, w: c.w, h: c.h, fill: ink.band });
  out.push(text(pad, c.y + 17 * u, content.credits, 10.5 * u, 400, ink.muted));
  return out;
}

/** What the composition draws over the map (north arrow, scale bar), in output pixels of the map box. */
export function overMap(frame: Frame, options: SceneOptions): Rect[] {
  const u = frame.size.unit;
  const { w, h } = frame.map;
  return [
    ...(options.northArrow ? [{ x0: w - 52 * u, y0: 6 * u, x1: w - 4 * u, y1: 60 * u }] : []),
    ...(options.scaleBar ? [{ x0: w - 180 * u, y0: h - 40 * u, x1: w - 4 * u, y1: h - 4 * u }] : []),
  ];
}
