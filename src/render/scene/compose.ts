/**
 * The composition of an exported picture as marks: title, legend, scale bar, north arrow, timeline strip,
 * numbered markers and footnotes, and credits around the map. Shared by the canvas (PNG) and SVG backends, so
 * both exports look alike. Pure: no DOM, no map.
 */
import { ink } from "../../theme/palette.ts";
import type { Primitive } from "../marks/primitives.ts";
import type { Frame, SceneContent, SceneOptions } from "./layout.ts";
import { footnoteMarks, legendMarks, northArrowMarks, scaleBarMarks, text, timelineMarks } from "./parts.ts";

export { layoutFrame, wrap } from "./layout.ts";
export type { Box, Frame, OutputSize, SceneContent, SceneOptions } from "./layout.ts";

export interface MapInfo {
  /** Ground metres per output pixel at the map's centre. */
  readonly metresPerPixel: number;
  /** Numbered markers, in output pixels relative to the map box. */
  readonly markers: readonly { n: number; x: number; y: number }[];
}

/** Numbered markers for the footnotes that fit; markers at one place are spread side by side. */
function markerMarks(frame: Frame, info: MapInfo, u: number): Primitive[] {
  const { map } = frame;
  const out: Primitive[] = [];
  const seen = new Map<string, number>();
  const shown = new Set(frame.footnoteLines.map((f) => f.n));
  for (const m of info.markers) {
    if (!shown.has(m.n)) continue;
    const key = `${Math.round(m.x / (6 * u))},${Math.round(m.y / (6 * u))}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const x = map.x + m.x + k * 18 * u;
    const y = map.y + m.y;
    if (x < map.x || x > map.x + map.w || y < map.y || y > map.y + map.h) continue;
    out.push({
      kind: "circle",
      cx: x,
      cy: y - 14 * u,
      r: 8 * u,
      fill: ink.text,
      stroke: ink.paper,
      strokeWidth: 1.5 * u,
    });
    out.push(text(x, y - 10 * u, String(m.n), 10 * u, 700, ink.paper, "middle"));
  }
  return out;
}

/** Everything drawn on top of and around the map. */
export function composeScene(frame: Frame, options: SceneOptions, content: SceneContent, info: MapInfo): Primitive[] {
  const u = frame.size.unit;
  const pad = 16 * u;
  const out: Primitive[] = [
    { kind: "rect", x: 0, y: 0, w: frame.size.width, h: frame.title.h, fill: ink.paper },
    text(pad, 30 * u, options.title, 22 * u, 700, ink.text),
    text(pad, 52 * u, content.byline, 12 * u, 400, ink.muted),
    { kind: "line", x1: 0, y1: frame.title.h, x2: frame.size.width, y2: frame.title.h, stroke: ink.rule, width: u },
  ];
  if (options.footnotes) out.push(...markerMarks(frame, info, u));
  if (options.legend && content.legend.length > 0) out.push(...legendMarks(frame.map, content.legend, u));
  if (options.scaleBar && info.metresPerPixel > 0) out.push(...scaleBarMarks(frame.map, info.metresPerPixel, u));
  if (options.northArrow) out.push(...northArrowMarks(frame.map, u));
  if (frame.timeline && content.timeline) out.push(...timelineMarks(frame.timeline, content.timeline, u));
  out.push(...footnoteMarks(frame, u));
  // Credits: always on.
  const c = frame.credits;
  out.push({ kind: "rect", x: c.x, y: c.y, w: c.w, h: c.h, fill: ink.band });
  out.push(text(pad, c.y + 17 * u, content.credits, 10.5 * u, 400, ink.muted));
  return out;
}
