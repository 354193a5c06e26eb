/**
 * Where the timeline puts each dated feature: its lane, its label (beside its bar, on the right, or on the left
 * where the right has no room; shortened only where neither side has room, so no label is cut by an edge) and how
 * many rows it needs at a width. Pure: the page's build uses it to reserve the timeline's height, the timeline
 * to draw into it.
 */
import type { DateInterval } from "../../model/dates.ts";
import type { StoryFeature } from "../../model/types.ts";
import { assignLanes } from "./lanes.ts";
import { timeScale, type TimeScale } from "./scale.ts";

export const DAY = 86_400_000;
export const LANE = 18;
/** The width of a label's character at 11 px (an estimate for lanes and room). */
const CHAR_PX = 6;
/** At most this many lanes: a story with more overlapping events stacks the rest in the last lane, unlabelled. */
const MAX_LANES = 10;
export const AXIS = 22;
export const BRUSH = 16;
export const MARGIN = { left: 10, right: 10, top: 6 } as const;
/** The widths the page reserves the timeline's height for: a narrow phone, and a desktop's map column. */
export const RESERVED_WIDTHS = { narrow: 320, wide: 800 } as const;

export interface Placed {
  readonly text: string;
  readonly x: number;
  readonly anchor: "start" | "end";
}

export interface TimelineLayout {
  readonly x: TimeScale;
  readonly placed: ReadonlyMap<string, Placed>;
  readonly lanes: ReadonlyMap<string, number>;
  /** Features drawn in the last lane without a label (more overlap than lanes). */
  readonly stacked: ReadonlySet<string>;
  /** Rows of marks, the note's row included. */
  readonly laneCount: number;
  /** The row of the note about stacked features, or -1. */
  readonly noteLane: number;
  readonly height: number;
}

/** The feature's short name and the text's own phrase for its date ("Virtual meeting · on Thursday"). */
export function timelineLabel(f: StoryFeature): string {
  const name = f.properties.label ?? f.properties.title;
  const phrase = f.properties.when?.phrase;
  return phrase ? `${name} · ${phrase}` : name;
}

export function heightOf(rows: number): number {
  return MARGIN.top + rows * LANE + AXIS + BRUSH;
}

/** The layout at `width`; with `rows`, exactly that many rows (more overlap stacks in the last lane). */
export function timelineLayout(
  dated: readonly StoryFeature[],
  extent: DateInterval,
  width: number,
  rows: number | null = null,
): TimelineLayout {
  const x = timeScale([extent.start - DAY, extent.end + 2 * DAY], [MARGIN.left, width - MARGIN.right]);
  const placed = new Map<string, Placed>();
  const spans = dated.map((f) => {
    const w = f.when as { start: number; end: number };
    const x0 = x(w.start);
    const x1 = Math.max(x(w.end + DAY), x0 + 8);
    const full = timelineLabel(f);
    const right = width - MARGIN.right - (x1 + 3);
    const left = x0 - 3 - MARGIN.left;
    const fits = (room: number) => full.length * CHAR_PX <= room;
    const side = fits(right) || (!fits(left) && right >= left) ? "right" : "left";
    const room = side === "right" ? right : left;
    const text = fits(room) ? full : `${full.slice(0, Math.max(1, Math.floor(room / CHAR_PX) - 1)).trimEnd()}…`;
    placed.set(f.id, side === "right" ? { text, x: x1 + 3, anchor: "start" } : { text, x: x0 - 3, anchor: "end" });
    const textW = text.length * CHAR_PX;
    return side === "right" ? { id: f.id, x0, x1: x1 + 3 + textW } : { id: f.id, x0: x0 - 3 - textW, x1 };
  });
  const assigned = assignLanes(spans, 6);
  const needed = Math.max(1, ...[...assigned.values()].map((l) => l + 1));
  const budget = rows === null ? MAX_LANES : Math.max(1, rows);
  // Everything fits the rows given; or the last row holds the note and the lane before it the stacked marks.
  const maxLanes = needed <= budget ? budget : Math.max(1, budget - (rows === null ? 0 : 1));
  const stacked = new Set([...assigned].filter(([, lane]) => lane >= maxLanes).map(([id]) => id));
  const lanes = new Map([...assigned].map(([id, lane]) => [id, Math.min(lane, maxLanes - 1)]));
  let laneCount = 1;
  for (const lane of lanes.values()) laneCount = Math.max(laneCount, lane + 1);
  const noteLane = stacked.size > 0 ? laneCount : -1;
  if (stacked.size > 0) laneCount += 1; // a row of its own for the note
  if (rows !== null) laneCount = Math.max(laneCount, rows);
  return { x, placed, lanes, stacked, laneCount, noteLane, height: heightOf(laneCount) };
}

/** The rows the timeline needs at a width (the page reserves its height with it). */
export function rowsAt(dated: readonly StoryFeature[], extent: DateInterval, width: number): number {
  return timelineLayout(dated, extent, width).laneCount;
}
