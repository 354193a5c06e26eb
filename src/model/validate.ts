/**
 * Validates a story (story.json, features.geojson, article.txt) and builds the frozen, typed model the rest of the
 * app reads. Lists every problem at once, each naming file, feature and field. No DOM, no map.
 */
import { resolveAnchor } from "./anchor.ts";
import { checkGeometry } from "./geometry-check.ts";
import { parseDateOrInterval, type DateInterval } from "./dates.ts";
import { parseJson } from "./json.ts";
import { pathToField, type Problem } from "./problems.ts";
import { featureSchema, storySchema, type FeatureProperties, type StoryJson } from "./schema.ts";
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
}

export interface Story {
  readonly id: string;
  readonly meta: StoryJson;
  readonly article: string;
  readonly views: ViewSet;
  readonly bounds: BBox;
  readonly features: readonly StoryFeature[];
  readonly published: DateInterval;
}

export interface ValidationResult {
  readonly story: Story | null;
  readonly problems: readonly Problem[];
}

export interface ValidateOptions {
  /** Folder name of the story: story.json's id must equal it. */
  readonly dirName?: string;
  /** Views the story may name by id (the basemap's data/views.json). */
  readonly sharedViews: readonly NamedView[];
  /** Prefix for file names in problems, such as data/stories/<id>/. */
  readonly pathPrefix?: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function validateStory(files: StoryFiles, options: ValidateOptions): ValidationResult {
  const prefix = options.pathPrefix ?? "";
  const storyFile = `${prefix}${FILES.story}`;
  const featuresFile = `${prefix}${FILES.features}`;
  const articleFile = `${prefix}${FILES.article}`;
  const problems: Problem[] = [];
  const error = (p: Omit<Problem, "severity">) => problems.push({ severity: "error", ...p });

  // Sizes first: a huge file is refused before it is parsed.
  const sizes: [string, string, number][] = [
    [storyFile, files.story, LIMITS.storyChars],
    [featuresFile, files.features, LIMITS.featuresChars],
    [articleFile, files.article, LIMITS.articleChars],
  ];
  const tooBig = new Set<string>();
  for (const [file, content, limit] of sizes) {
    if (content.length > limit) {
      tooBig.add(file);
      error({ file, message: `file is too large: ${content.length} characters, the limit is ${limit}` });
    }
  }
  const article = files.article;
  if (!tooBig.has(articleFile) && article.trim() === "") error({ file: articleFile, message: "the article is empty" });

  // story.json
  let meta: StoryJson | null = null;
  if (!tooBig.has(storyFile)) {
    const parsed = parseJson(files.story);
    if (!parsed.ok) {
      error({ file: storyFile, line: parsed.line, column: parsed.column, message: `invalid JSON: ${parsed.message}` });
    } else {
      const result = storySchema.safeParse(parsed.value);
      if (!result.success) {
        for (const issue of result.error.issues) {
          error({ file: storyFile, field: pathToField(issue.path) || "(root)", message: issue.message });
        }
      } else {
        meta = result.data;
        if (options.dirName !== undefined && meta.id !== options.dirName) {
          error({
            file: storyFile,
            field: "id",
            message: `expected "${options.dirName}" (the folder's name), got "${meta.id}"`,
          });
        }
        if (parseDateOrInterval(meta.published.date) === null) {
          error({
            file: storyFile,
            field: "published.date",
            message: `expected an ISO date (2024-04-18) or interval (2024-04-15/2024-04-18), got "${meta.published.date}"`,
          });
        }
      }
    }
  }

  // Views: ids name shared views, objects define the story's own.
  let views: NamedView[] = [];
  if (meta) {
    const seen = new Set<string>();
    meta.views.forEach((v, i) => {
      const view =
        typeof v === "string" ? options.sharedViews.find((s) => s.id === v) : { ...v, bounds: v.bounds as BBox };
      if (!view) {
        error({
          file: storyFile,
          field: `views[${i}]`,
          message: `unknown view "${typeof v === "string" ? v : v.id}"; expected one of ${options.sharedViews.map((s) => s.id).join(", ")} or a view object`,
        });
        return;
      }
      if (seen.has(view.id)) error({ file: storyFile, field: `views[${i}]`, message: `duplicate view "${view.id}"` });
      seen.add(view.id);
      views.push(view);
    });
    if (!seen.has(meta.defaultView)) {
      error({
        file: storyFile,
        field: "defaultView",
        message: `"${meta.defaultView}" is not one of the story's views`,
      });
    }
  }
  views = views.map((v) => Object.freeze({ ...v }));

  // features.geojson
  const features: StoryFeature[] = [];
  if (!tooBig.has(featuresFile)) {
    const parsed = parseJson(files.features);
    if (!parsed.ok) {
      error({
        file: featuresFile,
        line: parsed.line,
        column: parsed.column,
        message: `invalid JSON: ${parsed.message}`,
      });
    } else if (
      !isRecord(parsed.value) ||
      parsed.value.type !== "FeatureCollection" ||
      !Array.isArray(parsed.value.features)
    ) {
      error({
        file: featuresFile,
        field: "(root)",
        message: 'expected a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [...] }',
      });
    } else if (parsed.value.features.length > LIMITS.features) {
      error({
        file: featuresFile,
        field: "features",
        message: `too many features: ${parsed.value.features.length}, the limit is ${LIMITS.features}`,
      });
    } else {
      const rawFeatures: unknown[] = parsed.value.features;
      const firstIndex = new Map<string, number>();
      rawFeatures.forEach((raw, index) => {
        const rawId = isRecord(raw) && typeof raw.id === "string" ? raw.id : undefined;
        const name = rawId ?? `#${index}`;
        const featureError = (field: string, message: string) =>
          error({
            file: featuresFile,
            featureId: name,
            field: `features[${index}].${field}`.replace(/\.$/, ""),
            message,
          });
        const result = featureSchema.safeParse(raw);
        if (!result.success) {
          for (const issue of result.error.issues) featureError(pathToField(issue.path) || "(feature)", issue.message);
          return;
        }
        const f = result.data;
        const p = f.properties;
        const before = problems.length;
        if (firstIndex.has(f.id))
          featureError("id", `duplicate id "${f.id}" (first used by features[${String(firstIndex.get(f.id))}])`);
        else firstIndex.set(f.id, index);

        // Geometry
        if (f.geometry === null || f.geometry === undefined) {
          if (p.precision.type !== "unlocated")
            featureError(
              "geometry",
              'geometry is null: set precision.type to "unlocated" for a feature that cannot be placed',
            );
        } else if (p.precision.type === "unlocated") {
          featureError("precision.type", '"unlocated" features must have geometry null');
        } else if (meta) {
          for (const g of checkGeometry(f.geometry, {
            bounds: meta.bounds,
            offMap: p.precision.type === "off-map",
          })) {
            featureError(g.field, g.message);
          }
        }
        if (
          (p.precision.type === "approximate" || p.precision.type === "off-map") &&
          p.precision.radiusM === undefined
        ) {
          featureError("properties.precision.radiusM", `an ${p.precision.type} position needs a radius in metres`);
        }

        // Anchors
        const passages: Passage[] = [];
        if (!tooBig.has(articleFile)) {
          p.anchors.forEach((anchor, i) => {
            const field = `properties.anchors[${i}]`;
            if (anchor.end - anchor.start !== anchor.exact.length) {
              featureError(
                field,
                `end − start (${anchor.end - anchor.start}) must equal the quote's length (${anchor.exact.length})`,
              );
              return;
            }
            const r = resolveAnchor(article, anchor);
            if (r.status === "unanchored") {
              featureError(
                field,
                r.reason === "missing"
                  ? `quote not found in ${FILES.article}: "${anchor.exact}" (unanchored)`
                  : `quote found ${r.occurrences} times and its prefix and suffix do not single one out: "${anchor.exact}" (unanchored)`,
              );
              return;
            }
            if (r.status === "reanchored") {
              problems.push({
                severity: "warning",
                file: featuresFile,
                featureId: f.id,
                field: `features[${index}].${field}`,
                message: `the text moved: re-anchored by ${r.by} from ${anchor.start}–${anchor.end} to ${r.start}–${r.end}; update the offsets`,
              });
            }
            passages.push({ start: r.start, end: r.end });
          });
        }

        // When
        let when: DateInterval | null = null;
        if (p.when) {
          if (p.when.resolved !== null) {
            when = parseDateOrInterval(p.when.resolved);
            if (!when)
              featureError(
                "properties.when.resolved",
                `expected an ISO date (2024-04-18) or interval (2024-04-13/2024-04-14), got "${p.when.resolved}"`,
              );
          }
          if (p.when.phrase !== null && !tooBig.has(articleFile) && !article.includes(p.when.phrase)) {
            featureError("properties.when.phrase", `the phrase "${p.when.phrase}" is not in ${FILES.article}`);
          }
        }
        if (problems.some((x, k) => k >= before && x.severity === "error")) return;
        features.push({
          id: f.id,
          properties: p,
          geometry: (f.geometry ?? null) as GeoJSON.Geometry | null,
          passages,
          when,
        });
      });

      // Relations, once every id is known.
      const ids = new Set(firstIndex.keys());
      rawFeatures.forEach((raw, index) => {
        const parsedFeature = featureSchema.safeParse(raw);
        if (!parsedFeature.success) return;
        parsedFeature.data.properties.related.forEach((rel, i) => {
          const field = `features[${index}].properties.related[${i}].id`;
          if (!ids.has(rel.id)) {
            error({
              file: featuresFile,
              featureId: parsedFeature.data.id,
              field,
              message: `no feature has the id "${rel.id}"`,
            });
          } else if (rel.id === parsedFeature.data.id) {
            error({
              file: featuresFile,
              featureId: parsedFeature.data.id,
              field,
              message: "a feature cannot relate to itself",
            });
          }
        });
      });
      if (meta?.measureFrom !== undefined && !ids.has(meta.measureFrom)) {
        error({ file: storyFile, field: "measureFrom", message: `no feature has the id "${meta.measureFrom}"` });
      }
    }
  }

  if (problems.some((p) => p.severity === "error") || !meta) return { story: null, problems };
  const published = parseDateOrInterval(meta.published.date) as DateInterval;
  const story: Story = {
    id: meta.id,
    meta,
    article,
    views: { defaultId: meta.defaultView, views },
    bounds: meta.bounds,
    features,
    published,
  };
  return { story: deepFreeze(story), problems };
}
