/** The validated story model: typed, frozen data that every other part of the app reads. No DOM, no map. */
import type { DateInterval } from "./dates.ts";
import type { CitedSource } from "./sources.ts";
import type { FeatureProperties, StoryJson } from "./schema.ts";
import type { BBox, NamedView, ViewSet } from "./views.ts";

export const FILES = { story: "story.json", features: "features.geojson", article: "article.txt" } as const;

export const LIMITS = {
  storyChars: 100_000,
  featuresChars: 30_000_000,
  articleChars: 2_000_000,
  features: 20_000,
} as const;

export interface StoryFiles {
  readonly story: string;
  readonly features: string;
  readonly article: string;
}

export interface Passage {
  readonly start: number;
  readonly end: number;
}

export interface StoryFeature {
  readonly id: string;
  readonly properties: FeatureProperties;
  readonly geometry: GeoJSON.Geometry | null;
  /** Where each anchor resolved in the article, in the order of properties.anchors. */
  readonly passages: readonly Passage[];
  readonly when: DateInterval | null;
  /** Its sources in plain words, in the order of properties.sources. */
  readonly cited: readonly CitedSource[];
}

export interface Story {
  readonly id: string;
  readonly meta: StoryJson;
  readonly article: string;
  readonly views: ViewSet;
  readonly bounds: BBox;
  readonly features: readonly StoryFeature[];
  /** null for an undated report. */
  readonly published: DateInterval | null;
}

export interface ValidateOptions {
  /** Folder name of the story: story.json's id must equal it. */
  readonly dirName?: string;
  /** Views the story may name by id (the basemap's data/views.json). */
  readonly sharedViews: readonly NamedView[];
  /** Prefix for file names in problems, such as data/stories/<id>/. */
  readonly pathPrefix?: string;
}
