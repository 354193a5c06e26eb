/**
 * A story being written in the editor: the article's text, story.json and the features, kept as the JSON the
 * files will hold (so that a story opened for editing and downloaded without edits gives back the same files, and
 * nothing the editor does not know is lost). Drafts are versioned: an older format is migrated, an unknown one
 * refused with a message. Pure: no DOM, no storage.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const DRAFT_FORMAT = 2;

export interface Draft {
  readonly format: typeof DRAFT_FORMAT;
  /** The draft's key in the browser's store (not the story id, which the journalist may change). */
  readonly key: string;
  /** When it was last changed (ISO time). */
  readonly updated: string;
  readonly article: string;
  readonly story: JsonObject;
  readonly features: readonly JsonObject[];
}

/** The basemap's shared views and the region they frame: a new story starts with them. */
const NEW_STORY: JsonObject = {
  id: "",
  title: "",
  language: "en",
  outlet: { name: null, attribution: "", note: "" },
  published: { date: "", method: "", sources: [] },
  defaultView: "region",
  views: ["rafah", "border", "sinai", "region"],
  bounds: [31.9, 29.4, 35.9, 32.4],
};

export function newDraft(key: string, now: Date): Draft {
  return { format: DRAFT_FORMAT, key, updated: now.toISOString(), article: "", story: clone(NEW_STORY), features: [] };
}

export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a path of keys and indexes, or undefined. */
export function getPath(value: Json | undefined, path: readonly (string | number)[]): Json | undefined {
  let at: Json | undefined = value;
  for (const key of path) {
    if (typeof key === "number") at = Array.isArray(at) ? at[key] : undefined;
    else at = isObject(at) ? at[key] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/** A copy of `value` with `path` set (objects made on the way); `undefined` removes the key. */
export function setPath(value: Json, path: readonly (string | number)[], next: Json | undefined): Json {
  const [key, ...rest] = path;
  if (key === undefined) return next ?? null;
  if (typeof key === "number") {
    const list = Array.isArray(value) ? [...value] : [];
    if (rest.length === 0 && next === undefined) list.splice(key, 1);
    else list[key] = setPath(list[key] ?? null, rest, next);
    return list;
  }
  const object: JsonObject = isObject(value) ? { ...value } : {};
  if (rest.length === 0 && next === undefined) {
    return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
  }
  object[key] = setPath(object[key] ?? null, rest, next);
  return object;
}

export function text(value: Json | undefined): string {
  return typeof value === "string" ? value : "";
}

/** A story id from a title: lower-case words joined by hyphens (the validator's slug), at most 60 characters. */
export function storyIdFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** An id for a new feature from its title, not taken by another feature. */
export function freeFeatureId(title: string, taken: ReadonlySet<string>): string {
  const base = storyIdFromTitle(title) || "feature";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${String(n)}`;
  return id;
}

export type MigrationResult = { readonly draft: Draft } | { readonly error: string };

/**
 * Reads a stored draft: the current format as is, format 1 (features under `collection.features`, before the
 * editor kept them as a list) migrated; anything else refused with a message (the stored record is kept).
 */
export function migrateDraft(stored: unknown): MigrationResult {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored))
    return { error: "this draft is not a draft record" };
  const record = stored as JsonObject;
  const format = record.format;
  const key = text(record.key);
  if (key === "") return { error: "this draft has no key" };
  if (format === DRAFT_FORMAT) {
    if (typeof record.article !== "string" || !isObject(record.story) || !Array.isArray(record.features))
      return { error: `draft "${key}" is damaged (article, story or features missing)` };
    return { draft: record as unknown as Draft };
  }
  if (format === 1) {
    const features = getPath(record, ["collection", "features"]);
    if (typeof record.article !== "string" || !isObject(record.story) || !Array.isArray(features))
      return { error: `draft "${key}" (format 1) is damaged (article, story or features missing)` };
    return {
      draft: {
        format: DRAFT_FORMAT,
        key,
        updated: text(record.updated) || new Date(0).toISOString(),
        article: record.article,
        story: record.story,
        features: features.filter(isObject),
      },
    };
  }
  return { error: `draft "${key}" is in format ${JSON.stringify(format ?? null)}, which this editor does not know` };
}

/** A feature's id as the file holds it ("" when it has none, or not a string: the validator says so). */
export function idOf(feature: JsonObject): string {
  return text(feature.id);
}
