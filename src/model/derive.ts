/**
 * Derived geometries, made from the repository's data as a feature's `properties.derivation` says: points of the
 * gazetteer ("gazetteer"), a basemap feature ("copy"), or a buffer of basemap or gazetteer geometries clipped to a
 * basemap land polygon ("buffer", with turf). Shared by `npm run data:derive`, `npm run validate` (which checks
 * that each derived geometry is what this makes) and the editor (which makes them). Deterministic. No DOM.
 */
import buffer from "@turf/buffer";
import intersect from "@turf/intersect";
import rewind from "@turf/rewind";
import { featureCollection } from "@turf/helpers";
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { simplifyLine } from "./simplify.ts";

export interface Derivation {
  method: "gazetteer" | "copy" | "buffer";
  of: string[];
  distanceKm?: number;
  clipTo?: string;
  /** For a point: the basemap land it is in; its circle of uncertainty (precision.radiusM) is clipped to it. */
  within?: string;
  note: string;
}

export interface DerivationSite {
  id: string;
  lat: number | null;
  lon: number | null;
}

export interface Sources {
  sites: DerivationSite[];
  land: FeatureCollection<MultiPolygon, { id: string }>;
  borders: FeatureCollection<Geometry, { id: string }>;
}

const DIGITS = 5;
const round = (n: number) => Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;

/** Buffers are approximate by nature: simplify them to about 50 m before rounding (smaller files, same drawing). */
const BUFFER_SIMPLIFY_DEG = 0.0005;

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of simplifyLine(ring, BUFFER_SIMPLIFY_DEG)) {
    const r = [round(p[0] as number), round(p[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** Resolves "gazetteer:<id>", "basemap:land#<ID>" or "basemap:borders#<id>" to a geometry. */
export function resolveRef(ref: string, sources: Sources): Geometry {
  const [kind, rest = ""] = ref.split(":");
  if (kind === "gazetteer") {
    const site = sources.sites.find((s) => s.id === rest);
    if (!site) throw new Error(`no gazetteer site "${rest}"`);
    if (site.lat === null || site.lon === null) throw new Error(`gazetteer site "${rest}" has no coordinates`);
    return { type: "Point", coordinates: [site.lon, site.lat] };
  }
  if (kind === "basemap") {
    const [layer, id] = rest.split("#");
    const collection = layer === "land" ? sources.land : layer === "borders" ? sources.borders : null;
    const found = collection?.features.find((f) => f.properties.id === id);
    if (!found) throw new Error(`no basemap feature "${rest}"`);
    return found.geometry;
  }
  throw new Error(`unknown reference "${ref}" (expected gazetteer:<id> or basemap:<land|borders>#<id>)`);
}

function polygonal(g: Geometry | null | undefined): Polygon | MultiPolygon | null {
  return g && (g.type === "Polygon" || g.type === "MultiPolygon") ? g : null;
}

/** A buffer of `geometry` by `km`, clipped to the polygon `clipTo` refers to, simplified and rounded. */
function clippedBuffer(geometry: Geometry, km: number, clipTo: string, sources: Sources): Polygon | MultiPolygon {
  const clip = polygonal(resolveRef(clipTo, sources));
  if (!clip) throw new Error(`clipTo "${clipTo}" is not a polygon`);
  const buffered = buffer({ type: "Feature", properties: {}, geometry }, km, { units: "kilometers", steps: 16 });
  const part = polygonal(buffered?.geometry);
  if (!part) throw new Error("buffer gave no polygon");
  const zone = polygonal(
    intersect(
      featureCollection([
        { type: "Feature", properties: {}, geometry: part },
        { type: "Feature", properties: {}, geometry: clip },
      ]),
    )?.geometry,
  );
  if (!zone) throw new Error("the buffer does not meet the clip polygon");
  const rounded: Polygon | MultiPolygon =
    zone.type === "Polygon"
      ? { type: "Polygon", coordinates: zone.coordinates.map(roundRing) }
      : { type: "MultiPolygon", coordinates: zone.coordinates.map((p) => p.map(roundRing)) };
  return rewind(rounded, { reverse: false }) as Polygon | MultiPolygon;
}

/**
 * Where an approximate point can be: its circle of uncertainty (radiusM) clipped to the land the derivation says it
 * is in (derivation.within), or undefined when the derivation names none.
 */
export function deriveExtent(
  d: Derivation,
  geometry: Geometry,
  radiusM: number | undefined,
  sources: Sources,
): Polygon | MultiPolygon | undefined {
  if (d.within === undefined) return undefined;
  if (geometry.type !== "Point") throw new Error("within takes a single point");
  if (radiusM === undefined) throw new Error("within needs precision.radiusM");
  return clippedBuffer(geometry, radiusM / 1000, d.within, sources);
}

export function derive(d: Derivation, sources: Sources): Geometry {
  const geometries = d.of.map((ref) => resolveRef(ref, sources));
  if (d.method === "gazetteer") {
    const points = geometries.map((g) => (g.type === "Point" ? g.coordinates : null));
    if (points.some((p) => p === null)) throw new Error("gazetteer derivations take gazetteer points only");
    return points.length === 1
      ? { type: "Point", coordinates: points[0] as Position }
      : { type: "MultiPoint", coordinates: points as Position[] };
  }
  if (d.method === "copy") {
    if (geometries.length !== 1) throw new Error("copy takes exactly one reference");
    return geometries[0] as Geometry;
  }
  if (d.distanceKm === undefined || d.clipTo === undefined) throw new Error("buffer needs distanceKm and clipTo");
  return clippedBuffer(combine(geometries), d.distanceKm, d.clipTo, sources);
}

/** One geometry from several lines (a MultiLineString) or points (a MultiPoint), so one buffer covers all. */
function combine(geometries: Geometry[]): Geometry {
  if (geometries.length === 1) return geometries[0] as Geometry;
  const lines = geometries.flatMap((g) =>
    g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : [],
  );
  const points = geometries.flatMap((g) =>
    g.type === "Point" ? [g.coordinates] : g.type === "MultiPoint" ? g.coordinates : [],
  );
  if (lines.length > 0 && points.length === 0) return { type: "MultiLineString", coordinates: lines };
  if (points.length > 0 && lines.length === 0) return { type: "MultiPoint", coordinates: points };
  throw new Error("a buffer combines lines or points, not both or polygons");
}
