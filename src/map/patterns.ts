/** Hatch patterns for approximate areas, drawn in code as RGBA bitmaps for MapLibre's addImage. Pure. */

export interface PatternImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly pixelRatio: number;
}

/** Diagonal lines (bottom-left to top-right) of `color` on transparent, `spacing` CSS pixels apart. */
export function drawHatch(color: string, spacing = 8, lineWidth = 1.5, pixelRatio = 2): PatternImage {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m?.[1]) throw new Error(`patterns: expected #rrggbb, got ${color}`);
  const n = parseInt(m[1], 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
  const side = Math.round(spacing * pixelRatio);
  const data = new Uint8Array(side * side * 4);
  const half = (lineWidth * pixelRatio) / 2;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      // Distance across the stripes, wrapping so that the pattern tiles seamlessly.
      const t = (x + y + 0.5) % side;
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
