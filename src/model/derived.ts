/**
 * Facts derived from the validated story: lengths measured on line geometries beside the lengths the text reports,
 * distances of features from the story's reference line (the Egypt–Gaza border for the first story), and the
 * story's extent in time. No DOM, no map.
 */
import length from "@turf/length";
import pointToLineDistance from "@turf/point-to-line-distance";
import centroid from "@turf/centroid";
import type { Feature, LineString, Position } from "geojson";
import type { DateInterval } from "./dates.ts";
import type { Story, StoryFeature } from "./validate.ts";

export interface LengthFact {
  readonly measuredKm: number;
  readonly reportedKm: number | null;
}

export interface DerivedFacts {
  readonly lengths: ReadonlyMap<string, LengthFact>;
  /** Kilometres from each located feature to the reference line (story.json measureFrom), when there is one. */
  readonly distanceKm: ReadonlyMap<string, number>;
  readonly referenceId: string | null;
  /** From the earliest to the latest date of the story's features and its publication; null when none is dated. */
  readonly timeExtent: DateInterval | null;
}

function asFeature<G extends GeoJSON.Geometry>(geometry: G): Feature<G> {
  return { type: "Feature", properties: {}, geometry };
}

function representativePoints(f: StoryFeature): Position[] {
  const g = f.geometry;
  if (!g) return [];
  switch (g.type) {
    case "Point":
      return [g.coordinates];
    case "MultiPoint":
      return g.coordinates;
    case "LineString":
    case "MultiLineString":
    case "Polygon":
    case "MultiPolygon":
      return [centroid(asFeature(g)).geometry.coordinates];
    default:
      return [];
  }
}

export function deriveFacts(story: Story): DerivedFacts {
  const lengths = new Map<string, LengthFact>();
  for (const f of story.features) {
    const g = f.geometry;
    if (g && (g.type === "LineString" || g.type === "MultiLineString")) {
      lengths.set(f.id, {
        measuredKm: length(asFeature(g), { units: "kilometers" }),
        reportedKm: f.properties.reportedLengthKm ?? null,
      });
    }
  }

  const distanceKm = new Map<string, number>();
  const referenceId = story.meta.measureFrom ?? null;
  const reference = story.features.find((f) => f.id === referenceId)?.geometry;
  if (reference && (reference.type === "LineString" || reference.type === "MultiLineString")) {
    const lines: LineString[] =
      reference.type === "LineString"
        ? [reference]
        : reference.coordinates.map((c) => ({ type: "LineString", coordinates: c }));
    for (const f of story.features) {
      if (f.id === referenceId) continue;
      const points = representativePoints(f);
      if (points.length === 0) continue;
      const d = Math.min(
        ...points.flatMap((p) => lines.map((l) => pointToLineDistance(p, asFeature(l), { units: "kilometers" }))),
      );
      distanceKm.set(f.id, d);
    }
  }

  let start = story.published?.start ?? Infinity;
  let end = story.published?.end ?? -Infinity;
  for (const f of story.features) {
    if (!f.when) continue;
    start = Math.min(start, f.when.start);
    end = Math.max(end, f.when.end);
  }
  const timeExtent = start <= end ? { start, end } : null;
  return { lengths, distanceKm, referenceId, timeExtent };
}
