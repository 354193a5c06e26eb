/**
 * Off-map pointers: a place the report names beyond the regional map (Washington, Tehran) is shown at the edge of
 * the view, in its direction from the view's centre, with its distance and the symbols of what is said there. The
 * live map and the SVG map place them the same way, in screen space. Pure.
 */
import type { Position } from "geojson";
import { bearing, compass, greatCircleKm } from "../model/geo.ts";
import { placesOf } from "../model/places.ts";
import type { StoryFeature } from "../model/types.ts";
import type { Padding } from "./bands.ts";

export interface OffMapPlace {
  readonly at: Position;
  readonly ids: readonly string[];
  readonly statuses: readonly string[];
}

/** The point places outside the story's extent. */
export function offMapPlaces(features: readonly StoryFeature[], bounds: readonly number[]): OffMapPlace[] {
  const [w, s, e, n] = bounds as [number, number, number, number];
  const byId = new Map(features.map((f) => [f.id, f]));
  return placesOf(features)
    .filter((p) => p.shape === "point")
    .map((p) => ({ at: (p.geometry as GeoJSON.Point).coordinates, ids: p.ids }))
    .filter(
      ({ at }) => (at[0] as number) < w || (at[0] as number) > e || (at[1] as number) < s || (at[1] as number) > n,
    )
    .map(({ at, ids }) => ({ at, ids, statuses: ids.map((id) => byId.get(id)?.properties.status ?? "context") }));
}

export interface Pointer {
  readonly place: OffMapPlace;
  /** Degrees clockwise from north, from the view's centre. */
  readonly bearing: number;
  readonly km: number;
  readonly text: string;
  /** The arrow at the view's edge, and the tag (badge and text) a little inside it, in screen pixels. */
  readonly arrow: readonly [number, number];
  readonly tag: readonly [number, number];
}

/** Where each off-map place's pointer goes on a map of this size, seen from `centre`. */
export function placePointers(
  places: readonly OffMapPlace[],
  centre: Position,
  size: { width: number; height: number },
  padding: Padding,
  inset = 18,
): Pointer[] {
  const x0 = padding.left + inset;
  const x1 = size.width - padding.right - inset;
  const y0 = padding.top + inset;
  const y1 = size.height - padding.bottom - inset;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return places.map((place) => {
    const b = bearing(centre, place.at);
    const km = greatCircleKm(centre, place.at);
    const dx = Math.sin((b * Math.PI) / 180);
    const dy = -Math.cos((b * Math.PI) / 180);
    // From the centre along the bearing to the edge of the inner box.
    const t = Math.min(dx === 0 ? Infinity : Math.abs((dx > 0 ? x1 - cx : cx - x0) / dx), dy === 0 ? Infinity : Math.abs((dy > 0 ? y1 - cy : cy - y0) / dy)); // prettier-ignore
    const arrow: [number, number] = [cx + dx * t, cy + dy * t];
    const tag: [number, number] = [cx + dx * (t - 26), cy + dy * (t - 26)];
    const text = `${Math.round(km).toLocaleString("en-GB")} km ${compass(b)}`;
    return { place, bearing: b, km, text, arrow, tag };
  });
}
