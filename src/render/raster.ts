/**
 * The theme's hatching as a small RGBA bitmap, for MapLibre's addImage (no sprite server): the live map's fill
 * pattern of approximate areas, drawn from the same data as every vector renderer (theme/status.ts HATCH). Pure.
 */

export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly pixelRatio: number;
}

export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`raster: expected #rrggbb, got ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
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
