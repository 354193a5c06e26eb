/**
 * The layout of a composed picture: title band, map, timeline strip, numbered footnotes and credits stacked
 * without overlap, and greedy word wrap by an approximate glyph width (deterministic: the same for every backend).
 * Pure: no DOM, no map.
 */
import type { Swatch } from "../marks/swatch.ts";

export interface OutputSize {
  readonly width: number;
  readonly height: number;
  /** Size of one layout unit in output pixels (1 for a 1× screen view; 3 for A4 at 300 dpi). */
  readonly unit: number;
}

/** What the composition includes (the export options that shape it). */
export interface SceneOptions {
  readonly title: string;
  readonly legend: boolean;
  readonly scaleBar: boolean;
  readonly northArrow: boolean;
  readonly timeline: boolean;
  readonly footnotes: boolean;
}

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

export interface FootnoteLines {
  readonly n: number;
  readonly lines: string[];
  readonly col: number;
  readonly row: number;
}

export interface Frame {
  readonly size: OutputSize;
  readonly title: Box;
  readonly map: Box;
  readonly timeline: Box | null;
  readonly footnotes: Box | null;
  readonly credits: Box;
  /** The footnotes that fit, each with its column and first row. */
  readonly footnoteLines: readonly FootnoteLines[];
}

export const FOOTNOTE = { size: 12, lineHeight: 15.5, gap: 0.35, indent: 22 } as const;

/** The average width of a glyph of Noto Sans, in ems (an estimate: the same for canvas and SVG). */
export const GLYPH_WIDTH = 0.52;

/** Greedy word wrap by an approximate glyph width (deterministic, the same for canvas and SVG). */
export function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const perChar = fontSize * GLYPH_WIDTH;
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

/** Footnote columns: two on wide pictures. */
export function footnoteColumns(size: OutputSize): number {
  return size.width / size.unit > 1100 ? 2 : 1;
}

function layoutFootnotes(size: OutputSize, content: SceneContent): FootnoteLines[] {
  const u = size.unit;
  const pad = 16 * u;
  const columns = footnoteColumns(size);
  const colWidth = (size.width - pad * 2 - (columns - 1) * pad) / columns - FOOTNOTE.indent * u;
  const lineHeight = FOOTNOTE.lineHeight * u;
  const wrapped = content.footnotes.map((f) => ({ n: f.n, lines: wrap(f.text, FOOTNOTE.size * u, colWidth) }));
  const total = wrapped.reduce((n, f) => n + f.lines.length + FOOTNOTE.gap, 0);
  // Rows per column: balanced, but never more than 30 % of the picture's height.
  const capacity = Math.min(Math.ceil(total / columns), Math.floor((size.height * 0.3 - 14 * u) / lineHeight));
  const out: FootnoteLines[] = [];
  let col = 0;
  let row = 0;
  for (const f of wrapped) {
    if (row + f.lines.length > capacity) {
      if (col === columns - 1) break; // no room left: this footnote and the rest are dropped, with their markers
      col++;
      row = 0;
      if (f.lines.length > capacity) break;
    }
    out.push({ n: f.n, lines: f.lines, col, row });
    row += f.lines.length + FOOTNOTE.gap;
  }
  return out;
}

export function layoutFrame(size: OutputSize, options: SceneOptions, content: SceneContent): Frame {
  const u = size.unit;
  const title: Box = { x: 0, y: 0, w: size.width, h: 64 * u };
  const credits: Box = { x: 0, y: size.height - 26 * u, w: size.width, h: 26 * u };
  let bottom = credits.y;
  let footnotes: Box | null = null;
  let footnoteLines: FootnoteLines[] = [];
  if (options.footnotes && content.footnotes.length > 0) {
    footnoteLines = layoutFootnotes(size, content);
    const usedRows = Math.max(...footnoteLines.map((f) => f.row + f.lines.length), 1);
    const height = usedRows * FOOTNOTE.lineHeight * u + 14 * u;
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
