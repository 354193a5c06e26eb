/**
 * The composition of an exported picture as a list of drawing primitives: title, legend, scale bar, north arrow,
 * timeline strip, numbered footnotes and credits around the map. Shared by the PNG (canvas) and SVG renderers, so
 * both exports look alike. Pure: no DOM, no map.
 */
import type { ExportOptions, OutputSize } from "./presets.ts";

export type Primitive =
  | {
      kind: "rect";
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      opacity?: number;
    }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: number[] }
  | { kind: "path"; d: string; fill: string; stroke?: string; strokeWidth?: number }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      weight: 400 | 600 | 700;
      color: string;
      anchor: "start" | "middle" | "end";
      halo?: string;
    };

export type Swatch =
  | { kind: "point"; color: string; shape: string }
  | { kind: "hatch"; color: string }
  | { kind: "area"; color: string }
  | { kind: "line"; color: string; width: number; dash?: number[]; casing?: string };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SceneContent {
  readonly byline: string;
  readonly credits: string;
  readonly legend: readonly { label: string; swatch: Swatch }[];
  readonly footnotes: readonly { n: number; text: string }[];
  /** Timeline marks as fractions of the strip's width. */
  readonly timeline: {
    readonly marks: readonly { x0: number; x1: number; color: string; label: string }[];
    readonly ticks: readonly { x: number; label: string }[];
  } | null;
}

export interface Frame {
  readonly size: OutputSize;
  readonly title: Box;
  readonly map: Box;
  readonly timeline: Box | null;
  readonly footnotes: Box | null;
  readonly credits: Box;
  /** The footnotes that fit, each with its column and first row. */
  readonly footnoteLines: readonly { n: number; lines: string[]; col: number; row: number }[];
}

const INK = "#1f1f1f";
const MUTED = "#555555";

/** Greedy word wrap by an approximate glyph width (deterministic, the same for canvas and SVG). */
export function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const perChar = fontSize * 0.52;
  const max = Math.max(8, Math.floor(maxWidth / perChar));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    if (line === "") line = word;
    else if ((line + " " + word).length <= max) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutFrame(size: OutputSize, options: ExportOptions, content: SceneContent): Frame {
  const u = size.unit;
  const pad = 16 * u;
  const title: Box = { x: 0, y: 0, w: size.width, h: 64 * u };
  const credits: Box = { x: 0, y: size.height - 26 * u, w: size.width, h: 26 * u };
  let bottom = credits.y;
  let footnotes: Box | null = null;
  const footnoteLines: { n: number; lines: string[]; col: number; row: number }[] = [];
  if (options.footnotes && content.footnotes.length > 0) {
    const columns = size.width / u > 1100 ? 2 : 1;
    const colWidth = (size.width - pad * 2 - (columns - 1) * pad) / columns - 22 * u;
    const lineHeight = 15.5 * u;
    const gap = 0.35;
    const wrapped = content.footnotes.map((f) => ({ n: f.n, lines: wrap(f.text, 12 * u, colWidth) }));
    const total = wrapped.reduce((n, f) => n + f.lines.length + gap, 0);
    // Rows per column: balanced, but never more than 30 % of the picture's height.
    const capacity = Math.min(Math.ceil(total / columns), Math.floor((size.height * 0.3 - 14 * u) / lineHeight));
    let col = 0;
    let row = 0;
    for (const f of wrapped) {
      if (row + f.lines.length > capacity) {
        if (col === columns - 1) break; // no room left: this footnote and the rest are dropped, with their markers
        col++;
        row = 0;
        if (f.lines.length > capacity) break;
      }
      footnoteLines.push({ n: f.n, lines: f.lines, col, row });
      row += f.lines.length + gap;
    }
    const usedRows = Math.max(...footnoteLines.map((f) => f.row + f.lines.length), 1);
    const height = usedRows * lineHeight + 14 * u;
    footnotes = { x: 0, y: bottom - height, w: size.width, h: height };
    bottom = footnotes.y;
  }
  let timeline: Box | null = null;
  if (options.timeline && content.timeline) {
    timeline = { x: 0, y: bottom - 46 * u, w: size.width, h: 46 * u };
    bottom = timeline.y;
  }
  const map: Box = { x: 0, y: title.h, w: size.width, h: Math.max(40, bottom - title.h) };
  return { size, title, map, timeline, footnotes, credits, footnoteLines };
}

function niceDistance(maxMetres: number): number {
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  for (const m of [5, 2, 1]) if (m * pow <= maxMetres) return m * pow;
  return pow;
}

