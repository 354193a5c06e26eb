/**
 * The camera every renderer shares: a Web Mercator view (MapLibre's 512-pixel world) of a frame in output pixels.
 * The live map's camera, the static SVG map's projection and an export's frame are all one of these, so a place is
 * at the same pixel in each and the layout (render/layout) places names and marks once for all of them. Pure.
 */
import { geoMercator, type GeoProjection } from "d3-geo";
import type { Position } from "geojson";

export interface Camera {
  /** [lon, lat] at the frame's centre. */
  readonly center: readonly [number, number];
  /** MapLibre's zoom: the world is 512 CSS pixels wide at zoom 0. */
  readonly zoom: number;
  /** The frame in output pixels. */
  readonly width: number;
  readonly height: number;
  /** Output pixels per CSS pixel (1 on screen, 3 for A4 at 300 dpi). */
  readonly unit: number;
}

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const TILE = 512;
const EARTH_M = 40_075_016.686;

export const mercatorX = (lon: number): number => (lon + 180) / 360;
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The world's width in output pixels. */
export function worldSize(c: Camera): number {
  return TILE * 2 ** c.zoom * c.unit;
}

export function project(c: Camera, p: Position): [number, number] {
  const w = worldSize(c);
  return [
    (mercatorX(p[0] as number) - mercatorX(c.center[0])) * w + c.width / 2,
    (mercatorY(p[1] as number) - mercatorY(c.center[1])) * w + c.height / 2,
  ];
}

export function unproject(c: Camera, x: number, y: number): [number, number] {
  const w = worldSize(c);
  return [
    lonOf(mercatorX(c.center[0]) + (x - c.width / 2) / w),
    latOf(mercatorY(c.center[1]) + (y - c.height / 2) / w),
  ];
}

/**
 * The camera that fits `bounds` into a frame of this size inside `padding` (CSS pixels), as MapLibre's fitBounds
 * frames it: the bounds' centre at the padded box's centre, never closer than `maxZoom`.
 */
export function fitCamera(
  bounds: readonly number[],
  size: { width: number; height: number; unit: number },
  padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 },
  maxZoom = Infinity,
): Camera {
  const [w, s, e, n] = bounds as [number, number, number, number];
  const u = size.unit;
  const innerW = Math.max(1, size.width - (padding.left + padding.right) * u);
  const innerH = Math.max(1, size.height - (padding.top + padding.bottom) * u);
  const dx = mercatorX(e) - mercatorX(w);
  const dy = mercatorY(s) - mercatorY(n);
  const zoom = Math.min(Math.log2(Math.min(innerW / dx, innerH / dy) / TILE / u), maxZoom);
  const world = TILE * u * 2 ** zoom;
  // The bounds' centre sits at the padded box's centre; the frame's centre is offset from it.
  const cx = (mercatorX(w) + mercatorX(e)) / 2 + ((padding.right - padding.left) * u) / 2 / world;
  const cy = (mercatorY(s) + mercatorY(n)) / 2 + ((padding.bottom - padding.top) * u) / 2 / world;
  return { center: [lonOf(cx), latOf(cy)], zoom, width: size.width, height: size.height, unit: u };
}

/**
 * The camera held inside `bounds` as MapLibre holds its camera inside maxBounds: zoomed in until the bounds fill the
 * frame, and moved until the frame lies within them.
 */
export function constrain(c: Camera, bounds: readonly number[]): Camera {
  const [w, s, e, n] = bounds as [number, number, number, number];
  const x1 = mercatorX(w);
  const x2 = mercatorX(e);
  const y1 = mercatorY(n);
  const y2 = mercatorY(s);
  const world = Math.max(worldSize(c), c.width / (x2 - x1), c.height / (y2 - y1));
  const zoom = Math.log2(world / TILE / c.unit);
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi));
  const cx = clamp(mercatorX(c.center[0]), x1 + c.width / 2 / world, x2 - c.width / 2 / world);
  const cy = clamp(mercatorY(c.center[1]), y1 + c.height / 2 / world, y2 - c.height / 2 / world);
  return { ...c, center: [lonOf(cx), latOf(cy)], zoom };
}

/** The same view in a frame of another size: the centre and the scale kept (more or less map shows around it). */
export function resized(c: Camera, size: { width: number; height: number }): Camera {
  return { ...c, width: size.width, height: size.height };
}

/** [west, south, east, north] of the frame. */
export function boundsOf(c: Camera): [number, number, number, number] {
  const [w, n] = unproject(c, 0, 0);
  const [e, s] = unproject(c, c.width, c.height);
  return [w, s, e, n];
}

/** Ground metres per output pixel at the frame's centre. */
export function metresPerPixel(c: Camera): number {
  return (EARTH_M * Math.cos((c.center[1] * Math.PI) / 180)) / worldSize(c);
}

/** The d3-geo projection of the camera (for paths), clipped to the frame. */
export function d3Projection(c: Camera): GeoProjection {
  return geoMercator()
    .scale(worldSize(c) / (2 * Math.PI))
    .center([c.center[0], c.center[1]])
    .translate([c.width / 2, c.height / 2])
    .clipExtent([
      [0, 0],
      [c.width, c.height],
    ]);
}

/** The camera as text (for a drawing to say what it was laid out for). */
export function cameraKey(c: Camera): string {
  return `${c.center[0].toFixed(6)},${c.center[1].toFixed(6)},${c.zoom.toFixed(4)},${c.width}x${c.height}@${c.unit}`;
}

/** Where the live map holds its camera for a story: the story's extent within the basemap's. */
export function holdBounds(story: readonly number[], basemap: readonly number[]): [number, number, number, number] {
  return [Math.max(story[0] as number, basemap[0] as number), Math.max(story[1] as number, basemap[1] as number), Math.min(story[2] as number, basemap[2] as number), Math.min(story[3] as number, basemap[3] as number)]; // prettier-ignore
}
