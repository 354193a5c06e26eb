/**
 * A stack: one mark for several statements at one place, a small white badge holding the symbol of each statement's
 * status side by side (in the order of the text). On a point it stands on a short stem whose foot is the place, so a
 * basemap marker under it (a crossing, a town) stays visible. The layout is geometry here; render/raster.ts draws it
 * as a bitmap for the live map and stackMarks as marks for the SVG map and exports. Pure.
 */
import { STATUS_SYMBOLS, type StatusName } from "../../theme/status.ts";
import type { Primitive } from "./primitives.ts";
import { symbolMarks } from "./symbol.ts";

export const STACK = { cell: 14, pad: 3, symbol: 5.2, stem: 9, dot: 2.4, ink: "#333333", paper: "#ffffff" } as const;

export interface StackLayout {
  readonly width: number;
  readonly height: number;
  readonly badge: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** One cell per statement; `dimmed` when its date lies outside the reader's time range. */
  readonly cells: readonly {
    readonly cx: number;
    readonly cy: number;
    readonly status: StatusName;
    readonly dimmed: boolean;
  }[];
  /** The stem from the badge down to the place, and the dot at its foot (absent for a badge on its own). */
  readonly stem: { readonly x: number; readonly y0: number; readonly y1: number } | null;
  readonly dot: { readonly cx: number; readonly cy: number; readonly r: number } | null;
}

export type StackBase = "none" | "dot" | "marker";

/**
 * The layout in CSS pixels, origin top-left. With a stem its foot is at (width / 2, height): "dot" marks the place
 * with a dot, "marker" stops the stem short of a basemap marker drawn there (which stays visible).
 */
export function stackLayout(
  statuses: readonly StatusName[],
  base: StackBase,
  dimmed: readonly boolean[] = [],
): StackLayout {
  const { cell, pad, stem, dot } = STACK;
  const w = statuses.length * cell + 2 * pad;
  const h = cell + 2 * pad;
  const height = base === "none" ? h : h + stem + (base === "dot" ? dot : 6);
  return {
    width: w,
    height,
    badge: { x: 0.5, y: 0.5, w: w - 1, h: h - 1 },
    cells: statuses.map((status, i) => ({ cx: pad + cell * (i + 0.5), cy: h / 2, status, dimmed: dimmed[i] ?? false })),
    stem: base === "none" ? null : { x: w / 2, y0: h, y1: h + stem },
    dot: base === "dot" ? { cx: w / 2, cy: height - dot, r: dot } : null,
  };
}

/** The stack as marks, with its top-left corner at (x, y) and `u` output pixels per CSS pixel. */
export function stackMarks(layout: StackLayout, x: number, y: number, u = 1): Primitive[] {
  const out: Primitive[] = [];
  const { badge } = layout;
  if (layout.stem) {
    const s = layout.stem;
    out.push({ kind: "line", x1: x + s.x * u, y1: y + s.y0 * u, x2: x + s.x * u, y2: y + s.y1 * u, stroke: STACK.ink, width: 1.5 * u }); // prettier-ignore
  }
  if (layout.dot) {
    const d = layout.dot;
    out.push({ kind: "circle", cx: x + d.cx * u, cy: y + d.cy * u, r: d.r * u, fill: STACK.ink, stroke: STACK.paper, strokeWidth: u }); // prettier-ignore
  }
  out.push({ kind: "rect", x: x + badge.x * u, y: y + badge.y * u, w: badge.w * u, h: badge.h * u, fill: STACK.paper, stroke: STACK.ink, strokeWidth: u }); // prettier-ignore
  for (const c of layout.cells) {
    const sym = STATUS_SYMBOLS[c.status];
    out.push(...symbolMarks(sym.shape, x + c.cx * u, y + c.cy * u, STACK.symbol * u, { fill: c.dimmed ? "#d4d4d4" : sym.color, halo: STACK.paper, haloWidth: u })); // prettier-ignore
  }
  return out;
}

const PREFIX: Readonly<Record<StackBase, string>> = { dot: "stack", marker: "stackon", none: "badge" };

/**
 * The image name of a stack ("stack-stated-denied-claimed"; "stackon-…" on a basemap marker; "badge-…" alone); a
 * statement outside the reader's time range is written with a "~" ("stack-~reported-reported").
 */
export function stackImage(statuses: readonly string[], base: StackBase, dimmed: readonly boolean[] = []): string {
  return `${PREFIX[base]}-${statuses.map((s, i) => (dimmed[i] ? `~${s}` : s)).join("-")}`;
}

/** The statuses an image name stands for, or null when it is not a stack's. */
export function parseStackImage(name: string): { statuses: StatusName[]; base: StackBase; dimmed: boolean[] } | null {
  const m = /^(stack|stackon|badge)-([a-z~-]+)$/.exec(name);
  if (!m?.[2]) return null;
  const cells = m[2].split("-");
  const statuses = cells.map((c) => c.replace(/^~/, ""));
  if (!statuses.every((s) => s in STATUS_SYMBOLS)) return null;
  const base = (Object.keys(PREFIX) as StackBase[]).find((b) => PREFIX[b] === m[1]) ?? "dot";
  return { statuses: statuses as StatusName[], base, dimmed: cells.map((c) => c.startsWith("~")) };
}
