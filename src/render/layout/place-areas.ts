/**
 * Labels of the story's areas, callouts and lines. An area's label lies inside the area where it fits (at the point
 * farthest from its edges), else beside it on a leader that ends inside it; a statement about a whole territory is
 * a callout in a box, inside the territory or pointing into it; statements about a border are named beside the
 * border on a short leader. Each carries the symbols of its statements. Pure.
 */
import type { Geometry, Position } from "geojson";
import type { LabelRole } from "../../theme/labels.ts";
import { grow, type Rect } from "./boxes.ts";
import { project } from "./camera.ts";
import type { LayoutContext } from "./context.ts";
import type { AreaPlace, LinePlace } from "./story-places.ts";
import { strings } from "../../locale/en.ts";
import type { StatusName } from "../../theme/status.ts";
import { take } from "./regions.ts";
import { around, boxOf, listUnit, slid, unit, type Candidate, type ListUnit } from "./units.ts";

const LEADERS = [10, 22, 36, 54, 78, 108, 144];
/** A label slid into the frame keeps this far from its edge (CSS px; the occupancy's own edge is 2). */
const FRAME_MARGIN = 3;
/** The padding of a callout's box (CSS px). */
const CALLOUT_PAD = 4;

/** Targets of an area's leader are at least this far apart (CSS px). */
const TARGET_SPACING = 48;

/**
 * Where an area shows on the frame: its points farthest from its edges that nothing covers yet, a few of them far
 * enough apart to be different choices (a leader ends at one), or (too small for a cell) its middle.
 */
function targets(ctx: LayoutContext, place: AreaPlace): { x: number; y: number; inside: boolean }[] {
  const region = ctx.areaRegion(place.key, place.geometry);
  const cells = take(region.cellsOf(1), 400);
  const r = 3 * ctx.u;
  const free = cells.filter((c) => ctx.occ.fits({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r }, 0));
  const out: { x: number; y: number; inside: boolean }[] = [];
  for (const c of free.length > 0 ? free : cells.slice(0, 1)) {
    if (out.length === 4) break;
    if (out.every((o) => Math.hypot(o.x - c.x, o.y - c.y) >= TARGET_SPACING * ctx.u)) out.push({ x: c.x, y: c.y, inside: true }); // prettier-ignore
  }
  if (out.length > 0) return out;
  const ring = (place.geometry.type === "Polygon" ? place.geometry.coordinates : place.geometry.coordinates.flat()).flat(); // prettier-ignore
  const xy = ring.map((p) => project(ctx.camera, p));
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  return x >= 0 && y >= 0 && x <= ctx.camera.width && y <= ctx.camera.height ? [{ x, y, inside: false }] : [];
}

/** Does the box lie only over the lands the area lies in, or over water (never over another country)? */
function overOwnLand(ctx: LayoutContext, own: ReadonlySet<number>, box: Rect): boolean {
  for (const code of ctx.regions.codesIn(box)) if (!own.has(code) && !ctx.regions.isWater(code)) return false;
  return true;
}

/**
 * Places the label of an area (or a callout): inside it where it fits, farthest from its edges first, and, when
 * `avoid` says so, clear of the story's other areas; else beside it on a leader ending inside it, over its own
 * lands or water only.
 */
export function placeAreaLabel(
  ctx: LayoutContext,
  place: AreaPlace,
  kind: "area" | "callout",
  avoid: (box: Rect) => boolean = () => false,
): void {
  const u = ctx.u;
  const role: LabelRole = kind;
  const at = targets(ctx, place);
  if (at.length === 0) return;
  const full = listUnit(place.statuses, ctx.dims(place.ids), place.names, role, u);
  // Several statements: one line each, or where that finds no room, their symbols and how many they are.
  const compact = place.names.length > 1 ? compactUnit(place.statuses, ctx.dims(place.ids), role, u) : null;
  const units = compact ? [full, compact] : [full];
  for (const un of units) if (placeWith(ctx, place, kind, avoid, at, un, kind === "callout")) return;
  // An area with no room over its own land (a thin strip seen from afar): its label is a note in a box, on a
  // leader into it, as a callout is; bare over a neighbour's land it would read as that land's name.
  if (kind === "area") for (const un of units) if (placeWith(ctx, place, kind, avoid, at, un, true)) return;
  ctx.notShown.push(place.names.join(" · "));
}

function compactUnit(statuses: readonly StatusName[], dims: readonly boolean[], role: LabelRole, u: number): ListUnit {
  const one = unit(statuses, dims, strings.map.statements(statuses.length), role, u);
  return { w: one.w, h: one.h, at: (x, y) => { const { badge, text } = one.at(x, y); return badge && text ? [{ badge, text }] : []; } }; // prettier-ignore
}

