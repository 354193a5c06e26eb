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
  /** A pack whose later pages quote every passage: footnotes left out here are said to be there. */
  readonly quotesPages?: boolean;
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
  /** The legend's own box beside the map (never over it), or null. */
  readonly legend: Box | null;
  /** The numbers of the footnotes that did not fit (said in a note, never dropped silently). */
  readonly leftOut: readonly number[];
  readonly timeline: Box | null;
  readonly footnotes: Box | null;
  readonly credits: Box;
  /** The footnotes that fit, each with its column and first row. */
  readonly footnoteLines: readonly FootnoteLines[];
}

export const FOOTNOTE = { size: 12, lineHeight: 15.5, gap: 0.35, indent: 22 } as const;
export const LEGEND = { rowHeight: 20, padding: 8, textSize: 11, swatch: 40 } as const;

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
  // Rows per column: balanced (and at least the longest footnote's), but never more than 30 % of the picture's height.
  const longest = Math.max(0, ...wrapped.map((f) => f.lines.length));
  const capacity = Math.min(Math.max(Math.ceil(total / columns), longest), Math.floor((size.height * 0.3 - 14 * u) / lineHeight)); // prettier-ignore
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

/** The legend's size: a column of rows as wide as its longest label, or `columns` side by side. */
export function legendSize(content: SceneContent, u: number, columns = 1): { w: number; h: number } {
  const pad = LEGEND.padding * u;
  const longest = Math.max(0, ...content.legend.map((r) => r.label.length));
  const col = pad * 2 + LEGEND.swatch * u + longest * GLYPH_WIDTH * LEGEND.textSize * u;
  const rows = Math.ceil(content.legend.length / columns);
  return { w: col * columns + pad, h: rows * LEGEND.rowHeight * u + pad * 2 };
}

export function layoutFrame(size: OutputSize, options: SceneOptions, content: SceneContent): Frame {
  const u = size.unit;
  const title: Box = { x: 0, y: 0, w: size.width, h: 64 * u };
  const notes = options.footnotes && content.footnotes.length > 0;
  const credits: Box = { x: 0, y: size.height - 26 * u, w: size.width, h: 26 * u };
  let bottom = credits.y;
  let footnotes: Box | null = null;
  let footnoteLines: FootnoteLines[] = [];
  let leftOut: number[] = [];
  if (notes) {
    footnoteLines = layoutFootnotes(size, content);
    const shown = new Set(footnoteLines.map((f) => f.n));
    leftOut = content.footnotes.map((f) => f.n).filter((n) => !shown.has(n));
    const usedRows = Math.max(...footnoteLines.map((f) => f.row + f.lines.length), 1);
    // A line more for the note naming what did not fit.
    const height = (usedRows + (leftOut.length > 0 ? 1.2 : 0)) * FOOTNOTE.lineHeight * u + 14 * u;
    footnotes = { x: 0, y: bottom - height, w: size.width, h: height };
    bottom = footnotes.y;
  }
  let timeline: Box | null = null;
  if (options.timeline && content.timeline) {
    timeline = { x: 0, y: bottom - 46 * u, w: size.width, h: 46 * u };
    bottom = timeline.y;
  }
  // The legend in a column of its own right of the map on a wide picture, else in a band under it.
  let legend: Box | null = null;
  let mapW = size.width;
  if (options.legend && content.legend.length > 0) {
    if (size.width / size.height >= 1.2) {
      const l = legendSize(content, u);
      legend = { x: size.width - l.w, y: title.h, w: l.w, h: bottom - title.h };
      mapW = size.width - l.w;
    } else {
      const l = legendSize(content, u, size.width / u > 900 ? 3 : 2);
      legend = { x: 0, y: bottom - l.h, w: size.width, h: l.h };
      bottom = legend.y;
    }
  }
  // Whole pixels: the map is drawn at exactly this size.
  const map: Box = { x: 0, y: Math.round(title.h), w: Math.round(mapW), h: Math.max(40, Math.floor(bottom - Math.round(title.h))) }; // prettier-ignore
  return { size, title, map, legend, leftOut, timeline, footnotes, credits, footnoteLines };
}
