/**
 * The story format as zod schemas (zod/mini, for a small bundle): story.json and the properties of each feature
 * in features.geojson.
 */
import * as z from "zod/mini";
import { en } from "zod/v4/locales";

// English messages ("Invalid option: expected one of ..."); zod/mini has none by default.
z.config(en());

export const KINDS = ["position", "area", "event", "claim", "context"] as const;
export const STATUSES = ["reported", "claimed", "denied", "stated", "planned", "context"] as const;
export const PRECISIONS = ["exact", "approximate", "area", "area-not-named", "off-map", "unlocated"] as const;
export const RELATIONS = [
  "denies",
  "denied-by",
  "contradicts",
  "same-event",
  "part-of",
  "has-part",
  "caused-by",
  "causes",
  "context-for",
  "located-at",
] as const;

const slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug: lower-case letters, digits and single hyphens"),
    z.maxLength(80),
  );
const text = (max: number) =>
  z.string().check(
    z.refine((s) => s.trim().length > 0, "expected text, got an empty string"),
    z.maxLength(max),
  );
const lon = z.number().check(z.minimum(-180), z.maximum(180));
const lat = z.number().check(z.minimum(-90), z.maximum(90));
export const bboxSchema = z
  .tuple([lon, lat, lon, lat])
  .check(
    z.refine(
      ([w, s, e, n]) => w < e && s < n,
      "expected [west, south, east, north] with west < east and south < north",
    ),
  );

export const viewSchema = z.strictObject({
  id: slug,
  title: text(80),
  description: z._default(z.string().check(z.maxLength(300)), ""),
  bounds: bboxSchema,
});

export const storySchema = z.strictObject({
  id: slug,
  title: text(200),
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "expected a BCP 47 language tag such as en")),
  outlet: z.strictObject({
    name: z.nullable(z.string().check(z.maxLength(200))),
    attribution: text(500),
    note: z._default(z.string().check(z.maxLength(1000)), ""),
  }),
  published: z.strictObject({
    /** null: the text is undated (its method then says so, and what is known of when it was written). */
    date: z.nullable(z.string()),
    method: text(1000),
    sources: z._default(z.array(text(300)), []),
  }),
  defaultView: slug,
  views: z.array(z.union([slug, viewSchema])).check(z.minLength(1)),
  bounds: bboxSchema,
  /** Id of a line feature (such as a border) that distances of the other features are measured from. */
  measureFrom: z.optional(slug),
  /**
   * Guided reading (the map follows the text as it is read): on unless `off`; `views` picks the view a paragraph's
   * step frames (paragraphs counted from 1), where the one chosen from its features is not the editor's choice.
   */
  guide: z.optional(
    z.strictObject({
      off: z._default(z.boolean(), false),
      views: z._default(
        z
          .array(z.strictObject({ paragraph: z.number().check(z.int(), z.positive()), view: slug }))
          .check(z.maxLength(500)),
        [],
      ),
    }),
  ),
});

export const anchorSchema = z.strictObject({
  exact: z.string().check(z.minLength(1, "expected the exact quote"), z.maxLength(5000)),
  prefix: z.string().check(z.maxLength(200)),
  suffix: z.string().check(z.maxLength(200)),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.positive()),
});

/** The land polygons of the basemap (data/basemap/land.geojson ids). */
export const LAND_IDS = ["EGY", "ISR", "JOR", "GAZA", "WEST_BANK"] as const;

export const featurePropertiesSchema = z.strictObject({
  kind: z.enum(KINDS),
  title: text(140),
  /** A short name for the map and the timeline ("Zone C"); the title is used, shortened, when there is none. */
  label: z.optional(text(48)),
  summary: text(1000),
  status: z.enum(STATUSES),
  attributedTo: text(300),
  anchors: z.array(anchorSchema).check(z.minLength(1, "expected at least one anchor")),
  when: z.nullable(
    z.strictObject({
      phrase: z.nullable(z.string().check(z.maxLength(200))),
      resolved: z.nullable(z.string()),
      method: text(1000),
    }),
  ),
  precision: z.strictObject({
    type: z.enum(PRECISIONS),
    radiusM: z.optional(z.number().check(z.positive(), z.maximum(5_000_000))),
    /**
     * Where an approximate point can be: its circle of uncertainty clipped to the land the source puts it in
     * (a Polygon or MultiPolygon made by `npm run data:derive` from derivation.within).
     */
    extent: z.optional(z.unknown()),
    note: text(500),
  }),
  sources: z
    .array(z.strictObject({ ref: text(300), note: z._default(z.string().check(z.maxLength(500)), "") }))
    .check(z.minLength(1)),
  related: z._default(z.array(z.strictObject({ id: slug, relation: z.enum(RELATIONS) })), []),
  /** A length the text reports for this (line) feature, shown beside the length measured on the geometry. */
  reportedLengthKm: z.optional(z.number().check(z.positive(), z.maximum(100_000))),
  /**
   * How the geometry was made from the repository's data, so `npm run data:derive` can make it again:
   * "gazetteer" (points of data/gazetteer/sites.json), "copy" (a basemap feature) or "buffer" (a basemap or
   * gazetteer geometry widened by distanceKm and clipped to a basemap land polygon).
   */
  derivation: z.optional(
    z.strictObject({
      method: z.enum(["gazetteer", "copy", "buffer"]),
      of: z.array(text(200)).check(z.minLength(1)),
      distanceKm: z.optional(z.number().check(z.positive(), z.maximum(200))),
      clipTo: z.optional(text(200)),
      /** For a point: the basemap land the source puts it in ("basemap:land#EGY"); its uncertainty is clipped to it. */
      within: z.optional(text(200)),
      note: text(1000),
    }),
  ),
});

export const featureSchema = z.strictObject({
  type: z.literal("Feature"),
  id: slug,
  properties: featurePropertiesSchema,
  geometry: z.unknown(),
});

export type StoryJson = z.infer<typeof storySchema>;
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;
export type ViewJson = z.infer<typeof viewSchema>;
export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type PrecisionType = (typeof PRECISIONS)[number];
export type Relation = (typeof RELATIONS)[number];
