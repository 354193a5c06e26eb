/**
 * Which land or water each part of the frame shows, as a raster of small cells: the layout asks whether a name's
 * box lies wholly inside its own land (or its own sea), and how far a point is from the region's edge. Lands are
 * polygons projected by the camera and filled row by row (even-odd); water is what no land covers, split into its
 * connected bodies (the Mediterranean, a gulf, a lake). Summed-area tables answer "is this box all region r" at
 * once; a chamfer distance transform gives the clearance. Pure.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";
import { project, type Camera } from "./camera.ts";
import type { Rect } from "./boxes.ts";

import { chamferDistance } from "./chamfer.ts";
export { take } from "./boxes.ts";

export interface Land {
  readonly id: string;
  readonly geometry: Polygon | MultiPolygon;
}

const rings = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === "Polygon" ? g.coordinates : g.coordinates.flat();

export class Regions {
  readonly cols: number;
  readonly rows: number;
  /** Region code per cell: 1 + index of the land, or a water body's code (above the lands'), 0 off the basemap. */
  private readonly codes: Int32Array;
  private readonly sats = new Map<number, Int32Array>();
  private readonly distances = new Map<number, Float32Array>();
  readonly landIds: readonly string[];
  private waterCount = 0;

  constructor(
    private readonly camera: Camera,
    lands: readonly Land[],
    /** The cell's size in output pixels. */
    readonly cell: number,
    /** The basemap's extent (beyond it nothing is drawn: neither land nor water). */
    extent: readonly number[],
    /** Whether what no land covers is split into bodies of water (the basemap's raster; a story area's needs not). */
    water = true,
  ) {
    this.cols = Math.ceil(camera.width / cell);
    this.rows = Math.ceil(camera.height / cell);
    this.codes = new Int32Array(this.cols * this.rows);
    this.landIds = lands.map((l) => l.id);
    const [w, s, e, n] = extent as [number, number, number, number];
    const [ex0, ey0] = project(camera, [w, n]);
    const [ex1, ey1] = project(camera, [e, s]);
    for (let r = 0; r < this.rows; r++) {
      const y = (r + 0.5) * cell;
      for (let c = 0; c < this.cols; c++) {
        const x = (c + 0.5) * cell;
        this.codes[r * this.cols + c] = x < ex0 || x > ex1 || y < ey0 || y > ey1 ? 0 : -1;
      }
    }
    lands.forEach((land, i) => {
      this.fill(
        rings(land.geometry).map((ring) => ring.map((p) => project(camera, p))),
        i + 1,
      );
    });
    if (water) this.splitWater();
  }

  /** Fills a polygon's cells (cell centres inside its rings, even-odd) with `code`: each edge only visits its rows. */
  private fill(projected: [number, number][][], code: number): void {
    const { cell, cols, rows } = this;
    const crossings: number[][] = [];
    for (const ring of projected) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi === yj) continue;
        // Rows whose centre line (r + 0.5) * cell lies in [min(yi, yj), max(yi, yj)).
        const lo = Math.max(0, Math.ceil(Math.min(yi, yj) / cell - 0.5));
        const hi = Math.min(rows - 1, Math.ceil(Math.max(yi, yj) / cell - 0.5) - 1);
        for (let r = lo; r <= hi; r++) {
          const y = (r + 0.5) * cell;
          if (yi > y === yj > y) continue;
          (crossings[r] ??= []).push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
        }
      }
    }
    crossings.forEach((xs, r) => {
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((xs[k] as number) / cell - 0.5));
        const c1 = Math.min(cols - 1, Math.floor((xs[k + 1] as number) / cell - 0.5));
        for (let c = c0; c <= c1; c++) if (this.codes[r * cols + c] !== 0) this.codes[r * cols + c] = code;
      }
    });
  }

  /** Cells no land covers become water bodies, each connected body with its own code. */
  private splitWater(): void {
    const { cols, rows, codes } = this;
    let next = this.landIds.length + 1;
    const stack: number[] = [];
    for (let start = 0; start < codes.length; start++) {
      if (codes[start] !== -1) continue;
      codes[start] = next;
      stack.push(start);
      while (stack.length > 0) {
        const i = stack.pop() as number;
        const r = Math.floor(i / cols);
        const c = i % cols;
        for (const [dr, dc] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
          const j = rr * cols + cc;
          if (codes[j] === -1) {
            codes[j] = next;
            stack.push(j);
          }
        }
      }
      next++;
    }
    this.waterCount = next - this.landIds.length - 1;
  }

  /** The code of a land by id (0 when the frame has none of it). */
  land(id: string): number {
    const i = this.landIds.indexOf(id);
    return i < 0 ? 0 : i + 1;
  }

  /** The code of the water body at a position (0 when it is land or off the frame). */
  waterAt(p: Position): number {
    const [x, y] = project(this.camera, p);
    const code = this.codeAt(x, y);
    return code > this.landIds.length ? code : 0;
  }

  get waterBodies(): number {
    return this.waterCount;
  }

  codeAt(x: number, y: number): number {
    const c = Math.floor(x / this.cell);
    const r = Math.floor(y / this.cell);
    if (c < 0 || r < 0 || c >= this.cols || r >= this.rows) return 0;
    return this.codes[r * this.cols + c] as number;
  }

  private sat(code: number): Int32Array {
    let t = this.sats.get(code);
    if (t) return t;
    const { cols, rows } = this;
    t = new Int32Array((cols + 1) * (rows + 1));
    for (let r = 0; r < rows; r++) {
      let run = 0;
      for (let c = 0; c < cols; c++) {
        run += this.codes[r * cols + c] === code ? 1 : 0;
        t[(r + 1) * (cols + 1) + c + 1] = (t[r * (cols + 1) + c + 1] as number) + run;
      }
    }
    this.sats.set(code, t);
    return t;
  }

  /** Is every cell the box touches, grown by `margin` cells, of region `code`? */
  covers(code: number, box: Rect, margin = 1): boolean {
    if (code <= 0) return false;
    const c0 = Math.floor(box.x0 / this.cell) - margin;
    const c1 = Math.floor(box.x1 / this.cell) + margin;
    const r0 = Math.floor(box.y0 / this.cell) - margin;
    const r1 = Math.floor(box.y1 / this.cell) + margin;
    if (c0 < 0 || r0 < 0 || c1 >= this.cols || r1 >= this.rows) return false;
    const t = this.sat(code);
    const w = this.cols + 1;
    const sum = (t[(r1 + 1) * w + c1 + 1] as number) - (t[r0 * w + c1 + 1] as number) - (t[(r1 + 1) * w + c0] as number) + (t[r0 * w + c0] as number); // prettier-ignore
    return sum === (c1 - c0 + 1) * (r1 - r0 + 1);
  }

  /** Does the box touch any cell of region `code`? */
  touches(code: number, box: Rect): boolean {
    const c0 = Math.max(0, Math.floor(box.x0 / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor(box.x1 / this.cell));
    const r0 = Math.max(0, Math.floor(box.y0 / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor(box.y1 / this.cell));
    if (c0 > c1 || r0 > r1) return false;
    const t = this.sat(code);
    const w = this.cols + 1;
    return (t[(r1 + 1) * w + c1 + 1] as number) - (t[r0 * w + c1 + 1] as number) - (t[(r1 + 1) * w + c0] as number) + (t[r0 * w + c0] as number) > 0; // prettier-ignore
  }

  /** The region codes under a box. */
  codesIn(box: Rect): Set<number> {
    const out = new Set<number>();
    const c0 = Math.max(0, Math.floor(box.x0 / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor(box.x1 / this.cell));
    const r0 = Math.max(0, Math.floor(box.y0 / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor(box.y1 / this.cell));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.add(this.codes[r * this.cols + c] as number);
    return out;
  }

  /** Is the code a body of water's? */
  isWater(code: number): boolean {
    return code > this.landIds.length;
  }

  /**
   * The basemap region codes a raster's region `code` lies over (with `other` the basemap's raster): those under at
   * least `share` of its cells (a band along a border grazes the neighbour's cells; it does not lie in its land).
   */
  landsUnder(code: number, other: Regions, share = 0.1): Set<number> {
    const counts = new Map<number, number>();
    let all = 0;
    for (let i = 0; i < this.codes.length; i++) {
      if (this.codes[i] !== code) continue;
      const under = other.codes[i] as number;
      counts.set(under, (counts.get(under) ?? 0) + 1);
      all++;
    }
    return new Set([...counts].filter(([, n]) => n >= share * all).map(([c]) => c));
  }

  /** The box (in pixels) of the cells of region `code`, or null when the frame has none. */
  extentOf(code: number): Rect | null {
    let [c0, r0, c1, r1] = [Infinity, Infinity, -1, -1];
    for (let i = 0; i < this.codes.length; i++) {
      if (this.codes[i] !== code) continue;
      const r = Math.floor(i / this.cols);
      const c = i - r * this.cols;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
    }
    return c1 < 0 ? null : { x0: c0 * this.cell, y0: r0 * this.cell, x1: (c1 + 1) * this.cell, y1: (r1 + 1) * this.cell }; // prettier-ignore
  }

  /** How many cells of region `code` the frame has. */
  count(code: number): number {
    const t = this.sat(code);
    return t[t.length - 1] as number;
  }

  /** Distance (in cells) from each cell of region `code` to the nearest cell of another region. */
  distance(code: number): Float32Array {
    let d = this.distances.get(code);
    if (!d) this.distances.set(code, (d = chamferDistance(this.codes, this.cols, this.rows, code)));
    return d;
  }

  /**
   * The cells of region `code`, farthest from the region's edge first: each cell's centre and that distance (px).
   * Lazy (most callers take the first few): the cells are bucketed by distance, not sorted.
   */
  *cellsOf(code: number): Generator<{ x: number; y: number; clearance: number }> {
    const d = this.distance(code);
    const buckets = new Map<number, number[]>();
    let top = 0;
    for (let i = 0; i < d.length; i++) {
      const v = d[i] as number;
      if (v <= 0) continue;
      const k = Math.round(v * 3);
      top = Math.max(top, k);
      const b = buckets.get(k);
      if (b) b.push(i);
      else buckets.set(k, [i]);
    }
    for (let k = top; k > 0; k--) {
      for (const i of buckets.get(k) ?? []) {
        const r = Math.floor(i / this.cols);
        const c = i - r * this.cols;
        yield { x: (c + 0.5) * this.cell, y: (r + 0.5) * this.cell, clearance: (k / 3) * this.cell };
      }
    }
  }
}
