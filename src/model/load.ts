/**
 * Fetches a story's three files (in parallel) and validates them. The fetch function is passed in; no DOM, so the
 * same code runs in a worker (stories/load-off-thread.ts), in the page and in node.
 */
import { FILES, validateStory, type ValidationResult } from "./validate.ts";
import type { NamedView } from "./views.ts";
import type { Problem } from "./problems.ts";

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

export interface StoryUrls {
  readonly story: string;
  readonly features: string;
  readonly article: string;
}

interface Fetched {
  readonly text: string;
  readonly problem: Problem | null;
}

async function fetchText(url: string, file: string, fetcher: Fetcher): Promise<Fetched> {
  const fail = (message: string): Fetched => ({ text: "", problem: { severity: "error", file, message } });
  try {
    if (url === "") return fail("file is missing");
    const response = await fetcher(url);
    if (!response.ok) return fail(`could not be loaded (HTTP ${response.status})`);
    return { text: await response.text(), problem: null };
  } catch (error) {
    return fail(`could not be loaded (${(error as Error).message})`);
  }
}

/** The validation, and how long it took (ms). */
export interface TimedValidation {
  readonly result: ValidationResult;
  readonly validationMs: number;
}

export async function loadStory(
  id: string,
  urls: StoryUrls,
  sharedViews: readonly NamedView[],
  fetcher: Fetcher,
): Promise<TimedValidation> {
  const prefix = `data/stories/${id}/`;
  const [s, f, a] = await Promise.all([
    fetchText(urls.story, `${prefix}${FILES.story}`, fetcher),
    fetchText(urls.features, `${prefix}${FILES.features}`, fetcher),
    fetchText(urls.article, `${prefix}${FILES.article}`, fetcher),
  ]);
  const problems = [s.problem, f.problem, a.problem].filter((p): p is Problem => p !== null);
  if (problems.length > 0) return { result: { story: null, problems }, validationMs: 0 };
  const started = performance.now();
  const result = validateStory(
    { story: s.text, features: f.text, article: a.text },
    { dirName: id, sharedViews, pathPrefix: prefix },
  );
  return { result, validationMs: performance.now() - started };
}
