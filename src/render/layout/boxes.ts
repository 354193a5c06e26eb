/** Boxes on a frame and what is already placed there: the layout's collision index (a grid of buckets). Pure. */

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export const overlaps = (a: Rect, b: Rect, gap = 0): boolean =>
  a.x0 < b.x1 + gap && a.x1 + gap > b.x0 && a.y0 < b.y1 + gap && a.y1 + gap > b.y0;

export const grow = (r: Rect, d: number): Rect => ({ x0: r.x0 - d, y0: r.y0 - d, x1: r.x1 + d, y1: r.y1 + d });

export const union = (a: Rect, b: Rect): Rect => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

export const rectAt = (x: number, y: number, w: number, h: number): Rect => ({ x0: x, y0: y, x1: x + w, y1: y + h });

/** Does the segment cross the box? (Liang–Barsky clipping.) */
export function segmentHits(x1: number, y1: number, x2: number, y2: number, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [[-dx, x1 - r.x0], [dx, r.x1 - x1], [-dy, y1 - r.y0], [dy, r.y1 - y1]]; // prettier-ignore
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const CELL = 64;

/** What is placed on the frame, with the room kept clear (controls, the key) and the frame's edges. */
export class Occupancy {
  private readonly buckets = new Map<number, Rect[]>();
  private readonly all: Rect[] = [];
  private readonly segments: [number, number, number, number][] = [];

  constructor(
    readonly width: number,
    readonly height: number,
    /** Nothing closer than this to the frame's edge. */
    private readonly edge: number,
    /** Room around every box (output pixels). */
    readonly gap: number,
  ) {}

  inFrame(r: Rect): boolean {
    return r.x0 >= this.edge && r.y0 >= this.edge && r.x1 <= this.width - this.edge && r.y1 <= this.height - this.edge;
  }

  private keys(r: Rect): number[] {
    const out: number[] = [];
    const cx0 = Math.floor(r.x0 / CELL);
    const cx1 = Math.floor(r.x1 / CELL);
    const cy0 = Math.floor(r.y0 / CELL);
    const cy1 = Math.floor(r.y1 / CELL);
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) out.push(cx * 100_003 + cy);
    return out;
  }

  /** Nothing placed under the box (with the gap), and no leader line through it. */
  free(r: Rect, gap = this.gap): boolean {
    const g: Rect = { x0: r.x0 - gap, y0: r.y0 - gap, x1: r.x1 + gap, y1: r.y1 + gap };
    for (const k of this.keys(g)) for (const o of this.buckets.get(k) ?? []) if (overlaps(g, o)) return false;
    return !this.segments.some(([x1, y1, x2, y2]) => segmentHits(x1, y1, x2, y2, r));
  }

  /** A free box inside the frame. */
  fits(r: Rect, gap = this.gap): boolean {
    return this.inFrame(r) && this.free(r, gap);
  }

  add(r: Rect): void {
    this.all.push(r);
    for (const k of this.keys(r)) {
      const list = this.buckets.get(k);
      if (list) list.push(r);
      else this.buckets.set(k, [r]);
    }
  }

  /** A leader line no later box may cover; it must not cross boxes placed already. */
  lineIsClear(x1: number, y1: number, x2: number, y2: number, except: readonly Rect[] = []): boolean {
    return !this.all.some((o) => !except.includes(o) && segmentHits(x1, y1, x2, y2, grow(o, -1)));
  }

  addLine(x1: number, y1: number, x2: number, y2: number): void {
    this.segments.push([x1, y1, x2, y2]);
  }

  get boxes(): readonly Rect[] {
    return this.all;
  }
}

/** The first `n` of an iteration. */
export function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const item of items) {
    out.push(item);
    if (out.length >= n) break;
  }
  return out;
}
