/**
 * The composition of an exported picture as marks: title, legend, scale bar, north arrow, timeline strip,
 * numbered markers and footnotes, and credits around the map. Shared by the canvas (PNG) and SVG backends, so
 * both exports look alike. Pure: no DOM, no map.
 */
import { ink } from "../../theme/palette.ts";
import type { Primitive } from "../marks/primitives.ts";
import { GLYPH_WIDTH, type Frame, type SceneContent, type SceneOptions } from "./layout.ts";
import { footnoteMarks, legendMarks, northArrowMarks, scaleBarMarks, text, timelineMarks } from "./parts.ts";

export { layoutFrame, wrap } from "./layout.ts";
export type { Box, Frame, OutputSize, SceneContent, SceneOptions } from "./layout.ts";

export interface MapInfo {
  /** Ground metres per output pixel at the map's centre. */
  readonly metresPerPixel: number;
  /** Numbered markers, in output pixels relative to the map box. */
  readonly markers: readonly { n: number; x: number; y: number }[];
  /** What a marker should not cover (names, the story's symbols), in output pixels relative to the map box. */
  readonly obstacles?: readonly { x0: number; y0: number; x1: number; y1: number }[];
}

type Rect = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/**
 * Numbered markers for the footnotes that fit. Footnotes at one place share one marker ("2, 4, 5"); each marker
 * goes where it covers no other marker, name or symbol (above its place, or beside it with a leader line), and is
 * drawn even where nothing is free: a marker is never hidden.
 */
function markerMarks(frame: Frame, info: MapInfo, u: number): Primitive[] {
  const { map } = frame;
  const shown = new Set(frame.footnoteLines.map((f) => f.n));
  const groups: { x: number; y: number; ns: number[] }[] = [];
  for (const m of info.markers) {
    if (!shown.has(m.n) || m.x < 0 || m.y < 0 || m.x > map.w || m.y > map.h) continue;
    const same = groups.find((g) => Math.hypot(g.x - m.x, g.y - m.y) < 6 * u);
    if (same) same.ns.push(m.n);
    else groups.push({ x: m.x, y: m.y, ns: [m.n] });
  }
  const taken: Rect[] = (info.obstacles ?? []).map((o) => ({ ...o }));
  const out: Primitive[] = [];
  const h = 17 * u;
  for (const g of groups) {
    const label = g.ns.join(", ");
    const w = Math.max(h, (label.length * 6.2 + 9) * u);
    const gap = 10 * u;
    const candidates: [number, number][] = [
      [0, -gap - h / 2], [gap + w / 2, 0], [-gap - w / 2, 0], [0, gap + h / 2],
      [gap + w / 2, -gap - h / 2], [-gap - w / 2, -gap - h / 2], [gap + w / 2, gap + h / 2], [-gap - w / 2, gap + h / 2],
      [0, -3 * gap - h / 2], [3 * gap + w / 2, 0], [-3 * gap - w / 2, 0], [0, 3 * gap + h / 2],
    ]; // prettier-ignore
    const boxAt = ([dx, dy]: [number, number]): Rect => ({ x0: g.x + dx - w / 2, y0: g.y + dy - h / 2, x1: g.x + dx + w / 2, y1: g.y + dy + h / 2 }); // prettier-ignore
    const inMap = (b: Rect) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= map.w && b.y1 <= map.h;
    const free = candidates.find((c) => inMap(boxAt(c)) && !taken.some((t) => overlaps(t, boxAt(c))));
    const offset = free ?? candidates.find((c) => inMap(boxAt(c))) ?? ([0, -gap - h / 2] as [number, number]);
    const b = boxAt(offset);
    taken.push(b);
    const cx = map.x + (b.x0 + b.x1) / 2;
    const cy = map.y + (b.y0 + b.y1) / 2;
    out.push({ kind: "line", x1: map.x + g.x, y1: map.y + g.y, x2: cx, y2: cy, stroke: ink.text, width: 1.5 * u });
    out.push({ kind: "circle", cx: map.x + g.x, cy: map.y + g.y, r: 2.5 * u, fill: ink.text, stroke: ink.paper, strokeWidth: u }); // prettier-ignore
    out.push({ kind: "rect", x: map.x + b.x0, y: map.y + b.y0, w, h, fill: ink.text, stroke: ink.paper, strokeWidth: 1.5 * u }); // prettier-ignore
    out.push(text(cx, cy + 4 * u, label, 10 * u, 700, ink.paper, "middle"));
  }
  return out;
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
  if (options.footnotes) out.push(...markerMarks(frame, info, u));
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
