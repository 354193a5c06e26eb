/**
 * Validation, second phase: features.geojson, feature by feature: the schema, unique ids, geometry (checked
 * against the story's bounds), every anchor resolved in the article, and dates with their phrases. No DOM.
 */
import { resolveAnchor } from "./anchor.ts";
import { checkGeometry } from "./geometry-check.ts";
import { parseDateOrInterval, type DateInterval } from "./dates.ts";
import { MARKUP_WARNING, markupFields } from "./markup-check.ts";
import { parseJson } from "./json.ts";
import { pathToField } from "./problems.ts";
import { isRecord, type Report } from "./report.ts";
import { featureSchema, type FeatureProperties, type StoryJson } from "./schema.ts";
import { resolveSource, type CitedSource } from "./sources.ts";
import { FILES, LIMITS, type Passage, type StoryFeature } from "./types.ts";

/** Each source in words (model/sources.ts); an id or a path the repository does not know is an error. */
function citedSources(p: FeatureProperties, featureError: FeatureError): CitedSource[] {
  return p.sources.flatMap((s, i) => {
    const text = resolveSource(s.ref);
    if (text !== null) return [{ text, note: s.note }];
    featureError(`properties.sources[${i}].ref`, `"${s.ref}" is not a source this repository knows: cite a site (gazetteer:<id>), a basemap land or border (basemap:land#<id>, basemap:borders#<id>), a publication of data/sources.json (source:<id>), or name the source in words`); // prettier-ignore
    return [];
  });
}

export interface FeaturesPhase {
  readonly features: StoryFeature[];
  /** The collection's raw features (for the relations phase), or null when the file could not be read. */
  readonly raw: readonly unknown[] | null;
  /** The first index of each id. */
  readonly ids: ReadonlyMap<string, number>;
}

type FeatureError = (field: string, message: string) => void;

