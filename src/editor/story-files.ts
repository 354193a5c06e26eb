/**
 * A draft as the three files of a story folder and back: `article.txt`, `story.json`, `features.geojson`. Opening
 * keeps the files' JSON as it is (unknown fields included); writing lays it out as the repository does. No DOM.
 */
import { formatGeoJson } from "../model/format-json.ts";
import { parseJson } from "../model/json.ts";
import { FILES, type StoryFiles } from "../model/validate.ts";
import { DRAFT_FORMAT, isObject, type Draft, type Json, type JsonObject } from "./draft.ts";

export function draftToFiles(draft: Draft): StoryFiles {
  return {
    article: draft.article,
    story: formatGeoJson(draft.story),
    features: formatGeoJson({ type: "FeatureCollection", features: draft.features as Json[] }),
  };
}

export type OpenResult = { readonly draft: Draft } | { readonly errors: readonly string[] };

function parsed(file: string, textOf: string): { value?: Json; error?: string } {
  const result = parseJson(textOf);
  if (!result.ok) return { error: `${file}: ${result.message} (line ${String(result.line)}, column ${String(result.column)})` }; // prettier-ignore
  return { value: result.value as Json };
}

/** A draft from a story's three files; the errors say which file cannot be read (nothing is opened then). */
export function filesToDraft(files: Partial<StoryFiles>, key: string, now: Date): OpenResult {
  const errors: string[] = [];
  for (const name of ["article", "story", "features"] as const) {
    if (files[name] === undefined) errors.push(`${FILES[name]} is missing`);
  }
  const story = files.story === undefined ? {} : parsed(FILES.story, files.story);
  const features = files.features === undefined ? {} : parsed(FILES.features, files.features);
  if (story.error) errors.push(story.error);
  if (features.error) errors.push(features.error);
  if (story.value !== undefined && !isObject(story.value)) errors.push(`${FILES.story}: expected an object`);
  const list = isObject(features.value) ? features.value.features : undefined;
  if (features.value !== undefined && !Array.isArray(list))
    errors.push(`${FILES.features}: expected a FeatureCollection with a "features" list`);
  if (Array.isArray(list) && !list.every(isObject)) errors.push(`${FILES.features}: every feature must be an object`);
  if (errors.length > 0 || !isObject(story.value) || !Array.isArray(list)) return { errors };
  return {
    draft: {
      format: DRAFT_FORMAT,
      key,
      updated: now.toISOString(),
      article: files.article ?? "",
      story: story.value,
      features: list as JsonObject[],
    },
  };
}