function placeWith(
  ctx: LayoutContext,
  place: AreaPlace,
  kind: "area" | "callout",
  avoid: (box: Rect) => boolean,
  targets: readonly { x: number; y: number; inside: boolean }[],
  un: ListUnit,
  boxed: boolean,
): boolean {
  const u = ctx.u;
  const pad = boxed ? CALLOUT_PAD * u : 0;
  const w = un.w + 2 * pad;
  const h = un.h + 2 * pad;
  const region = ctx.areaRegion(place.key, place.geometry);
  const own = region.landsUnder(1, ctx.regions);
  let chosen: Candidate | null = null;
  let at = targets[0] as { x: number; y: number; inside: boolean };
  if (at.inside) {
    const cells = take(region.cellsOf(1), 600);
    const boxes = cells.map((c) => ({ x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 }));
    const ok = (box: Rect) => region.covers(1, box, 1) && ctx.fits([box]);
    const box = boxes.find((b) => ok(b) && !avoid(b)) ?? boxes.find(ok);
    if (box) chosen = { x: box.x0, y: box.y0, leader: null };
  }
  // Else beside it, on a leader to one of its targets (the best first).
  const fits = (c: Candidate) => ctx.fits([boxOf(c, w, h)], c.leader);
  const ok = (c: Candidate) => overOwnLand(ctx, own, boxOf(c, w, h)) && fits(c);
  for (const t of chosen ? [] : targets) {
    const far = slid(around(t.x, t.y, w, h, LEADERS.map((d) => d * u)), w, ctx.camera.width, FRAME_MARGIN * u); // prettier-ignore
    chosen = far.find((c) => ok(c) && !avoid(boxOf(c, w, h))) ?? far.find(ok) ?? null;
    // A note in a box, on a leader into its area: where nothing else is free, it may stand over a neighbour's land
    // (a bare label may not: it would read as that land's).
    if (!chosen && boxed) chosen = far.find(fits) ?? null;
    if (chosen) {
      at = t;
      break;
    }
  }
  if (!chosen) return false;
  const rows = un.at(chosen.x + pad, chosen.y + pad);
  const frame: Rect | null = boxed ? boxOf(chosen, w, h) : null;
  const parts = frame ? [frame] : rows.flatMap((r) => [r.badge.box, r.text.box]);
  ctx.commit(
    {
      key: `${kind}:${place.key}`,
      kind: kind,
      ids: place.ids,
      at: null,
      rows,
      ...(frame ? { frame } : {}),
      ...(chosen.leader ? { leader: chosen.leader, foot: { x: at.x, y: at.y, dot: false } } : {}),
      within: `feature:${place.ids[0] ?? ""}`,
    },
    parts,
  );
  return true;
}

/** Points along a line's projected course inside the frame, every `step` pixels, middle first. */
function alongLine(ctx: LayoutContext, g: Geometry, step: number): { x: number; y: number }[] {
  const lines: Position[][] = g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : []; // prettier-ignore
  const out: { x: number; y: number }[] = [];
  for (const line of lines) {
    const xy = line.map((p) => project(ctx.camera, p));
    for (let i = 1; i < xy.length; i++) {
      const [ax, ay] = xy[i - 1] as [number, number];
      const [bx, by] = xy[i] as [number, number];
      const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
      for (let k = 0; k < n; k++) out.push({ x: ax + ((bx - ax) * k) / n, y: ay + ((by - ay) * k) / n });
    }
  }
  const inside = out.filter((p) => ctx.occ.inFrame({ x0: p.x, y0: p.y, x1: p.x, y1: p.y }));
  const mid = inside[Math.floor(inside.length / 2)];
  return mid ? inside.sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y)) : [];
}

export function placeLineLabel(ctx: LayoutContext, place: LinePlace): void {
  const u = ctx.u;
  const un = listUnit(place.statuses, ctx.dims(place.ids), place.names, "line", u);
  for (const p of alongLine(ctx, place.geometry, 16 * u)) {
    const c = around(p.x, p.y, un.w, un.h, [14 * u, 26 * u, 40 * u]).find((k) => ctx.fits([boxOf(k, un.w, un.h)], k.leader)); // prettier-ignore
    if (!c) continue;
    const rows = un.at(c.x, c.y);
    ctx.commit(
      { key: `line:${place.key}`, kind: "line", ids: place.ids, at: null, rows, leader: c.leader ?? { x1: p.x, y1: p.y, x2: p.x, y2: p.y }, foot: { x: p.x, y: p.y, dot: false } }, // prettier-ignore
      rows.flatMap((r) => [r.badge.box, r.text.box]),
    );
    return;
  }
  ctx.notShown.push(place.names.join(" · "));
}

/** A box around a point, for the places that own nothing else (used by numbered markers). */
export const pointBox = (x: number, y: number, r: number): Rect => grow({ x0: x, y0: y, x1: x, y1: y }, r);
