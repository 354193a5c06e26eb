/** Spherical helpers: distance, initial bearing, compass words, and the polygon winding d3-geo expects. Pure. */
import type { MultiPolygon, Polygon, Position } from "geojson";

const R_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

export function greatCircleKm(a: Position, b: Position): number {
  const [lon1, lat1] = [rad(a[0] as number), rad(a[1] as number)];
  const [lon2, lat2] = [rad(b[0] as number), rad(b[1] as number)];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b, degrees clockwise from north (0–360). */
export function bearing(a: Position, b: Position): number {
  const [lon1, lat1] = [rad(a[0] as number), rad(a[1] as number)];
  const [lon2, lat2] = [rad(b[0] as number), rad(b[1] as number)];
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

const POINTS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

export function compass(degrees: number): string {
  return POINTS[Math.round(degrees / 45) % 8] as string;
}

/** d3-geo wants exterior rings clockwise (the opposite of RFC 7946): reverse every ring. */
export function forD3<G extends Polygon | MultiPolygon>(g: G): G {
  if (g.type === "Polygon") return { ...g, coordinates: g.coordinates.map((r) => [...r].reverse()) };
  return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) };
}
