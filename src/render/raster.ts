/**
 * The theme's point symbols and hatching as small RGBA bitmaps, for MapLibre's addImage (no sprite server).
 * Drawn from the same data as every vector renderer (theme/shapes.ts, theme/status.ts HATCH). Pure; anti-aliased
 * by 4×4 supersampling.
 */
import { POINT_SHAPES, type PointShapeName, type ShapePart } from "../theme/shapes.ts";

export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly pixelRatio: number;
}

export interface SymbolSpec {
  readonly shape: PointShapeName;
  /** Size in CSS pixels. */
  readonly size: number;
  readonly fill: string;
  /** The halo: the outline's stroke and the colour of "halo" parts. */
  readonly stroke: string;
}

export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`raster: expected #rrggbb, got ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function insidePolygon(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as readonly [number, number];
    const [xj, yj] = points[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function edgeDistance(points: readonly (readonly [number, number])[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [ax, ay] = points[j] as readonly [number, number];
    const [bx, by] = points[i] as readonly [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

/** Inside the part, and how far from its edge (in shape units). */
function hit(part: ShapePart, x: number, y: number): { inside: boolean; edge: number } {
  if (part.kind === "circle") {
    const d = Math.hypot(x, y);
    return { inside: d <= part.r, edge: Math.abs(part.r - d) };
  }
  return { inside: insidePolygon(part.points, x, y), edge: edgeDistance(part.points, x, y) };
}

/**
 * A point symbol as a bitmap of size × pixelRatio pixels. The outline's halo straddles its edge (as an SVG stroke
 * does), so the shape is inset by half the halo to keep it inside the bitmap.
 */
export function rasterizeSymbol(spec: SymbolSpec, pixelRatio = 2, haloWidth = 1.4): RasterImage {
  const side = Math.round(spec.size * pixelRatio);
  const data = new Uint8Array(side * side * 4);
  const fill = parseHex(spec.fill);
  const stroke = parseHex(spec.stroke);
  const parts = POINT_SHAPES[spec.shape];
  const [outline] = parts;
  if (!outline) return { width: side, height: side, data, pixelRatio };
  // Shape units per pixel, and the halo's half-width in shape units.
  const half = side / 2;
  const radius = half - (haloWidth * pixelRatio) / 2;
  const halfHalo = (haloWidth * pixelRatio) / 2 / radius;
  const ss = 4;
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss - half) / radius;
          const y = (py + (sy + 0.5) / ss - half) / radius;
          const o = hit(outline, x, y);
          let rgb: readonly number[] | null = null;
          if (o.edge <= halfHalo) rgb = stroke;
          else if (o.inside) {
            rgb = fill;
            for (const part of parts.slice(1)) if (hit(part, x, y).inside) rgb = part.paint === "halo" ? stroke : fill;
          }
          if (!rgb) continue;
          r += rgb[0] as number;
          g += rgb[1] as number;
          b += rgb[2] as number;
          covered++;
        }
      }
      if (covered === 0) continue;
      const i = (py * side + px) * 4;
      // Colour is the mean of the covered samples, alpha the coverage (not premultiplied).
      data[i] = Math.round(r / covered);
      data[i + 1] = Math.round(g / covered);
      data[i + 2] = Math.round(b / covered);
      data[i + 3] = Math.round((covered / (ss * ss)) * 255);
    }
  }
  return { width: side, height: side, data, pixelRatio };
}

/**
 * One tile of the hatching (render/marks/hatch.ts's lines x + y = k · period) in `color` on transparent: the
 * tile is one period square, so it repeats seamlessly.
 */
export function rasterizeHatch(color: string, period: number, lineWidth: number, pixelRatio = 2): RasterImage {
  const rgb = parseHex(color);
  const side = Math.round(period * pixelRatio);
  const data = new Uint8Array(side * side * 4);
  const half = (lineWidth * pixelRatio) / 2;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      // Distance across the lines, wrapping at the tile's edge.
      const t = (x + y + 1) % side;
      const d = Math.min(t, side - t) / Math.SQRT2;
      const alpha = Math.max(0, Math.min(1, half + 0.5 - d));
      if (alpha === 0) continue;
      const i = (y * side + x) * 4;
      data[i] = rgb[0];
      data[i + 1] = rgb[1];
      data[i + 2] = rgb[2];
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: side, height: side, data, pixelRatio };
}
