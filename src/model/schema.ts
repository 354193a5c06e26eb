/** The story format as zod schemas: story.json and the properties of each feature in features.geojson. */
import { z } from "zod";

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
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug: lower-case letters, digits and single hyphens")
  .max(80);
const text = (max: number) => z.string().trim().min(1, "expected text, got an empty string").max(max);
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
export const bboxSchema = z
  .tuple([lon, lat, lon, lat])
  .refine(([w, s, e, n]) => w < e && s < n, "expected [west, south, east, north] with west < east and south < north");

export const viewSchema = z.strictObject({
  id: slug,
  title: text(80),
  description: z.string().max(300).default(""),
  bounds: bboxSchema,
});

export const storySchema = z.strictObject({
  id: slug,
  title: text(200),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "expected a BCP 47 language tag such as en"),
  outlet: z.strictObject({
    name: z.string().max(200).nullable(),
    attribution: text(500),
    note: z.string().max(1000).default(""),
  }),
  published: z.strictObject({
    date: z.string(),
    method: text(1000),
    sources: z.array(text(300)).default([]),
  }),
  defaultView: slug,
  views: z.array(z.union([slug, viewSchema])).min(1),
  bounds: bboxSchema,
  /** Id of a line feature (such as a border) that distances of the other features are measured from. */
  measureFrom: slug.optional(),
});

export const anchorSchema = z.strictObject({
  exact: z.string().min(1, "expected the exact quote").max(5000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const featurePropertiesSchema = z.strictObject({
  kind: z.enum(KINDS),
  title: text(140),
  summary: text(1000),
  status: z.enum(STATUSES),
  attributedTo: text(300),
  anchors: z.array(anchorSchema).min(1, "expected at least one anchor"),
  when: z
    .strictObject({
      phrase: z.string().max(200).nullable(),
      resolved: z.string().nullable(),
      method: text(1000),
    })
    .nullable(),
  precision: z.strictObject({
    type: z.enum(PRECISIONS),
    radiusM: z.number().positive().max(5_000_000).optional(),
    note: text(500),
  }),
  sources: z.array(z.strictObject({ ref: text(300), note: z.string().max(500).default("") })).min(1),
  related: z.array(z.strictObject({ id: slug, relation: z.enum(RELATIONS) })).default([]),
  /** A length the text reports for this (line) feature, shown beside the length measured on the geometry. */
  reportedLengthKm: z.number().positive().max(100_000).optional(),
  /**
   * How the geometry was made from the repository's data, so `npm run data:derive` can make it again:
   * "gazetteer" (points of data/gazetteer/sites.json), "copy" (a basemap feature) or "buffer" (a basemap or
   * gazetteer geometry widened by distanceKm and clipped to a basemap land polygon).
   */
  derivation: z
    .strictObject({
      method: z.enum(["gazetteer", "copy", "buffer"]),
      of: z.array(text(200)).min(1),
      distanceKm: z.number().positive().max(200).optional(),
      clipTo: text(200).optional(),
      note: text(1000),
    })
    .optional(),
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
