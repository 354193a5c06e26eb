/** Every position of a feature's geometry, whatever its type (empty for an unlocated feature). No DOM. */
import type { Position } from "geojson";
import type { StoryFeature } from "./validate.ts";

export function positionsOf(f: StoryFeature): Position[] {
  const g = f.geometry;
  if (!g) return [];
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") out.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk("coordinates" in g ? g.coordinates : []);
  return out;
}
