/** The parts of a composed picture, each as marks: legend, scale bar, north arrow, timeline strip, footnotes. Pure. */
import { strings } from "../../locale/en.ts";
import { ink } from "../../theme/palette.ts";
import type { Primitive } from "../marks/primitives.ts";
import { SWATCH, swatchMarks } from "../marks/swatch.ts";
import { FOOTNOTE, LEGEND, footnoteColumns, type Box, type Frame, type SceneContent } from "./layout.ts";

export type TextMark = Extract<Primitive, { kind: "text" }>;

export function text(
  x: number,
  y: number,
  t: string,
  size: number,
  weight: 400 | 600 | 700,
  color: string,
  anchor: "start" | "middle" | "end" = "start",
): TextMark {
  return { kind: "text", x, y, text: t, size, weight, color, anchor };
}

/** The legend in its own box (beside or under the map): a swatch and a label per row, in columns. */
export function legendMarks(box: Box, rows: SceneContent["legend"], u: number): Primitive[] {
  const rowH = LEGEND.rowHeight * u;
  const pad = LEGEND.padding * u;
  const perColumn = Math.max(1, Math.floor((box.h - pad * 2) / rowH));
  const columns = Math.ceil(rows.length / perColumn);
  const colW = (box.w - pad) / Math.max(1, columns);
  const out: Primitive[] = [
    { kind: "rect", x: box.x, y: box.y, w: box.w, h: box.h, fill: ink.paper },
    { kind: "line", x1: box.x, y1: box.y, x2: box.x, y2: box.y + box.h, stroke: ink.rule, width: u },
  ];
  rows.forEach((row, i) => {
    const col = Math.floor(i / perColumn);
    const x0 = box.x + pad + col * colW;
    const y = box.y + pad + (i % perColumn) * rowH + (rowH - SWATCH.height * u) / 2;
    out.push(...swatchMarks(row.swatch, x0, y, u));
    out.push(text(x0 + pad + SWATCH.width * u, y + 12 * u, row.label, LEGEND.textSize * u, 400, ink.text));
  });
  return out;
}

function niceDistance(maxMetres: number): number {
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  for (const m of [5, 2, 1]) if (m * pow <= maxMetres) return m * pow;
  return pow;
}

/** A round-length scale bar at the bottom-right of the map box. */
export function scaleBarMarks(map: Box, metresPerPixel: number, u: number): Primitive[] {
  const metres = niceDistance(metresPerPixel * 140 * u);
  const px = metres / metresPerPixel;
  const x1 = map.x + map.w - 16 * u;
  const x0 = x1 - px;
  const y = map.y + map.h - 18 * u;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return [
    { kind: "rect", x: x0 - 6 * u, y: y - 18 * u, w: px + 12 * u, h: 26 * u, fill: ink.paper, opacity: 0.85 },
    { kind: "line", x1: x0, y1: y, x2: x1, y2: y, stroke: ink.text, width: 2 * u },
    { kind: "line", x1: x0, y1: y - 5 * u, x2: x0, y2: y, stroke: ink.text, width: 2 * u },
    { kind: "line", x1: x1, y1: y - 5 * u, x2: x1, y2: y, stroke: ink.text, width: 2 * u },
    text((x0 + x1) / 2, y - 6 * u, label, 11 * u, 600, ink.text, "middle"),
  ];
}

/** A north arrow at the top-right of the map box (the map is always north-up). */
export function northArrowMarks(map: Box, u: number): Primitive[] {
  const cx = map.x + map.w - 28 * u;
  const cy = map.y + 34 * u;
  const r = 12 * u;
  return [
    { kind: "circle", cx, cy, r: r + 6 * u, fill: ink.paper, stroke: ink.rule, strokeWidth: u },
    {
      kind: "path",
      d: `M${cx} ${cy - r}L${cx + r * 0.55} ${cy + r * 0.7}L${cx} ${cy + r * 0.35}L${cx - r * 0.55} ${cy + r * 0.7}Z`,
      fill: ink.text,
    },
    text(cx, cy - r - 8 * u, "N", 11 * u, 700, ink.text, "middle"),
  ];
}

/** The timeline strip: bars in lanes over a day axis. */
export function timelineMarks(t: Box, timeline: NonNullable<SceneContent["timeline"]>, u: number): Primitive[] {
  const pad = 16 * u;
  const x0 = t.x + pad;
  const w = t.w - pad * 2;
  const out: Primitive[] = [
    { kind: "rect", x: t.x, y: t.y, w: t.w, h: t.h, fill: ink.paper },
    { kind: "line", x1: x0, y1: t.y + 28 * u, x2: x0 + w, y2: t.y + 28 * u, stroke: ink.axis, width: u },
  ];
  const ends: number[] = [];
  for (const m of [...timeline.marks].sort((a, b) => a.x0 - b.x0)) {
    let lane = ends.findIndex((end) => end <= m.x0);
    if (lane === -1) {
      lane = ends.length;
      ends.push(m.x1);
    } else ends[lane] = m.x1;
    if (lane > 3) continue;
    const width = Math.max(4 * u, (m.x1 - m.x0) * w);
    out.push({ kind: "rect", x: x0 + m.x0 * w, y: t.y + 4 * u + lane * 6 * u, w: width, h: 5 * u, fill: m.color, opacity: 0.9 }); // prettier-ignore
  }
  for (const tick of timeline.ticks) {
    const x = x0 + tick.x * w;
    out.push({ kind: "line", x1: x, y1: t.y + 28 * u, x2: x, y2: t.y + 32 * u, stroke: ink.axis, width: u });
    out.push(text(x, t.y + 42 * u, tick.label, 9.5 * u, 400, ink.muted, "middle"));
  }
  return out;
}

/** The numbered footnotes that fit, in their columns. */
export function footnoteMarks(frame: Frame, u: number, quotesPages = false): Primitive[] {
  const f = frame.footnotes;
  if (!f) return [];
  const pad = 16 * u;
  const columns = footnoteColumns(frame.size);
  const colWidth = (f.w - pad * 2 - (columns - 1) * pad) / columns;
  const lineHeight = FOOTNOTE.lineHeight * u;
  const out: Primitive[] = [
    { kind: "rect", x: f.x, y: f.y, w: f.w, h: f.h, fill: ink.paper },
    { kind: "line", x1: 0, y1: f.y, x2: f.w, y2: f.y, stroke: ink.rule, width: u },
  ];
  if (frame.leftOut.length > 0) {
    const y = f.y + f.h - 10 * u;
    const said = quotesPages ? strings.exports.leftOutInPack(frame.leftOut) : strings.exports.leftOut(frame.leftOut);
    out.push(text(f.x + pad, y, said, FOOTNOTE.size * 0.9 * u, 600, ink.muted));
  }
  for (const note of frame.footnoteLines) {
    const x = f.x + pad + note.col * (colWidth + pad);
    note.lines.forEach((line, i) => {
      const y = f.y + 18 * u + (note.row + i) * lineHeight;
      if (i === 0) out.push(text(x, y, `${note.n}.`, FOOTNOTE.size * u, 700, ink.text));
      out.push(text(x + FOOTNOTE.indent * u, y, line, FOOTNOTE.size * u, 400, ink.text));
    });
  }
  return out;
}
