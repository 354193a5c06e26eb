/**
 * The story as the layout sees it: one place, drawn once (model/places.ts), sorted by what kind of thing the map
 * must do with it. A point place on the map is a status symbol or a stack of them (standing on a basemap marker it
 * shares the spot with); statements about a named place as a whole (Rafah) attach to that place's name; an area
 * gets a direct label; a statement about a whole basemap land (the Gaza Strip) is a callout in words; a statement
 * about a border is a band with a label; a place beyond the story's extent is a pointer at the frame's edge; a
 * statement the text gives no place for is listed beside the map. Pure.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { placesOf } from "../../model/places.ts";
import type { StoryFeature } from "../../model/types.ts";
import type { StatusName } from "../../theme/status.ts";

export interface BasemapPlace {
  readonly name: string;
  readonly cls: "capital" | "city" | "town" | "crossing" | "site";
  readonly rank: number;
  readonly at: Position;
}

interface Base {
  readonly key: string;
  readonly ids: readonly string[];
  readonly statuses: readonly StatusName[];
}

export interface PointPlace extends Base {
  readonly at: Position;
  /** The basemap marker at this spot (the statements stand beside it), or null. */
  readonly onMarker: BasemapPlace | null;
  /** The named place the statements are about as a whole (their badge goes with its name), or null. */
  readonly named: BasemapPlace | null;
  /** The basemap place nearby (its name tells the reader where the statements are), or null. */
  readonly near?: BasemapPlace | null;
}

export interface AreaPlace extends Base {
  readonly geometry: Polygon | MultiPolygon;
  /** Each statement's short name, in order. */
  readonly names: readonly string[];
}

export type CalloutPlace = AreaPlace;

export interface LinePlace extends Base {
  readonly geometry: Geometry;
  readonly names: readonly string[];
}

export interface StoryPlaces {
  readonly points: readonly PointPlace[];
  readonly areas: readonly AreaPlace[];
  readonly callouts: readonly CalloutPlace[];
  readonly lines: readonly LinePlace[];
  readonly offMap: readonly PointPlace[];
  /** Statements with no place in the text: listed beside the map, never drawn as points. */
  readonly unlocated: readonly string[];
}

/** A statement this close to a basemap marker stands beside it. */
const NEAR_MARKER_M = 300;
/** A statement about a place as a whole is attached to a named place this close (the sources' centres differ). */
const NAMED_WITHIN_M = 5000;
/** A place this close to statements names where they are: its name is placed with theirs. */
const NEAR_M = 4000;

export function metresBetween(a: Position, b: Position): number {
  const k = Math.cos(((a[1] as number) * Math.PI) / 180);
  return Math.hypot(((a[0] as number) - (b[0] as number)) * k, (a[1] as number) - (b[1] as number)) * 111_320;
}

const isCopyOf = (f: StoryFeature, layer: "borders" | "land") =>
  f.properties.derivation?.method === "copy" && f.properties.derivation.of.some((r) => r.startsWith(`basemap:${layer}#`)); // prettier-ignore

/** The map's short name of a feature, or its title. */
export const shortName = (f: StoryFeature): string => f.properties.label ?? f.properties.title;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The basemap place a point's statements are about as a whole: named in their passages, and near. */
function namedPlace(
  at: Position,
  fs: readonly StoryFeature[],
  article: string,
  places: readonly BasemapPlace[],
): BasemapPlace | null {
  if (!fs.every((f) => f.properties.precision.type === "area")) return null;
  const text = fs.flatMap((f) => f.passages.map((p) => article.slice(p.start, p.end))).join(" ");
  const candidates = places
    .filter((p) => p.cls === "city" || p.cls === "town" || p.cls === "capital")
    .filter((p) => metresBetween(p.at, at) < NAMED_WITHIN_M && new RegExp(`\\b${escapeRe(p.name)}\\b`).test(text))
    .sort((a, b) => metresBetween(a.at, at) - metresBetween(b.at, at));
  return candidates[0] ?? null;
}

export function storyPlaces(
  features: readonly StoryFeature[],
  storyBounds: readonly number[],
  article: string,
  basemapPlaces: readonly BasemapPlace[],
): StoryPlaces {
  const byId = new Map(features.map((f) => [f.id, f]));
  const [w, s, e, n] = storyBounds as [number, number, number, number];
  const onMap = (p: Position) => (p[0] as number) >= w && (p[0] as number) <= e && (p[1] as number) >= s && (p[1] as number) <= n; // prettier-ignore
  const out = { points: [] as PointPlace[], areas: [] as AreaPlace[], callouts: [] as CalloutPlace[], lines: [] as LinePlace[], offMap: [] as PointPlace[] }; // prettier-ignore
  for (const place of placesOf(features)) {
    const fs = place.ids.map((id) => byId.get(id) as StoryFeature);
    const base = { key: place.key, ids: place.ids, statuses: fs.map((f) => f.properties.status) };
    const g = place.geometry;
    if (place.shape === "point" && g.type === "Point") {
      const at = g.coordinates;
      // The basemap's places within reach of the point (a cheap box first: a story may have thousands of points).
      const close = basemapPlaces.filter((p) => Math.abs((p.at[1] as number) - (at[1] as number)) < 0.06 && Math.abs((p.at[0] as number) - (at[0] as number)) < 0.07); // prettier-ignore
      const onMarker = close.find((p) => metresBetween(p.at, at) < NEAR_MARKER_M) ?? null;
      const named = onMarker || close.length === 0 ? null : namedPlace(at, fs, article, close);
      const near = onMarker || named ? null : (close.filter((p) => metresBetween(p.at, at) < NEAR_M).sort((a, b) => metresBetween(a.at, at) - metresBetween(b.at, at))[0] ?? null); // prettier-ignore
      const point = { ...base, at, onMarker, named, near };
      (onMap(at) ? out.points : out.offMap).push(point);
    } else if (place.shape === "line") {
      out.lines.push({ ...base, geometry: g, names: fs.map(shortName) });
    } else if (g.type === "Polygon" || g.type === "MultiPolygon") {
      const area = { ...base, geometry: g, names: fs.map(shortName) };
      (fs.every((f) => isCopyOf(f, "land")) ? out.callouts : out.areas).push(area);
    }
  }
  const unlocated = features.filter((f) => f.geometry === null).map((f) => f.id);
  return { ...out, unlocated };
}
