/**
 * Which story a page loads: the one the hash names, or the page's own (the default story's at the site's root),
 * with a notice when the hash names a story that does not exist; then its files are fetched and validated off the
 * page's main thread (load-off-thread.ts).
 */
import viewsJson from "../../data/views.json";
import type { ValidationResult } from "../model/validate.ts";
import { parseViews, type ViewSet } from "../model/views.ts";
import { strings } from "../locale/en.ts";
import { loadOffThread } from "./load-off-thread.ts";
import { storyUrls } from "./registry.ts";

export interface ChosenStory {
  readonly id: string;
  /** The validation of the story's files. */
  readonly result: Promise<ValidationResult>;
  /** Said to the reader when the hash named a story that does not exist. */
  readonly notice: string | null;
  /** The basemap's named views (data/views.json), for a story that cannot be loaded. */
  readonly sharedViews: ViewSet;
}

export function chooseStory(requested: string | null, pageStory: string): ChosenStory {
  const sharedViews = parseViews(viewsJson, "data/views.json");
  const asked = requested ?? pageStory;
  let id = asked;
  let notice: string | null = null;
  let urls = storyUrls(id);
  if (!urls) {
    notice = strings.stories.unknown(asked, pageStory);
    id = pageStory;
    urls = storyUrls(id);
  }
  if (!urls) {
    const problems = [{ severity: "error" as const, file: `data/stories/${id}/`, message: "no such story" }];
    return { id, notice, result: Promise.resolve({ story: null, problems }), sharedViews };
  }
  const { story, features, article } = urls;
  const absolute = (u: string) => (u === "" ? "" : new URL(u, document.baseURI).href);
  const result = Promise.all([story, features, article]).then(([s, f, a]) =>
    loadOffThread(id, { story: absolute(s), features: absolute(f), article: absolute(a) }, sharedViews.views),
  );
  return { id, result, notice, sharedViews };
}
