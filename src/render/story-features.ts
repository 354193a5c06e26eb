/**
 * The story's features as the map's GeoJSON source: flat properties that the layers filter and style on
 * (status, precision, geometry class, radius factor for approximate points). Built once; selection and hover use
 * feature-state, never a re-upload. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Story } from "../model/types.ts";
import { groupOf } from "../model/groups.ts";

export type GeometryClass = "point" | "line" | "area";

export interface MapFeatureProperties {
  id: string;
  kind: string;
  status: string;
  precision: string;
  geom: GeometryClass;
  /** Circle radius in pixels at zoom 0 for the position's uncertainty (0 unless approximate): radiusM / m per px. */
  r0: number;
  /** The layer group (model/groups.ts), for showing and hiding. */
  group: string;
  /** For points sharing a position with other features: horizontal offset in half-slots (slot = 16 px), else 0. */
  dxk: number;
}

/** Largest |dxk| the layers style (seven features at one place). */
export const MAX_DXK = 6;

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_SIZE = 512;

export function geometryClass(g: Geometry): GeometryClass {
  if (g.type === "Point" || g.type === "MultiPoint") return "point";
  if (g.type === "LineString" || g.type === "MultiLineString") return "line";
  return "area";
}

function latitudeOf(g: Geometry): number {
  if (g.type === "Point") return g.coordinates[1] as number;
  if (g.type === "MultiPoint") return g.coordinates[0]?.[1] ?? 0;
  return 0;
}

export function radiusFactor(radiusM: number, latitude: number): number {
  return (radiusM * TILE_SIZE) / (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180));
}

/**
 * One map feature per story feature, except that MultiPoints become one Point per position (sharing the id, so
 * feature-state applies to all). Features at the same position are spread side by side (dxk) instead of hiding
 * each other.
 */
export function storySource(story: Pick<Story, "features">): FeatureCollection<Geometry, MapFeatureProperties> {
  const features: Feature<Geometry, MapFeatureProperties>[] = [];
  for (const f of story.features) {
    if (!f.geometry) continue;
    const p = f.properties;
    const geom = geometryClass(f.geometry);
    const approximate = p.precision.type === "approximate" && p.precision.radiusM !== undefined;
    const base = {
      id: f.id,
      kind: p.kind,
      status: p.status,
      precision: p.precision.type,
      geom,
      group: groupOf(p),
      dxk: 0,
    };
    const geometries: Geometry[] =
      f.geometry.type === "MultiPoint"
        ? f.geometry.coordinates.map((c) => ({ type: "Point", coordinates: c }))
        : [f.geometry];
    for (const g of geometries) {
      const r0 = geom === "point" && approximate ? radiusFactor(p.precision.radiusM ?? 0, latitudeOf(g)) : 0;
      features.push({ type: "Feature", properties: { ...base, r0 }, geometry: g });
    }
  }
  const atPosition = new Map<string, Feature<Geometry, MapFeatureProperties>[]>();
  for (const f of features) {
    if (f.geometry.type !== "Point") continue;
    const key = f.geometry.coordinates.join(",");
    atPosition.set(key, [...(atPosition.get(key) ?? []), f]);
  }
  for (const group of atPosition.values()) {
    const n = Math.min(group.length, MAX_DXK + 1);
    group.forEach((f, i) => {
      f.properties.dxk = i < n ? 2 * i - (n - 1) : 0;
    });
  }
  return { type: "FeatureCollection", features };
}
