/**
 * Geometry validity for story features (RFC 7946): positions in range, rings closed with at least four positions,
 * exterior rings counter-clockwise and holes clockwise, no self-intersection, and inside the story's bounds unless
 * the feature is marked off the map. No DOM.
 */
import type { BBox } from "./views.ts";

export interface GeometryProblem {
  readonly field: string;
  readonly message: string;
}

type Pos = readonly number[];

function isPosition(value: unknown): value is Pos {
  return (
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((n) => typeof n === "number" && Number.isFinite(n))
  );
}

export function signedArea(ring: readonly Pos[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Pos;
    const b = ring[i + 1] as Pos;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

function orientation(p: Pos, q: Pos, r: Pos): number {
  const v =
    ((q[1] as number) - (p[1] as number)) * ((r[0] as number) - (q[0] as number)) -
    ((q[0] as number) - (p[0] as number)) * ((r[1] as number) - (q[1] as number));
  return Math.abs(v) < 1e-15 ? 0 : v > 0 ? 1 : 2;
}

function onSegment(p: Pos, q: Pos, r: Pos): boolean {
  return (
    (q[0] as number) <= Math.max(p[0] as number, r[0] as number) &&
    (q[0] as number) >= Math.min(p[0] as number, r[0] as number) &&
    (q[1] as number) <= Math.max(p[1] as number, r[1] as number) &&
    (q[1] as number) >= Math.min(p[1] as number, r[1] as number)
  );
}

export function segmentsIntersect(p1: Pos, q1: Pos, p2: Pos, q2: Pos): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, q2, q1)) ||
    (o3 === 0 && onSegment(p2, p1, q2)) ||
    (o4 === 0 && onSegment(p2, q1, q2))
  );
}

/** Index pairs of non-adjacent segments of a closed ring that touch or cross, the first one found; or null. */
export function ringSelfIntersection(ring: readonly Pos[]): [number, number] | null {
  const n = ring.length - 1; // segments
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue; // neighbours share a vertex
      if (segmentsIntersect(ring[i] as Pos, ring[i + 1] as Pos, ring[j] as Pos, ring[j + 1] as Pos)) return [i, j];
    }
  }
  return null;
}

function fmt(p: Pos): string {
  return `[${p.join(", ")}]`;
}

function inBounds(p: Pos, b: BBox): boolean {
  return (p[0] as number) >= b[0] && (p[0] as number) <= b[2] && (p[1] as number) >= b[1] && (p[1] as number) <= b[3];
}

export interface GeometryCheckOptions {
  /** Positions must lie inside these bounds (west, south, east, north) unless `offMap` is true. */
  readonly bounds: BBox;
  readonly offMap: boolean;
}

/** Checks one position: numbers, range, bounds (with a hint when latitude and longitude look swapped). */
function checkPosition(
  value: unknown,
  field: string,
  options: GeometryCheckOptions,
  out: GeometryProblem[],
): value is Pos {
  if (!isPosition(value)) {
    out.push({ field, message: "expected a position [longitude, latitude] of two finite numbers" });
    return false;
  }
  const [lon, lat] = value as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180;
    out.push({
      field,
      message: `position ${fmt(value)} is out of range (longitude −180…180, latitude −90…90)${swapped ? "; are longitude and latitude swapped?" : ""}`,
    });
    return false;
  }
  if (!options.offMap && !inBounds(value, options.bounds)) {
    const swapped = inBounds([lat, lon], options.bounds);
    out.push({
      field,
      message: `position ${fmt(value)} is outside the story's bounds [${options.bounds.join(", ")}]${
        swapped
          ? "; longitude and latitude look swapped (GeoJSON is [longitude, latitude])"
          : "; mark the feature off-map if it is meant to be"
      }`,
    });
  }
  return true;
}

function checkRing(
  ring: unknown,
  field: string,
  exterior: boolean,
  options: GeometryCheckOptions,
  out: GeometryProblem[],
): void {
  if (!Array.isArray(ring)) {
    out.push({ field, message: "expected a linear ring (an array of positions)" });
    return;
  }
  const before = out.length;
  ring.forEach((p: unknown, i: number) => checkPosition(p, `${field}[${i}]`, options, out));
  if (out.length > before) return;
  const positions = ring as Pos[];
  if (positions.length < 4) {
    out.push({ field, message: `a linear ring needs at least 4 positions, got ${positions.length}` });
    return;
  }
  const first = positions[0] as Pos;
  const last = positions[positions.length - 1] as Pos;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    out.push({ field, message: `ring is not closed: first position ${fmt(first)} differs from last ${fmt(last)}` });
    return;
  }
  const area = signedArea(positions);
  if (area === 0) {
    out.push({ field, message: "ring encloses no area" });
    return;
  }
  if (exterior !== area > 0) {
    out.push({
      field,
      message: `${exterior ? "exterior ring must be counter-clockwise" : "hole must be clockwise"} (RFC 7946 winding)`,
    });
  }
  const crossing = ringSelfIntersection(positions);
  if (crossing) {
    out.push({ field, message: `ring intersects itself (segments ${crossing[0]} and ${crossing[1]})` });
  }
}

/** All problems of a GeoJSON geometry (null is checked by the caller). */
export function checkGeometry(geometry: unknown, options: GeometryCheckOptions): GeometryProblem[] {
  const out: GeometryProblem[] = [];
  if (typeof geometry !== "object" || geometry === null || Array.isArray(geometry)) {
    return [{ field: "geometry", message: "expected a GeoJSON geometry object or null" }];
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const arr = (v: unknown, field: string): v is unknown[] => {
    if (Array.isArray(v)) return true;
    out.push({ field, message: "expected an array" });
    return false;
  };
  const c = "geometry.coordinates";
  switch (type) {
    case "Point":
      checkPosition(coordinates, c, options, out);
      break;
    case "MultiPoint":
      if (arr(coordinates, c)) coordinates.forEach((p, i) => checkPosition(p, `${c}[${i}]`, options, out));
      break;
    case "LineString":
      if (arr(coordinates, c)) {
        if (coordinates.length < 2) out.push({ field: c, message: "a LineString needs at least 2 positions" });
        coordinates.forEach((p, i) => checkPosition(p, `${c}[${i}]`, options, out));
      }
      break;
    case "MultiLineString":
      if (arr(coordinates, c)) {
        coordinates.forEach((line, i) => {
          if (!arr(line, `${c}[${i}]`)) return;
          if (line.length < 2) out.push({ field: `${c}[${i}]`, message: "a line needs at least 2 positions" });
          line.forEach((p, j) => checkPosition(p, `${c}[${i}][${j}]`, options, out));
        });
      }
      break;
    case "Polygon":
      if (arr(coordinates, c)) {
        if (coordinates.length === 0) out.push({ field: c, message: "a Polygon needs an exterior ring" });
        coordinates.forEach((ring, i) => {
          checkRing(ring, `${c}[${i}]`, i === 0, options, out);
        });
      }
      break;
    case "MultiPolygon":
      if (arr(coordinates, c)) {
        coordinates.forEach((poly, i) => {
          if (!arr(poly, `${c}[${i}]`)) return;
          if (poly.length === 0) out.push({ field: `${c}[${i}]`, message: "a polygon needs an exterior ring" });
          poly.forEach((ring, j) => {
            checkRing(ring, `${c}[${i}][${j}]`, j === 0, options, out);
          });
        });
      }
      break;
    default:
      out.push({
        field: "geometry.type",
        message: `expected Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon, got ${JSON.stringify(type)}`,
      });
  }
  return out;
}
