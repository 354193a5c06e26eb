/**
 * The story's point places on the frame, placed first: each statement's symbol stays on its place; statements that
 * share a place (or places too close to tell apart at this scale) are one badge on a stem or a leader, moved to
 * where it covers nothing; a basemap marker the statements stand beside stays drawn, and so does its name; and the
 * statements about a named place as a whole are a badge beside that place's name. Pure.
 */
import type { Position } from "geojson";
import { PLACE_MARKERS } from "../../theme/basemap.ts";
import { POINT } from "../../theme/status.ts";
import type { StatusName } from "../../theme/status.ts";
import type { Rect } from "./boxes.ts";
import { project } from "./camera.ts";
import type { LayoutContext } from "./context.ts";
import type { BasemapPlace, PointPlace } from "./story-places.ts";
import { around, badgeSize, boxOf, unit, type Candidate } from "./units.ts";

/** Places closer than this (CSS px) on the frame are one stack. */
export const CLUSTER_PX = 24;
/** Distances of a badge from its place, nearest first (CSS px): a stem, then longer leaders. */
const STEMS = [9, 20, 34, 52, 76, 104, 140];

interface Spot {
  readonly x: number;
  readonly y: number;
  readonly at: Position;
  readonly places: readonly PointPlace[];
}

function clusters(ctx: LayoutContext, places: readonly PointPlace[]): Spot[] {
  const within = ([x, y]: readonly number[]) => (x as number) >= 0 && (y as number) >= 0 && (x as number) <= ctx.camera.width && (y as number) <= ctx.camera.height; // prettier-ignore
  // A named place's statements are drawn at the place's name; when the name is outside the frame (zoomed in on
  // the statements' own point), at their own point.
  const projected = places.map((p) => {
    const host = p.named ? project(ctx.camera, p.named.at) : null;
    return host && within(host) ? { p, xy: host } : { p: p.named ? { ...p, named: null } : p, xy: project(ctx.camera, p.at) }; // prettier-ignore
  });
  const inFrame = projected.filter(({ xy }) => within(xy));
  const order = [...inFrame].sort((a, b) => b.p.ids.length - a.p.ids.length);
  // Neighbours are looked for in a grid of cells the size of the cluster's reach (a big story has thousands).
  const reach = CLUSTER_PX * ctx.u;
  const grid = new Map<string, typeof order>();
  const cellOf = (x: number, y: number) => `${Math.floor(x / reach)},${Math.floor(y / reach)}`;
  for (const o of order) grid.set(cellOf(o.xy[0], o.xy[1]), [...(grid.get(cellOf(o.xy[0], o.xy[1])) ?? []), o]);
  const used = new Set<PointPlace>();
  const out: Spot[] = [];
  for (const { p, xy } of order) {
    if (used.has(p)) continue;
    const [cx, cy] = [Math.floor(xy[0] / reach), Math.floor(xy[1] / reach)];
    const around: typeof order = [];
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) around.push(...(grid.get(`${cx + dx},${cy + dy}`) ?? [])); // prettier-ignore
    const near = around.filter((o) => !used.has(o.p) && Math.hypot(o.xy[0] - xy[0], o.xy[1] - xy[1]) < reach);
    for (const o of near) used.add(o.p);
    if (near.length === 1) out.push({ x: xy[0], y: xy[1], at: p.at, places: [p] });
    else {
      const x = near.reduce((s, o) => s + o.xy[0], 0) / near.length;
      const y = near.reduce((s, o) => s + o.xy[1], 0) / near.length;
      out.push({ x, y, at: near[0]?.p.at ?? p.at, places: near.map((o) => o.p) });
    }
  }
  return out;
}

