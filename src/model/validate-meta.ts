/**
 * Validation, first phase: the files' sizes (a huge file is refused before it is parsed), story.json against its
 * schema, and the story's views (ids of shared views, or views of its own). No DOM.
 */
import { parseDateOrInterval } from "./dates.ts";
import { MARKUP_WARNING, markupFields } from "./markup-check.ts";
import { parseJson } from "./json.ts";
import { pathToField } from "./problems.ts";
import { isRecord, type Report } from "./report.ts";
import { storySchema, type StoryJson } from "./schema.ts";
import { LIMITS, type StoryFiles, type ValidateOptions } from "./types.ts";
import type { BBox, NamedView } from "./views.ts";

export interface FileNames {
  readonly story: string;
  readonly features: string;
  readonly article: string;
}

/** The files that are over their size limit (reported). */
export function checkSizes(files: StoryFiles, names: FileNames, report: Report): ReadonlySet<string> {
  const sizes: [string, string, number][] = [
    [names.story, files.story, LIMITS.storyChars],
    [names.features, files.features, LIMITS.featuresChars],
    [names.article, files.article, LIMITS.articleChars],
  ];
  const tooBig = new Set<string>();
  for (const [file, content, limit] of sizes) {
    if (content.length > limit) {
      tooBig.add(file);
      report.error({ file, message: `file is too large: ${content.length} characters, the limit is ${limit}` });
    }
  }
  if (!tooBig.has(names.article) && files.article.trim() === "") {
    report.error({ file: names.article, message: "the article is empty" });
  }
  return tooBig;
}

/** story.json, parsed and checked against the schema; null when it cannot be used. */
export function validateStoryJson(
  text: string,
  file: string,
  options: ValidateOptions,
  report: Report,
): StoryJson | null {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    report.error({ file, line: parsed.line, column: parsed.column, message: `invalid JSON: ${parsed.message}` });
    return null;
  }
  for (const field of markupFields(parsed.value)) report.warn({ file, field, message: MARKUP_WARNING });
  // The date is checked even when another field fails the schema, so an author sees every problem at once.
  const date: unknown = isRecord(parsed.value) && isRecord(parsed.value.published) ? parsed.value.published.date : null;
  if (typeof date === "string" && parseDateOrInterval(date) === null) {
    report.error({
      file,
      field: "published.date",
      message: `expected an ISO date (2024-04-18) or interval (2024-04-15/2024-04-18), got "${date}"`,
    });
  }
  const result = storySchema.safeParse(parsed.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      report.error({ file, field: pathToField(issue.path) || "(root)", message: issue.message });
    }
    return null;
  }
  const meta = result.data;
  if (options.dirName !== undefined && meta.id !== options.dirName) {
    report.error({ file, field: "id", message: `expected "${options.dirName}" (the folder's name), got "${meta.id}"` });
  }
  return meta;
}

/** The story's views: ids name shared views, objects define the story's own. */
export function resolveStoryViews(
  meta: StoryJson,
  file: string,
  sharedViews: readonly NamedView[],
  report: Report,
): NamedView[] {
  const views: NamedView[] = [];
  const seen = new Set<string>();
  meta.views.forEach((v, i) => {
    const view = typeof v === "string" ? sharedViews.find((s) => s.id === v) : { ...v, bounds: v.bounds as BBox };
    if (!view) {
      report.error({
        file,
        field: `views[${i}]`,
        message: `unknown view "${typeof v === "string" ? v : v.id}"; expected one of ${sharedViews.map((s) => s.id).join(", ")} or a view object`,
      });
      return;
    }
    if (seen.has(view.id)) report.error({ file, field: `views[${i}]`, message: `duplicate view "${view.id}"` });
    seen.add(view.id);
    views.push(view);
  });
  if (!seen.has(meta.defaultView)) {
    report.error({ file, field: "defaultView", message: `"${meta.defaultView}" is not one of the story's views` });
  }
  return views.map((v) => Object.freeze({ ...v }));
}
