/**
 * The shapes the layout places, measured: a name's box, a badge of status symbols, a unit of a badge and a name side
 * by side, and the candidate positions of a box around a point (beside it, or further off with a leader line). All
 * in output pixels. Pure.
 */
import { LABEL_STYLES, type LabelRole } from "../../theme/labels.ts";
import { STACK } from "../marks/stack.ts";
import type { Rect } from "./boxes.ts";
import { ASCENT, DESCENT, textWidth, type TextStyle } from "./measure.ts";
import type { BadgePart, Row, Segment, TextPart } from "./types.ts";
import type { StatusName } from "../../theme/status.ts";

export function styleOf(role: LabelRole, u: number): TextStyle {
  const s = LABEL_STYLES[role];
  return { size: s.size * u, weight: s.weight, italic: s.italic, spacing: s.spacing };
}

export function textSize(text: string, role: LabelRole, u: number): { w: number; h: number } {
  const style = styleOf(role, u);
  return { w: textWidth(text, style), h: (ASCENT + DESCENT) * style.size };
}

/** A line of text whose box's top-left corner is (x, y). */
export function textAt(text: string, role: LabelRole, u: number, x: number, y: number): TextPart {
  const { w, h } = textSize(text, role, u);
  const size = LABEL_STYLES[role].size * u;
  return { text, role, x, y: y + ASCENT * size, anchor: "start", box: { x0: x, y0: y, x1: x + w, y1: y + h } };
}

export function badgeSize(count: number, u: number): { w: number; h: number } {
  return { w: (count * STACK.cell + 2 * STACK.pad) * u, h: (STACK.cell + 2 * STACK.pad) * u };
}

export function badgeAt(
  statuses: readonly StatusName[],
  dims: readonly boolean[],
  u: number,
  x: number,
  y: number,
): BadgePart {
  // prettier-ignore
  const { w, h } = badgeSize(statuses.length, u);
  return { x, y, statuses, dims, box: { x0: x, y0: y, x1: x + w, y1: y + h } };
}

/** A badge and a name side by side (the badge first, or last), as one unit whose top-left corner is (x, y). */
export interface Unit {
  readonly w: number;
  readonly h: number;
  at(x: number, y: number): { badge: BadgePart | null; text: TextPart | null };
}

export function unit(
  statuses: readonly StatusName[] | null,
  dims: readonly boolean[],
  text: string | null,
  role: LabelRole,
  u: number,
  badgeLast = false,
): Unit {
  const b = statuses && statuses.length > 0 ? badgeSize(statuses.length, u) : { w: 0, h: 0 };
  const t = text ? textSize(text, role, u) : { w: 0, h: 0 };
  const gap = b.w > 0 && t.w > 0 ? 4 * u : 0;
  const w = b.w + gap + t.w;
  const h = Math.max(b.h, t.h);
  return {
    w,
    h,
    at: (x, y) => {
      const bx = badgeLast ? x + t.w + gap : x;
      const tx = badgeLast ? x : x + b.w + gap;
      return {
        badge: statuses && b.w > 0 ? badgeAt(statuses, dims, u, bx, y + (h - b.h) / 2) : null,
        text: text ? textAt(text, role, u, tx, y + (h - t.h) / 2) : null,
      };
    },
  };
}

/** Statements one per line, each with its symbol: a label's list, with its top-left corner at (x, y). */
export interface ListUnit {
  readonly w: number;
  readonly h: number;
  at(x: number, y: number): Row[];
}

export function listUnit(
  statuses: readonly StatusName[],
  dims: readonly boolean[],
  names: readonly string[],
  role: LabelRole,
  u: number,
): ListUnit {
  // prettier-ignore
  const rows = names.map((name, i) => unit([statuses[i] ?? "context"], [dims[i] ?? false], name, role, u));
  const w = Math.max(0, ...rows.map((r) => r.w));
  const h = rows.reduce((sum, r) => sum + r.h, 0);
  return {
    w,
    h,
    at: (x, y) => {
      let top = y;
      return rows.map((r) => {
        const { badge, text } = r.at(x, top);
        top += r.h;
        return { badge: badge as BadgePart, text: text as TextPart };
      });
    },
  };
}

export interface Candidate {
  /** The box's top-left corner. */
  readonly x: number;
  readonly y: number;
  /** The stem or leader from the point to the box (null when the box touches the point's own mark). */
  readonly leader: Segment | null;
}

const DIRECTIONS: readonly (readonly [number, number])[] = [
  [0, -1], [1, -1], [-1, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [0, 1],
  [0.5, -1], [-0.5, -1], [1, -0.5], [-1, -0.5], [1, 0.5], [-1, 0.5], [0.5, 1], [-0.5, 1],
]; // prettier-ignore

/**
 * Where a w × h box can go around the point (px, py), nearest first: at each distance (output pixels from the point
 * to the box's nearest edge), above, then the diagonals and the sides, then below. The leader runs from the point
 * to the middle of the box's facing edge (or its facing corner, on a diagonal).
 */
export function around(px: number, py: number, w: number, h: number, distances: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const d of distances) {
    for (const [dx, dy] of DIRECTIONS) {
      const k = 1 / Math.hypot(dx, dy);
      const ax = px + dx * d * k;
      const ay = py + dy * d * k;
      // The box's point that faces the place: the middle of an edge, or a corner.
      const x = dx === 0 ? ax - w / 2 : dx > 0 ? ax : ax - w;
      const y = dy === 0 ? ay - h / 2 : dy > 0 ? ay : ay - h;
      out.push({ x, y, leader: { x1: px, y1: py, x2: ax, y2: ay } });
    }
  }
  return out;
}

export const boxOf = (c: { x: number; y: number }, w: number, h: number): Rect => ({ x0: c.x, y0: c.y, x1: c.x + w, y1: c.y + h }); // prettier-ignore

/**
 * The candidates, each one above or below its point followed by the same box slid along its edge into the frame
 * (its leader still ends on the box): a wide label near the frame's side still finds its room above or below.
 */
export function slid(candidates: readonly Candidate[], w: number, width: number, margin: number): Candidate[] {
  return candidates.flatMap((c) => {
    const ax = c.leader?.x2;
    if (ax === undefined || c.leader?.x1 !== ax) return [c];
    const x = Math.min(Math.max(c.x, margin), width - margin - w);
    return x !== c.x && x <= ax && ax <= x + w ? [c, { ...c, x }] : [c];
  });
}