function swatchPrimitives(s: Swatch, x: number, y: number, u: number): Primitive[] {
  const w = 26 * u;
  const h = 12 * u;
  switch (s.kind) {
    case "line": {
      const out: Primitive[] = [];
      if (s.casing)
        out.push({
          kind: "line",
          x1: x,
          y1: y + h / 2,
          x2: x + w,
          y2: y + h / 2,
          stroke: s.casing,
          width: (s.width + 3) * u,
        });
      out.push({
        kind: "line",
        x1: x,
        y1: y + h / 2,
        x2: x + w,
        y2: y + h / 2,
        stroke: s.color,
        width: s.width * u,
        ...(s.dash ? { dash: s.dash.map((d) => d * u) } : {}),
      });
      return out;
    }
    case "area":
      return [{ kind: "rect", x, y, w, h, fill: s.color, opacity: 0.2, stroke: s.color, strokeWidth: 1.5 * u }];
    case "hatch": {
      const lines: Primitive[] = [];
      for (let k = 0; k <= w + h; k += 5 * u) {
        const x1 = x + Math.max(0, k - h);
        const y1 = y + Math.min(h, k);
        const x2 = x + Math.min(w, k);
        const y2 = y + Math.max(0, k - w);
        lines.push({ kind: "line", x1, y1, x2, y2, stroke: s.color, width: 1.2 * u });
      }
      return [...lines, { kind: "rect", x, y, w, h, fill: "none", stroke: s.color, strokeWidth: 0.8 * u }];
    }
    case "point":
      return [
        {
          kind: "path",
          d: shapePath(s.shape, x + w / 2, y + h / 2, 5.5 * u),
          fill: s.color,
          stroke: "#ffffff",
          strokeWidth: 1.2 * u,
        },
      ];
  }
}

