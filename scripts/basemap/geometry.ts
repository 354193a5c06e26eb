/**
 * Pure geometry steps of the basemap build: clip to the crop box, drop tiling artefacts,
 * repair a broken shared edge, and round coordinates. GeoJSON in, GeoJSON out; no I/O.
 */
import bboxClip from "@turf/bbox-clip";
import type { BBox, Polygon, MultiPolygon, Position } from "geojson";
import { insideRings } from "../../src/render/label-point.ts";

export { simplifyLine } from "../../src/model/simplify.ts";

export type Ring = Position[];
export type PolygonRings = Ring[];

/** Signed planar area of a closed ring in square degrees (positive when counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function ringBBox(ring: Ring): BBox {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring as [number, number][]) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

export function polygonsOf(geometry: Polygon | MultiPolygon): PolygonRings[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** A ring is usable when it still encloses an area after clipping. */
function isRealRing(ring: Ring): boolean {
  return ring.length >= 4 && Math.abs(ringArea(ring)) > 1e-12;
}

/**
 * Clips polygons to a box. Rings that vanish are dropped; a polygon whose outer ring vanishes is dropped whole.
 * Edges along the box are an artefact of the crop: callers must never stroke polygon outlines.
 */
export function clipPolygons(polygons: PolygonRings[], box: BBox): PolygonRings[] {
  const out: PolygonRings[] = [];
  for (const rings of polygons) {
    const outer = rings[0];
    if (!outer || !bboxIntersects(ringBBox(outer), box)) continue;
    const clipped = bboxClip({ type: "Polygon", coordinates: rings }, box).geometry;
    if (clipped.type !== "Polygon" && clipped.type !== "MultiPolygon") continue;
    for (const poly of polygonsOf(clipped)) {
      const [shell, ...holes] = poly;
      if (!shell || !isRealRing(shell)) continue;
      out.push([shell, ...holes.filter(isRealRing)]);
    }
  }
  return out;
}

export interface HoleReport {
  removed: number;
  kept: number;
  largestRemovedDeg2: number;
}

/** Removes holes smaller than `maxArtefactDeg2` (tiling artefacts of the source file). */
export function dropSmallHoles(
  polygons: PolygonRings[],
  maxArtefactDeg2: number,
): { polygons: PolygonRings[]; report: HoleReport } {
  const report: HoleReport = { removed: 0, kept: 0, largestRemovedDeg2: 0 };
  const cleaned = polygons.map(([shell, ...holes]) => {
    const kept = holes.filter((hole) => {
      const area = Math.abs(ringArea(hole));
      if (area < maxArtefactDeg2) {
        report.removed++;
        report.largestRemovedDeg2 = Math.max(report.largestRemovedDeg2, area);
        return false;
      }
      report.kept++;
      return true;
    });
    return [shell as Ring, ...kept];
  });
  return { polygons: cleaned, report };
}

function near(a: Position, b: Position, tolerance: number): boolean {
  return (
    Math.abs((a[0] as number) - (b[0] as number)) <= tolerance &&
    Math.abs((a[1] as number) - (b[1] as number)) <= tolerance
  );
}

/**
 * Replaces the path between two vertices of a closed ring by the straight segment joining them.
 * Used where two neighbours' shared edge diverges into tiling notches between two common vertices.
 * Throws when either vertex is missing or when the path between them is long (the source has changed).
 */
export function straightenBetween(
  ring: Ring,
  from: Position,
  to: Position,
  maxRemoved: number,
  tolerance = 1e-5,
): Ring {
  const open = ring.slice(0, -1);
  const i = open.findIndex((p) => near(p, from, tolerance));
  const j = open.findIndex((p) => near(p, to, tolerance));
  if (i < 0 || j < 0) throw new Error(`straightenBetween: vertex ${i < 0 ? from.join(",") : to.join(",")} not found`);
  const n = open.length;
  const forward = (j - i + n) % n; // steps from i to j going forward
  const backward = (i - j + n) % n;
  const [start, steps] = forward <= backward ? [i, forward] : [j, backward];
  const removed = steps - 1;
  if (removed > maxRemoved) throw new Error(`straightenBetween: would remove ${removed} vertices (max ${maxRemoved})`);
  const drop = new Set<number>();
  for (let k = 1; k < steps; k++) drop.add((start + k) % n);
  const kept = open.filter((_, index) => !drop.has(index));
  return [...kept, kept[0] as Position];
}

