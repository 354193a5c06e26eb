/**
 * The theme's point symbols and hatching as small RGBA bitmaps, for MapLibre's addImage (no sprite server).
 * Drawn from the same data as every vector renderer (theme/shapes.ts, theme/status.ts HATCH). Pure; anti-aliased
 * by 4×4 supersampling.
 */
import { POINT_SHAPES, type PointShapeName, type ShapePart } from "../theme/shapes.ts";
import { STATUS_SYMBOLS } from "../theme/status.ts";
import { STACK, type StackLayout } from "./marks/stack.ts";

/** A stack's cell whose statement lies outside the reader's time range (the stackMarks colour). */
const DIMMED = "#d4d4d4";

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

/** The colour of a point in pixel coordinates, or null where nothing is drawn. */
type Sampler = (x: number, y: number) => readonly number[] | null;

/**
 * A bitmap of `width` × `height` pixels, each sampled 4 × 4 times: colour is the mean of the covered samples, alpha
 * the coverage (not premultiplied).
 */
function supersample(width: number, height: number, pixelRatio: number, sample: Sampler): RasterImage {
  const data = new Uint8Array(width * height * 4);
  const ss = 4;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const rgb = sample(px + (sx + 0.5) / ss, py + (sy + 0.5) / ss);
          if (!rgb) continue;
          r += rgb[0] as number;
          g += rgb[1] as number;
          b += rgb[2] as number;
          covered++;
        }
      }
      if (covered === 0) continue;
      const i = (py * width + px) * 4;
      data[i] = Math.round(r / covered);
      data[i + 1] = Math.round(g / covered);
      data[i + 2] = Math.round(b / covered);
      data[i + 3] = Math.round((covered / (ss * ss)) * 255);
    }
  }
  return { width, height, data, pixelRatio };
}

/**
 * A point symbol as a bitmap of size × pixelRatio pixels. The outline's halo straddles its edge (as an SVG stroke
 * does), so the shape is inset by half the halo to keep it inside the bitmap.
 */
export function rasterizeSymbol(spec: SymbolSpec, pixelRatio = 2, haloWidth = 1.4): RasterImage {
  const side = Math.round(spec.size * pixelRatio);
  const fill = parseHex(spec.fill);
  const stroke = parseHex(spec.stroke);
  const parts = POINT_SHAPES[spec.shape];
  const [outline] = parts;
  if (!outline) return { width: side, height: side, data: new Uint8Array(side * side * 4), pixelRatio };
  // Shape units per pixel, and the halo's half-width in shape units.
  const half = side / 2;
  const radius = half - (haloWidth * pixelRatio) / 2;
  const halfHalo = (haloWidth * pixelRatio) / 2 / radius;
  return supersample(side, side, pixelRatio, (px, py) => {
    const x = (px - half) / radius;
    const y = (py - half) / radius;
    const o = hit(outline, x, y);
    if (o.edge <= halfHalo) return stroke;
    if (!o.inside) return null;
    let rgb: readonly number[] = fill;
    for (const part of parts.slice(1)) if (hit(part, x, y).inside) rgb = part.paint === "halo" ? stroke : fill;
    return rgb;
  });
}

/**
 * One tile of the hatching (render/marks/hatch.ts's lines x + y = k · period) on transparent, the lines taking the
 * colours in turn (several statements about one area show each status's colour): the tile is one period per colour
 * square, so it repeats seamlessly.
 */
export function rasterizeHatch(
  colors: string | readonly string[],
  period: number,
  lineWidth: number,
  pixelRatio = 2,
): RasterImage {
  const rgbs = (typeof colors === "string" ? [colors] : colors).map(parseHex);
  const n = rgbs.length;
  const step = Math.round(period * pixelRatio);
  const side = step * n;
  const data = new Uint8Array(side * side * 4);
  const half = (lineWidth * pixelRatio) / 2;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      // The nearest line and the distance across to it, wrapping at the tile's edge.
      const t = (x + y + 1) % side;
      const k = Math.round(t / step) % n;
      const off = t - Math.round(t / step) * step;
      const d = Math.abs(off) / Math.SQRT2;
      const alpha = Math.max(0, Math.min(1, half + 0.5 - d));
      if (alpha === 0) continue;
      const rgb = rgbs[k] as [number, number, number];
      const i = (y * side + x) * 4;
      data[i] = rgb[0];
      data[i + 1] = rgb[1];
      data[i + 2] = rgb[2];
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: side, height: side, data, pixelRatio };
}

/** A stack (render/marks/stack.ts's layout) as a bitmap: badge, status symbols, stem and dot. */
export function rasterizeStack(layout: StackLayout, pixelRatio = 2): RasterImage {
  const width = Math.ceil(layout.width * pixelRatio);
  const height = Math.ceil(layout.height * pixelRatio);
  const ink = parseHex(STACK.ink);
  const paper = parseHex(STACK.paper);
  const { badge } = layout;
  const sample: Sampler = (x, y) => {
    for (const c of layout.cells) {
      const parts = POINT_SHAPES[STATUS_SYMBOLS[c.status].shape];
      const sx = (x - c.cx) / STACK.symbol;
      const sy = (y - c.cy) / STACK.symbol;
      const [outline] = parts;
      if (!outline) continue;
      const o = hit(outline, sx, sy);
      if (o.edge <= 0.5 / STACK.symbol) return paper;
      if (o.inside) {
        let rgb: readonly number[] = parseHex(c.dimmed ? DIMMED : STATUS_SYMBOLS[c.status].color);
        for (const part of parts.slice(1)) if (hit(part, sx, sy).inside) rgb = part.paint === "halo" ? paper : rgb;
        return rgb;
      }
    }
    const inBadge =
      x >= badge.x - 0.5 && x <= badge.x + badge.w + 0.5 && y >= badge.y - 0.5 && y <= badge.y + badge.h + 0.5;
    if (inBadge) {
      const edge = Math.min(x - badge.x, badge.x + badge.w - x, y - badge.y, badge.y + badge.h - y);
      return Math.abs(edge) <= 0.5 ? ink : paper;
    }
    if (layout.dot && Math.hypot(x - layout.dot.cx, y - layout.dot.cy) <= layout.dot.r + 0.5) {
      return Math.hypot(x - layout.dot.cx, y - layout.dot.cy) <= layout.dot.r - 0.5 ? ink : paper;
    }
    if (layout.stem && Math.abs(x - layout.stem.x) <= 0.75 && y >= layout.stem.y0 && y <= layout.stem.y1) return ink;
    return null;
  };
  return supersample(width, height, pixelRatio, (px, py) => sample(px / pixelRatio, py / pixelRatio));
}
