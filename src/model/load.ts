/**
 * Fetches a story's three files (in parallel) and validates them. story.json is available on its own first, so
 * the map can be framed on the story's view while the rest arrives. The fetch function is passed in; no DOM.
 */
import { FILES, validateStory, type StoryFiles, type ValidationResult } from "./validate.ts";
import { parseViews, type NamedView, type ViewSet } from "./views.ts";
import type { Problem } from "./problems.ts";
import { storySchema } from "./schema.ts";

/** The performance measure of a story's validation in the page. */
export const VALIDATION_MEASURE = "rafah-map:validation";

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

interface Fetched {
  readonly text: string;
  readonly problem: Problem | null;
}

async function fetchText(urlPromise: Promise<string>, file: string, fetcher: Fetcher): Promise<Fetched> {
  const fail = (message: string): Fetched => ({ text: "", problem: { severity: "error", file, message } });
  try {
    const url = await urlPromise;
    if (url === "") return fail("file is missing");
    const response = await fetcher(url);
    if (!response.ok) return fail(`could not be loaded (HTTP ${response.status})`);
    return { text: await response.text(), problem: null };
  } catch (error) {
    return fail(`could not be loaded (${(error as Error).message})`);
  }
}

export interface StoryLoad {
  /** The story's views as story.json gives them, if it parses and passes the schema (before full validation). */
  readonly views: Promise<ViewSet | null>;
  /** The complete validation of the three files. */
  readonly result: Promise<ValidationResult>;
}

/** Resolves story.json's views (ids of shared views or view objects) without validating the rest of the story. */
export function previewViews(storyText: string, sharedViews: readonly NamedView[]): ViewSet | null {
  try {
    const parsed = storySchema.safeParse(JSON.parse(storyText));
    if (!parsed.success) return null;
    const views = parsed.data.views.map((v) => (typeof v === "string" ? sharedViews.find((s) => s.id === v) : v));
    return parseViews({ default: parsed.data.defaultView, views }, "story.json");
  } catch {
    return null;
  }
}

export function loadStory(
  id: string,
  urls: { story: Promise<string>; features: Promise<string>; article: Promise<string> },
  sharedViews: readonly NamedView[],
  fetcher: Fetcher,
): StoryLoad {
  const prefix = `data/stories/${id}/`;
  const story = fetchText(urls.story, `${prefix}${FILES.story}`, fetcher);
  const features = fetchText(urls.features, `${prefix}${FILES.features}`, fetcher);
  const article = fetchText(urls.article, `${prefix}${FILES.article}`, fetcher);
  const views = story.then((s) => (s.problem ? null : previewViews(s.text, sharedViews)));
  const result = Promise.all([story, features, article]).then(([s, f, a]): ValidationResult => {
    const problems = [s.problem, f.problem, a.problem].filter((p): p is Problem => p !== null);
    if (problems.length > 0) return { story: null, problems };
    const files: StoryFiles = { story: s.text, features: f.text, article: a.text };
    const started = performance.now();
    const result = validateStory(files, { dirName: id, sharedViews, pathPrefix: prefix });
    // Read by the benchmark: how long validation took in the page.
    performance.measure(VALIDATION_MEASURE, { start: started, end: performance.now() });
    return result;
  });
  return { views, result };
}