export function roundPosition(p: Position, digits: number): Position {
  const f = 10 ** digits;
  return [Math.round((p[0] as number) * f) / f, Math.round((p[1] as number) * f) / f];
}

/** Rounds coordinates and removes consecutive duplicates created by rounding. */
export function roundLine(line: Position[], digits: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const r = roundPosition(p, digits);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindRfc7946(rings: PolygonRings): PolygonRings {
  return rings.map((ring, index) => {
    const ccw = ringArea(ring) > 0;
    const wantCcw = index === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

/** Even-odd point-in-polygon test on planar coordinates (holes included). */
export function pointInPolygon(point: Position, rings: PolygonRings): boolean {
  const [x, y] = point as [number, number];
  return insideRings(rings, x, y);
}

/** Planar distance in degrees from a point to a polygon's boundary. */
export function distanceToBoundary(point: Position, rings: PolygonRings): number {
  const [px, py] = point as [number, number];
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
    }
  }
  return best;
}

/**
 * Splits lines into the runs of consecutive vertices that lie inside, or within `maxDistance` degrees of, any of
 * `polygons`. Used to recover a border where the source's two polygons overlap or leave a sliver instead of
 * sharing an edge: the outline of one side, where it lies against the other side, is the border. Points for which
 * `exclude` is true (on the crop box) break runs.
 */
export function runsAgainst(
  lines: Position[][],
  polygons: PolygonRings[],
  maxDistance: number,
  exclude: (p: Position) => boolean = () => false,
): Position[][] {
  const against = (p: Position) =>
    !exclude(p) && polygons.some((rings) => pointInPolygon(p, rings) || distanceToBoundary(p, rings) <= maxDistance);
  const runs: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (const p of line) {
      if (against(p)) run.push(p);
      else {
        if (run.length >= 2) runs.push(run);
        run = [];
      }
    }
    if (run.length >= 2) runs.push(run);
  }
  return runs;
}

const samePoint = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** Joins lines that meet end to end (in either direction) into the fewest lines; deterministic. */
export function mergeLines(input: Position[][]): Position[][] {
  const pool = input.map((l) => [...l]);
  const out: Position[][] = [];
  while (pool.length > 0) {
    let line = pool.shift() as Position[];
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < pool.length; i++) {
        const other = pool[i] as Position[];
        const head = line[0];
        const tail = line[line.length - 1];
        if (samePoint(tail, other[0])) line = [...line, ...other.slice(1)];
        else if (samePoint(tail, other[other.length - 1])) line = [...line, ...[...other].reverse().slice(1)];
        else if (samePoint(head, other[other.length - 1])) line = [...other, ...line.slice(1)];
        else if (samePoint(head, other[0])) line = [...[...other].reverse(), ...line.slice(1)];
        else continue;
        pool.splice(i, 1);
        grew = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

/** True for a point on the edge of the box (where clipping made straight, artificial edges). */
export function onBoxEdge(p: Position, box: BBox, tolerance = 1e-7): boolean {
  const [x, y] = p as [number, number];
  return (
    Math.abs(x - box[0]) < tolerance ||
    Math.abs(y - box[1]) < tolerance ||
    Math.abs(x - box[2]) < tolerance ||
    Math.abs(y - box[3]) < tolerance
  );
}

/**
 * Removes the segments that run along the box (both ends on its edge), splitting the lines there. Clipping can
 * leave such degenerate edges in two neighbours at once, which would otherwise read as a shared border.
 */
export function dropBoxEdgeSegments(lines: Position[][], box: BBox): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i] as Position;
      const prev = line[i - 1];
      if (prev && onBoxEdge(prev, box) && onBoxEdge(p, box)) {
        if (run.length >= 2) out.push(run);
        run = [];
      }
      run.push(p);
    }
    if (run.length >= 2) out.push(run);
  }
  return out;
}