function markerBox(place: BasemapPlace, x: number, y: number, u: number): Rect {
  const r = (PLACE_MARKERS[place.cls].size / 2 + 1) * u;
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/** The statements of several places, once each, in the order of the text. */
function statementsOf(ctx: LayoutContext, places: readonly PointPlace[]): { ids: string[]; statuses: StatusName[] } {
  const ids = [...new Set(places.flatMap((p) => p.ids))];
  return { ids, statuses: ids.map((id) => ctx.byId.get(id)?.properties.status ?? "context") };
}

export interface PlacedPoints {
  /** Basemap places whose name carries the statements' badge (drawn already). */
  readonly named: readonly BasemapPlace[];
  /** Basemap places the statements stand beside (their markers are drawn; their names come next). */
  readonly markers: readonly BasemapPlace[];
  /** Basemap places near statements (they are placed next, marker and name, before the other places). */
  readonly near: readonly BasemapPlace[];
}

/**
 * Places the point places, in two steps: what cannot move first (each symbol on its place, the markers and the
 * feet of stacks), then, when `movable` is called (after the lands' names), the badges that can. Returns the basemap
 * places it drew.
 */
export function placePoints(ctx: LayoutContext, places: readonly PointPlace[]): { movable: () => PlacedPoints } {
  const u = ctx.u;
  const spots = clusters(ctx, places);
  const fixed: Fixed[] = [];
  // 1. What cannot move: symbols, markers, the dots at the stacks' feet.
  for (const spot of spots) {
    const only = spot.places.length === 1 ? (spot.places[0] as PointPlace) : null;
    if (only?.named || only?.onMarker) {
      const host = (only.named ?? only.onMarker) as BasemapPlace;
      const [x, y] = project(ctx.camera, host.at);
      fixed.push({ spot: { ...spot, x, y }, foot: markerBox(host, x, y, u), kind: only.named ? "named" : "marker" });
    } else if (only && only.ids.length === 1) {
      const r = (POINT.size / 2) * u;
      fixed.push({ spot, foot: { x0: spot.x - r, y0: spot.y - r, x1: spot.x + r, y1: spot.y + r }, kind: "symbol" });
    } else {
      const r = 3.5 * u;
      fixed.push({ spot, foot: { x0: spot.x - r, y0: spot.y - r, x1: spot.x + r, y1: spot.y + r }, kind: "stack" });
    }
  }
  const blocked = (f: Rect) => !ctx.occ.inFrame(f) || !ctx.occ.free(f, 0);
  // Statements about a named place whose name is under a control (or off the frame) stand at their own point.
  const drawn = fixed.flatMap((f): Fixed[] => {
    if (!blocked(f.foot)) return [f];
    const only = f.spot.places[0];
    if (f.kind !== "named" || !only) return [];
    const [x, y] = project(ctx.camera, only.at);
    const r = 3.5 * u;
    const foot = { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
    return blocked(foot) ? [] : [{ spot: { ...f.spot, x, y, at: only.at, places: [{ ...only, named: null }] }, foot, kind: "stack" }]; // prettier-ignore
  });
  for (const f of drawn) ctx.occ.add(f.foot);
  // 2. Symbols are drawn where they are.
  for (const { spot, foot, kind } of drawn) {
    if (kind !== "symbol") continue;
    const p = spot.places[0] as PointPlace;
    const id = p.ids[0] as string;
    ctx.items.push({
      key: `symbol:${p.key}`,
      kind: "symbol",
      ids: p.ids,
      at: p.at,
      symbol: { x: spot.x, y: spot.y, status: p.statuses[0] as StatusName, dimmed: ctx.dimmed.has(id), box: foot }, // prettier-ignore
      box: foot,
    });
  }
  return { movable: () => placeMovable(ctx, drawn) };
}

type Fixed = { spot: Spot; foot: Rect; kind: "symbol" | "stack" | "named" | "marker" };

function placeMovable(ctx: LayoutContext, drawn: readonly Fixed[]): PlacedPoints {
  const u = ctx.u;
  const named: BasemapPlace[] = [];
  const markers: BasemapPlace[] = [];
  // 3. Statements about a named place: a badge beside its name, the place's marker where it is.
  for (const { spot, foot, kind } of drawn) {
    if (kind !== "named") continue;
    const p = spot.places[0] as PointPlace;
    const host = p.named as BasemapPlace;
    named.push(host);
    placeNamed(ctx, p, host, spot, foot);
  }
  // 4. Stacks: a badge on a stem, or further off on a leader, where it covers nothing.
  for (const { spot, foot, kind } of drawn) {
    if (kind !== "stack" && kind !== "marker") continue;
    const { ids, statuses } = statementsOf(ctx, spot.places);
    const host = kind === "marker" ? (spot.places[0]?.onMarker ?? null) : null;
    if (host) markers.push(host);
    const size = badgeSize(statuses.length, u);
    const start = host ? Math.max(foot.y1 - foot.y0, foot.x1 - foot.x0) / 2 : 0;
    const candidates = around(
      spot.x,
      spot.y,
      size.w,
      size.h,
      STEMS.map((d) => d * u + start),
    );
    const free = candidates.find((c) => ctx.fits([boxOf(c, size.w, size.h)], c.leader, [foot]));
    const c: Candidate = free ?? (candidates[0] as Candidate);
    const unitOf = unit(statuses, ctx.dims(ids), null, "area", u);
    const { badge } = unitOf.at(c.x, c.y);
    if (!badge) continue;
    ctx.commit(
      { key: `stack:${spot.places.map((q) => q.key).join("|")}`, kind: "stack", ids, at: spot.at, badge, foot: { x: spot.x, y: spot.y, dot: !host }, ...(c.leader ? { leader: c.leader } : {}), ...(host ? { marker: { x: spot.x, y: spot.y, cls: host.cls, box: foot } } : {}) }, // prettier-ignore
      [badge.box],
    );
  }
  // The places near statements, and those whose markers a cluster's statements stand beside (a cluster draws no
  // marker): their names say where the statements are.
  const near = [...new Set(drawn.flatMap((d) => d.spot.places.flatMap((p) => {
    const at = p.near ?? (d.spot.places.length > 1 ? p.onMarker : null);
    return at ? [at] : [];
  })))]; // prettier-ignore
  return { named, markers, near };
}

/** The named place's name with the statements' badge after it, around its marker (or on a leader). */
function placeNamed(ctx: LayoutContext, p: PointPlace, host: BasemapPlace, spot: Spot, foot: Rect): void {
  const u = ctx.u;
  const role = host.cls === "capital" ? "capital" : host.cls === "city" ? "city" : "town";
  const right = unit(p.statuses, ctx.dims(p.ids), host.name, role, u, true);
  const left = unit(p.statuses, ctx.dims(p.ids), host.name, role, u, false);
  const r = (foot.x1 - foot.x0) / 2;
  const gap = 3 * u;
  const beside: [typeof right, number, number][] = [
    [right, spot.x + r + gap, spot.y - right.h / 2],
    [left, spot.x - r - gap - left.w, spot.y - left.h / 2],
    [right, spot.x - right.w / 2, spot.y - r - gap - right.h],
    [right, spot.x - right.w / 2, spot.y + r + gap],
  ];
  let chosen: { u: typeof right; x: number; y: number; leader: Candidate["leader"] } | null = null;
  for (const [un, x, y] of beside) {
    if (ctx.fits([boxOf({ x, y }, un.w, un.h)])) {
      chosen = { u: un, x, y, leader: null };
      break;
    }
  }
  if (!chosen) {
    const far = around(
      spot.x,
      spot.y,
      right.w,
      right.h,
      STEMS.slice(1).map((d) => d * u + r),
    );
    const c = far.find((k) => ctx.fits([boxOf(k, right.w, right.h)], k.leader, [foot])) ?? far[0];
    if (c) chosen = { u: right, x: c.x, y: c.y, leader: c.leader };
  }
  if (!chosen) return;
  const { badge, text } = chosen.u.at(chosen.x, chosen.y);
  if (!badge || !text) return;
  ctx.commit(
    { key: `named:${p.key}`, kind: "named", ids: p.ids, at: host.at, text, badge, marker: { x: spot.x, y: spot.y, cls: host.cls, box: foot }, ...(chosen.leader ? { leader: chosen.leader } : {}) }, // prettier-ignore
    [text.box, badge.box],
  );
}
