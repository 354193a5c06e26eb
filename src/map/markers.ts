/**
 * Point symbols drawn in code (no sprite server): small RGBA bitmaps for MapLibre's addImage.
 * Pure functions; anti-aliased by 4×4 supersampling.
 */

export type MarkerShape = "circle" | "ring-dot" | "diamond" | "square" | "triangle" | "cross";

export interface MarkerSpec {
  readonly shape: MarkerShape;
  /** Size in CSS pixels. */
  readonly size: number;
  readonly fill: string;
  readonly stroke: string;
}

export interface MarkerImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly pixelRatio: number;
}

function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`markers: expected #rrggbb, got ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 0 outside, 1 stroke, 2 fill for a point in shape space (-1..1 covers the symbol). */
function classify(shape: MarkerShape, x: number, y: number, strokeWidth: number): 0 | 1 | 2 {
  if (shape === "cross") {
    // An X: two bars of half-width 0.28 along the diagonals, stroked.
    const bar = Math.min(Math.abs(x - y), Math.abs(x + y)) / Math.SQRT2;
    if (Math.max(Math.abs(x), Math.abs(y)) > 0.92 || bar > 0.3) return 0;
    return bar > 0.3 - strokeWidth * 0.6 ? 1 : 2;
  }
  if (shape === "triangle") {
    // Apex up (image y grows downwards): apex at y = -0.9, base at y = 0.8.
    const halfWidth = ((y + 0.9) / 1.7) * 0.98;
    if (y > 0.8 || y < -0.9 || Math.abs(x) > halfWidth) return 0;
    return 0.8 - y < strokeWidth || halfWidth - Math.abs(x) < strokeWidth * 1.1 ? 1 : 2;
  }
  const r =
    shape === "diamond"
      ? Math.abs(x) + Math.abs(y)
      : shape === "square"
        ? Math.max(Math.abs(x), Math.abs(y))
        : Math.hypot(x, y);
  if (r > 1) return 0;
  if (r > 1 - strokeWidth) return 1;
  if (shape === "ring-dot") {
    // A dot inside a ring: fill, a stroke-coloured gap, and the outer ring.
    if (r > 0.72) return 2;
    if (r > 0.45) return 1;
  }
  return 2;
}

export function drawMarker(spec: MarkerSpec, pixelRatio = 2): MarkerImage {
  const side = Math.round(spec.size * pixelRatio);
  const data = new Uint8Array(side * side * 4);
  const fill = parseHex(spec.fill);
  const stroke = parseHex(spec.stroke);
  const strokeWidth = Math.min(0.5, (1.4 * pixelRatio) / (side / 2));
  const ss = 4;
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / side) * 2 - 1;
          const y = ((py + (sy + 0.5) / ss) / side) * 2 - 1;
          const c = classify(spec.shape, x, y, strokeWidth);
          if (c === 0) continue;
          const rgb = c === 2 ? fill : stroke;
          acc[0] = (acc[0] as number) + rgb[0];
          acc[1] = (acc[1] as number) + rgb[1];
          acc[2] = (acc[2] as number) + rgb[2];
          acc[3] = (acc[3] as number) + 1;
        }
      }
      const covered = acc[3] as number;
      const i = (py * side + px) * 4;
      if (covered === 0) continue;
      // Premultiplied-free RGBA: colour is the mean of covered samples, alpha the coverage.
      data[i] = Math.round((acc[0] as number) / covered);
      data[i + 1] = Math.round((acc[1] as number) / covered);
      data[i + 2] = Math.round((acc[2] as number) / covered);
      data[i + 3] = Math.round((covered / (ss * ss)) * 255);
    }
  }
  return { width: side, height: side, data, pixelRatio };
}