/** An SVG path for the status point shapes (the same shapes the map draws). */
export function shapePath(shape: string, cx: number, cy: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case "diamond":
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
    case "square":
      return `M${f(cx - r * 0.9)} ${f(cy - r * 0.9)}h${f(r * 1.8)}v${f(r * 1.8)}h${f(-r * 1.8)}Z`;
    case "triangle":
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy + r * 0.8)}L${f(cx - r)} ${f(cy + r * 0.8)}Z`;
    case "cross": {
      const k = r * 0.75;
      const t = r * 0.28;
      return `M${f(cx - k - t)} ${f(cy - k + t)}L${f(cx - k + t)} ${f(cy - k - t)}L${f(cx)} ${f(cy - 2 * t)}L${f(cx + k - t)} ${f(cy - k - t)}L${f(cx + k + t)} ${f(cy - k + t)}L${f(cx + 2 * t)} ${f(cy)}L${f(cx + k + t)} ${f(cy + k - t)}L${f(cx + k - t)} ${f(cy + k + t)}L${f(cx)} ${f(cy + 2 * t)}L${f(cx - k + t)} ${f(cy + k + t)}L${f(cx - k - t)} ${f(cy + k - t)}L${f(cx - 2 * t)} ${f(cy)}Z`;
    }
    default: {
      const k = r * 0.5523;
      return `M${f(cx - r)} ${f(cy)}C${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)}C${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)}C${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)}C${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)}Z`;
    }
  }
}

export interface MapInfo {
  /** Ground metres per output pixel at the map's centre. */
  readonly metresPerPixel: number;
  /** Numbered markers, in output pixels relative to the map box. */
  readonly markers: readonly { n: number; x: number; y: number }[];
}

/** Everything drawn on top of and around the map. */
export function composeScene(frame: Frame, options: ExportOptions, content: SceneContent, info: MapInfo): Primitive[] {
  const u = frame.size.unit;
  const pad = 16 * u;
  const { map } = frame;
  const out: Primitive[] = [];
  const text = (x: number, y: number, t: string, size: number, weight: 400 | 600 | 700, color: string, anchor: "start" | "middle" | "end" = "start", halo?: string): Primitive => ({
    kind: "text", x, y, text: t, size: size * u, weight, color, anchor, ...(halo ? { halo } : {}),
  }); // prettier-ignore

  // Title band.
  out.push({ kind: "rect", x: 0, y: 0, w: frame.size.width, h: frame.title.h, fill: "#ffffff" });
  out.push(text(pad, 30 * u, options.title, 22, 700, INK));
  out.push(text(pad, 52 * u, content.byline, 12, 400, MUTED));
  out.push({
    kind: "line",
    x1: 0,
    y1: frame.title.h,
    x2: frame.size.width,
    y2: frame.title.h,
    stroke: "#cccccc",
    width: u,
  });

  // Numbered markers for the footnotes.
  if (options.footnotes) {
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
      out.push({ kind: "circle", cx: x, cy: y - 14 * u, r: 8 * u, fill: INK, stroke: "#ffffff", strokeWidth: 1.5 * u });
      out.push(text(x, y - 10 * u, String(m.n), 10, 700, "#ffffff", "middle"));
    }
  }

  // Legend, bottom-left of the map.
  if (options.legend && content.legend.length > 0) {
    const rowH = 17 * u;
    const width = 250 * u;
    const height = content.legend.length * rowH + 12 * u;
    const x0 = map.x + 10 * u;
    const y0 = map.y + map.h - height - 10 * u;
    out.push({
      kind: "rect",
      x: x0,
      y: y0,
      w: width,
      h: height,
      fill: "#ffffff",
      opacity: 0.92,
      stroke: "#cccccc",
      strokeWidth: u,
    });
    content.legend.forEach((row, i) => {
      const y = y0 + 6 * u + i * rowH;
      out.push(...swatchPrimitives(row.swatch, x0 + 8 * u, y + 2 * u, u));
      out.push(text(x0 + 42 * u, y + 12 * u, row.label, 11, 400, INK));
    });
  }

  // Scale bar, bottom-right of the map.
  if (options.scaleBar && info.metresPerPixel > 0) {
    const maxPx = 140 * u;
    const metres = niceDistance(info.metresPerPixel * maxPx);
    const px = metres / info.metresPerPixel;
    const x1 = map.x + map.w - 16 * u;
    const x0 = x1 - px;
    const y = map.y + map.h - 18 * u;
    out.push({ kind: "rect", x: x0 - 6 * u, y: y - 18 * u, w: px + 12 * u, h: 26 * u, fill: "#ffffff", opacity: 0.85 });
    out.push({ kind: "line", x1: x0, y1: y, x2: x1, y2: y, stroke: INK, width: 2 * u });
    out.push({ kind: "line", x1: x0, y1: y - 5 * u, x2: x0, y2: y, stroke: INK, width: 2 * u });
    out.push({ kind: "line", x1: x1, y1: y - 5 * u, x2: x1, y2: y, stroke: INK, width: 2 * u });
    const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
    out.push(text((x0 + x1) / 2, y - 6 * u, label, 11, 600, INK, "middle"));
  }

  // North arrow, top-right of the map (the map is always north-up).
  if (options.northArrow) {
    const cx = map.x + map.w - 28 * u;
    const cy = map.y + 34 * u;
    const r = 12 * u;
    out.push({ kind: "circle", cx, cy, r: r + 6 * u, fill: "#ffffff", stroke: "#cccccc", strokeWidth: u });
    out.push({
      kind: "path",
      d: `M${cx} ${cy - r}L${cx + r * 0.55} ${cy + r * 0.7}L${cx} ${cy + r * 0.35}L${cx - r * 0.55} ${cy + r * 0.7}Z`,
      fill: INK,
    });
    out.push(text(cx, cy - r - 8 * u, "N", 11, 700, INK, "middle"));
  }

  // Timeline strip.
  if (frame.timeline && content.timeline) {
    const t = frame.timeline;
    const x0 = t.x + pad;
    const w = t.w - pad * 2;
    out.push({ kind: "rect", x: t.x, y: t.y, w: t.w, h: t.h, fill: "#ffffff" });
    out.push({ kind: "line", x1: x0, y1: t.y + 28 * u, x2: x0 + w, y2: t.y + 28 * u, stroke: "#999999", width: u });
    const ends: number[] = [];
    for (const m of [...content.timeline.marks].sort((a, b) => a.x0 - b.x0)) {
      let lane = ends.findIndex((end) => end <= m.x0);
      if (lane === -1) {
        lane = ends.length;
        ends.push(m.x1);
      } else ends[lane] = m.x1;
      if (lane > 3) continue;
      out.push({
        kind: "rect",
        x: x0 + m.x0 * w,
        y: t.y + 4 * u + lane * 6 * u,
        w: Math.max(4 * u, (m.x1 - m.x0) * w),
        h: 5 * u,
        fill: m.color,
        opacity: 0.9,
      });
    }
    for (const tick of content.timeline.ticks) {
      out.push({
        kind: "line",
        x1: x0 + tick.x * w,
        y1: t.y + 28 * u,
        x2: x0 + tick.x * w,
        y2: t.y + 32 * u,
        stroke: "#999999",
        width: u,
      });
      out.push(text(x0 + tick.x * w, t.y + 42 * u, tick.label, 9.5, 400, MUTED, "middle"));
    }
  }

  // Footnotes.
  if (frame.footnotes) {
    const f = frame.footnotes;
    out.push({ kind: "rect", x: f.x, y: f.y, w: f.w, h: f.h, fill: "#ffffff" });
    out.push({ kind: "line", x1: 0, y1: f.y, x2: f.w, y2: f.y, stroke: "#cccccc", width: u });
    const columns = frame.size.width / u > 1100 ? 2 : 1;
    const colWidth = (f.w - pad * 2 - (columns - 1) * pad) / columns;
    const lineHeight = 15.5 * u;
    for (const note of frame.footnoteLines) {
      const x = f.x + pad + note.col * (colWidth + pad);
      note.lines.forEach((line, i) => {
        const y = f.y + 18 * u + (note.row + i) * lineHeight;
        if (i === 0) out.push(text(x, y, `${note.n}.`, 12, 700, INK));
        out.push(text(x + 22 * u, y, line, 12, 400, INK));
      });
    }
  }

  // Credits: always on.
  const c = frame.credits;
  out.push({ kind: "rect", x: c.x, y: c.y, w: c.w, h: c.h, fill: "#f4f4f4" });
  out.push(text(pad, c.y + 17 * u, content.credits, 10.5, 400, MUTED));
  return out;
}
