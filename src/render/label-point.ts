/**
 * Where to put a region's name inside a frame: the point of the region (a polygon, or what no polygon covers, as
 * the sea) inside the frame that lies farthest from the region's edges and the frame's, found on a grid in a local
 * equirectangular projection. Used for the basemap's country and sea names at each named view (at build time) and
 * for the story's area labels (in the page). Pure and deterministic.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";

export type Frame = readonly [west: number, south: number, east: number, north: number];

export interface LabelPoint {
  readonly at: [number, number];
  /** How far the point is from the nearest edge, as a fraction of the frame's width. */
  readonly clearance: number;
  /** The share of the frame the region covers (0–1). */
  readonly share: number;
}

type Ring = readonly Position[];

/** A name to avoid counts as this fraction of its distance: names keep well clear of towns' names. */
const AVOID_WEIGHT = 0.25;

export function rings(g: Polygon | MultiPolygon): Ring[] {
  return g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
}

export function insideRings(rs: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rs) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Squared distance from (x, y) to the nearest ring edge, in the scaled (cos-latitude) plane. */
export function edgeDistance(rs: readonly Ring[], x: number, y: number, k: number): number {
  let best = Infinity;
  for (const ring of rs) {
    for (let i = 1; i < ring.length; i++) {
      const [ax0, ay] = ring[i - 1] as [number, number];
      const [bx0, by] = ring[i] as [number, number];
      const ax = ax0 * k;
      const bx = bx0 * k;
      const px = x * k;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / len));
      const ex = px - ax - t * dx;
      const ey = y - ay - t * dy;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return best;
}

/**
 * The best label point of `region` inside `frame`: `region` is the land it names, or for `outside: true` what
 * none of `polygons` covers (the sea). Null when the region has no point in the frame.
 */
export function labelPoint(
  frame: Frame,
  polygons: readonly (Polygon | MultiPolygon)[],
  options: { outside?: boolean; grid?: number; avoid?: readonly Position[] } = {},
): LabelPoint | null {
  const [w, s, e, n] = frame;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const grid = options.grid ?? 40;
  const rs = polygons.flatMap(rings);
  // Only the rings that come near the frame matter for distances.
  const near = rs.filter((ring) => ring.some(([x, y]) => (x as number) > w - (e - w) && (x as number) < e + (e - w) && (y as number) > s - (n - s) && (y as number) < n + (n - s))); // prettier-ignore
  let best: LabelPoint | null = null;
  let hits = 0;
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const x = w + ((i + 0.5) / grid) * (e - w);
      const y = s + ((j + 0.5) / grid) * (n - s);
      const inRegion = polygons.some((g) => insideRings(rings(g), x, y)) !== (options.outside === true);
      if (!inRegion) continue;
      hits++;
      const toFrame = Math.min((x - w) * k, (e - x) * k, y - s, n - y);
      // Other names (towns) count as edges: a region's name is not put on top of a town's.
      let toAvoid = Infinity;
      for (const a of options.avoid ?? []) toAvoid = Math.min(toAvoid, AVOID_WEIGHT * Math.hypot(((a[0] as number) - x) * k, (a[1] as number) - y)); // prettier-ignore
      const clearance = Math.min(Math.sqrt(edgeDistance(near, x, y, k)), toFrame, toAvoid) / ((e - w) * k);
      if (!best || clearance > best.clearance) {
        best = { at: [Number(x.toFixed(5)), Number(y.toFixed(5))], clearance, share: 0 };
      }
    }
  }
  return best ? { ...best, share: hits / (grid * grid) } : null;
}

/** The frame grown (positive) or shrunk (negative) by fractions of its size: [top, right, bottom, left]. */
export function insetFrame(frame: Frame, [top, right, bottom, left]: readonly [number, number, number, number]): Frame {
  const [w, s, e, n] = frame;
  const dx = e - w;
  const dy = n - s;
  return [w + dx * left, s + dy * bottom, e - dx * right, n - dy * top];
}

/**
 * A point of the sea next to a small region (a narrow territory seen at a small scale), for a name that does not fit
 * inside it: the sea point nearest `target` whose clearance from every coast is at least `clearance` (a fraction of
 * the frame's width). Null when there is none.
 */
export function offshorePoint(
  frame: Frame,
  land: readonly (Polygon | MultiPolygon)[],
  target: Position,
  clearance: number,
  grid = 48,
): [number, number] | null {
  const [w, s, e, n] = frame;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const rs = land.flatMap(rings);
  let best: [number, number] | null = null;
  let bestD = Infinity;
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const x = w + ((i + 0.5) / grid) * (e - w);
      const y = s + ((j + 0.5) / grid) * (n - s);
      if (insideRings(rs, x, y)) continue;
      const toFrame = Math.min((x - w) * k, (e - x) * k, y - s, n - y);
      const c = Math.min(Math.sqrt(edgeDistance(rs, x, y, k)), toFrame) / ((e - w) * k);
      if (c < clearance) continue;
      const d = Math.hypot((x - (target[0] as number)) * k, y - (target[1] as number));
      if (d < bestD) {
        bestD = d;
        best = [Number(x.toFixed(5)), Number(y.toFixed(5))];
      }
    }
  }
  return best;
}