function checkAnchors(
  p: FeatureProperties,
  article: string,
  at: { file: string; id: string; index: number },
  featureError: FeatureError,
  report: Report,
): Passage[] {
  const passages: Passage[] = [];
  p.anchors.forEach((anchor, i) => {
    const field = `properties.anchors[${i}]`;
    // The quote first: an edited quote is "not found", whatever its old offsets say.
    if (!article.includes(anchor.exact)) {
      featureError(field, `quote not found in ${FILES.article}: "${anchor.exact}" (unanchored)`);
      return;
    }
    if (anchor.end - anchor.start !== anchor.exact.length) {
      featureError(
        field,
        `start–end (${anchor.start}–${anchor.end}) do not span the quote (${anchor.exact.length} characters): run npm run story:anchor -- --refresh`,
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
      report.warn({
        file: at.file,
        featureId: at.id,
        field: `features[${at.index}].${field}`,
        message: `the text moved: re-anchored by ${r.by} from ${anchor.start}–${anchor.end} to ${r.start}–${r.end}; update the offsets`,
      });
    }
    passages.push({ start: r.start, end: r.end });
  });
  return passages;
}

function checkWhen(p: FeatureProperties, featureError: FeatureError): DateInterval | null {
  if (!p.when) return null;
  let when: DateInterval | null = null;
  if (p.when.resolved !== null) {
    when = parseDateOrInterval(p.when.resolved);
    if (!when)
      featureError(
        "properties.when.resolved",
        `expected an ISO date (2024-04-18) or interval (2024-04-13/2024-04-14), got "${p.when.resolved}"`,
      );
  }
  return when;
}

function checkPlacement(p: FeatureProperties, geometry: unknown, meta: StoryJson | null, featureError: FeatureError) {
  if (geometry === null || geometry === undefined) {
    if (p.precision.type !== "unlocated")
      featureError(
        "geometry",
        'geometry is null: set precision.type to "unlocated" for a feature that cannot be placed',
      );
  } else if (p.precision.type === "unlocated") {
    featureError("precision.type", '"unlocated" features must have geometry null');
  } else if (meta) {
    for (const g of checkGeometry(geometry, { bounds: meta.bounds, offMap: p.precision.type === "off-map" })) {
      featureError(g.field, g.message);
    }
  }
  if ((p.precision.type === "approximate" || p.precision.type === "off-map") && p.precision.radiusM === undefined) {
    featureError("properties.precision.radiusM", `an ${p.precision.type} position needs a radius in metres`);
  }
  const extent = p.precision.extent;
  if (extent !== undefined && meta) {
    const type = isRecord(extent) ? extent.type : undefined;
    if (type !== "Polygon" && type !== "MultiPolygon")
      featureError("properties.precision.extent", "expected a Polygon or MultiPolygon (where the point can be)");
    else
      for (const g of checkGeometry(extent, { bounds: meta.bounds, offMap: false })) {
        featureError(g.field.replace(/^geometry/, "properties.precision.extent"), g.message);
      }
  }
}

/**
 * The features that pass every check; the others are reported. `article` is null when the article could not be
 * read (too large): anchors and date phrases are not checked then.
 */
export function validateFeatures(
  text: string,
  file: string,
  article: string | null,
  meta: StoryJson | null,
  report: Report,
): FeaturesPhase {
  const features: StoryFeature[] = [];
  const ids = new Map<string, number>();
  const parsed = parseJson(text);
  if (!parsed.ok) {
    report.error({ file, line: parsed.line, column: parsed.column, message: `invalid JSON: ${parsed.message}` });
    return { features, raw: null, ids };
  }
  if (!isRecord(parsed.value) || parsed.value.type !== "FeatureCollection" || !Array.isArray(parsed.value.features)) {
    report.error({
      file,
      field: "(root)",
      message: 'expected a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [...] }',
    });
    return { features, raw: null, ids };
  }
  const raw: unknown[] = parsed.value.features;
  if (raw.length > LIMITS.features) {
    report.error({
      file,
      field: "features",
      message: `too many features: ${raw.length}, the limit is ${LIMITS.features}`,
    });
    return { features, raw: null, ids };
  }
  raw.forEach((item, index) => {
    const rawId = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
    const name = rawId ?? `#${index}`;
    const featureError: FeatureError = (field, message) => {
      report.error({ file, featureId: name, field: `features[${index}].${field}`.replace(/\.$/, ""), message });
    };
    // The id counts as soon as it is a string: a typo elsewhere in the feature must not make every relation to it
    // an error of its own.
    const firstIndex = rawId === undefined ? undefined : ids.get(rawId);
    if (rawId !== undefined && firstIndex === undefined) ids.set(rawId, index);
    const properties = isRecord(item) ? item.properties : undefined;
    for (const field of markupFields(properties, "properties")) {
      report.warn({ file, featureId: name, field: `features[${index}].${field}`, message: MARKUP_WARNING });
    }
    // The date phrase is looked for even when another field fails the schema: every problem at once.
    const phrase = isRecord(properties) && isRecord(properties.when) ? properties.when.phrase : null;
    if (typeof phrase === "string" && article !== null && !article.includes(phrase)) {
      featureError("properties.when.phrase", `the phrase "${phrase}" is not in ${FILES.article}`);
    }
    const result = featureSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) featureError(pathToField(issue.path) || "(feature)", issue.message);
      return;
    }
    const f = result.data;
    const p = f.properties;
    const before = report.problems.length;
    if (firstIndex !== undefined) featureError("id", `duplicate id "${f.id}" (first used by features[${String(firstIndex)}])`); // prettier-ignore
    checkPlacement(p, f.geometry, meta, featureError);
    const passages = article === null ? [] : checkAnchors(p, article, { file, id: f.id, index }, featureError, report);
    const when = checkWhen(p, featureError);
    const cited = citedSources(p, featureError);
    if (report.hasErrorsSince(before)) return;
    features.push({
      id: f.id,
      properties: p,
      geometry: (f.geometry ?? null) as GeoJSON.Geometry | null,
      passages,
      when,
      cited,
    });
  });
  return { features, raw, ids };
}
