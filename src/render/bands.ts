/**
 * Zoom bands: the basemap's named views (data/views.json), each shown from the zoom halfway to the next smaller view
 * to the zoom halfway to the next larger one, for a map of a given size. Labels placed for a view (country and sea
 * names, the story's area labels) show in its band, so every scale has its own, and the live map and the static map
 * pick the same ones. Pure (Web Mercator arithmetic, MapLibre's 512-pixel world).
 */
import type { BBox } from "../model/views.ts";

export interface Band {
  readonly id: string;
  readonly bounds: BBox | readonly number[];
}

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const mercatorY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/** The zoom at which `bounds` fit a map of this size inside the padding (as MapLibre's fitBounds). */
export function zoomForBounds(
  bounds: BBox | readonly number[],
  width: number,
  height: number,
  padding: Padding,
): number {
  const [w, s, e, n] = bounds as [number, number, number, number];
  const dx = (e - w) / 360;
  const dy = mercatorY(s) - mercatorY(n);
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  return Math.log2(Math.min(innerW / (dx * 512), innerH / (dy * 512)));
}

/** Each band's [minzoom, maxzoom) for a map of this size. */
export function bandRanges(
  bands: readonly Band[],
  width: number,
  height: number,
  padding: Padding,
): Map<string, [number, number]> {
  const zooms = bands
    .map((b) => ({ id: b.id, z: zoomForBounds(b.bounds, width, height, padding) }))
    .sort((a, b) => a.z - b.z);
  const out = new Map<string, [number, number]>();
  zooms.forEach((b, i) => {
    const lower = zooms[i - 1];
    const upper = zooms[i + 1];
    out.set(b.id, [lower ? (lower.z + b.z) / 2 : 0, upper ? (upper.z + b.z) / 2 : 24]);
  });
  return out;
}

/** The band a zoom falls in. */
export function bandAt(zoom: number, ranges: ReadonlyMap<string, [number, number]>): string | null {
  for (const [id, [lo, hi]] of ranges) if (zoom >= lo && zoom < hi) return id;
  return null;
}
