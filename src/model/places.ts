/**
 * Places: features drawn at the same spot. Several statements about one place (the same point, the same line or
 * the same area) are one place, drawn once; its card lists every statement. Grouped by geometry: a point by its
 * position (5 decimals, about 1 m), a line or an area by its coordinates. MultiPoints give one place per position.
 * Pure: no DOM, no map.
 */
import type { Geometry, Position } from "geojson";
import type { StoryFeature } from "./types.ts";

export type PlaceShape = "point" | "line" | "area";

export interface Place {
  /** A stable key: the geometry's. */
  readonly key: string;
  readonly shape: PlaceShape;
  /** The geometry drawn: a Point for point places, else the features' common geometry. */
  readonly geometry: Geometry;
  /** The features at this place, in the order of the text (their first passage). */
  readonly ids: readonly string[];
}

export function shapeOf(g: Geometry): PlaceShape {
  if (g.type === "Point" || g.type === "MultiPoint") return "point";
  if (g.type === "LineString" || g.type === "MultiLineString") return "line";
  return "area";
}

const positionKey = (p: Position) => `${(p[0] as number).toFixed(5)},${(p[1] as number).toFixed(5)}`;

/** The places of these features (in the order of the text), each feature in every place it is drawn at. */
export function placesOf(features: readonly StoryFeature[]): Place[] {
  const order = new Map(features.map((f, i) => [f.id, f.passages[0]?.start ?? Number.MAX_SAFE_INTEGER - i]));
  const byKey = new Map<string, { shape: PlaceShape; geometry: Geometry; ids: string[] }>();
  const add = (key: string, shape: PlaceShape, geometry: Geometry, id: string) => {
    const place = byKey.get(key);
    if (!place) byKey.set(key, { shape, geometry, ids: [id] });
    else if (!place.ids.includes(id)) place.ids.push(id);
  };
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === "Point") add(`p:${positionKey(g.coordinates)}`, "point", g, f.id);
    else if (g.type === "MultiPoint") {
      for (const c of g.coordinates) add(`p:${positionKey(c)}`, "point", { type: "Point", coordinates: c }, f.id);
    } else add(`${shapeOf(g)}:${JSON.stringify("coordinates" in g ? g.coordinates : g)}`, shapeOf(g), g, f.id);
  }
  const rank = (id: string) => order.get(id) ?? 0;
  return [...byKey.entries()]
    .map(([key, p]) => ({
      key,
      shape: p.shape,
      geometry: p.geometry,
      ids: [...p.ids].sort((a, b) => rank(a) - rank(b)),
    }))
    .sort((a, b) => rank(a.ids[0] as string) - rank(b.ids[0] as string));
}

/** For each feature, the other features drawn at one of its places (its "peers"), in the order of the text. */
export function placePeers(places: readonly Place[]): ReadonlyMap<string, readonly string[]> {
  const peers = new Map<string, string[]>();
  for (const place of places) {
    for (const id of place.ids) {
      const list = peers.get(id) ?? [];
      for (const other of place.ids) if (other !== id && !list.includes(other)) list.push(other);
      peers.set(id, list);
    }
  }
  return peers;
}
