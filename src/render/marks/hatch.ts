/**
 * The hatching of approximate areas (theme/status.ts HATCH) as line segments: lines x + y = k · period, in
 * absolute coordinates so that neighbouring boxes and tiles line up. The legend swatches, the SVG map's pattern
 * tile and the live map's pattern bitmap (render/raster.ts) all draw these lines. Pure.
 */

export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

/** The hatch lines crossing the box, clipped to it (box grown by `overhang` so line ends are not cut short). */
export function hatchSegments(x: number, y: number, w: number, h: number, period: number, overhang = 0): Segment[] {
  const x0 = x - overhang;
  const y0 = y - overhang;
  const x1 = x + w + overhang;
  const y1 = y + h + overhang;
  const out: Segment[] = [];
  for (let k = Math.ceil((x0 + y0) / period); k * period <= x1 + y1; k++) {
    const c = k * period;
    // x + y = c inside [x0, x1] × [y0, y1]: from its lowest x (largest y) to its largest x (lowest y).
    const ax = Math.max(x0, c - y1);
    const bx = Math.min(x1, c - y0);
    if (bx - ax <= 1e-9) continue;
    out.push([ax, c - ax, bx, c - bx]);
  }
  return out;
}
