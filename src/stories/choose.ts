/**
 * Which story a page loads: the one the hash names, or the default with a notice when there is no such story;
 * then its files are fetched and validated (model/load.ts).
 */
import viewsJson from "../../data/views.json";
import { loadStory, type StoryLoad } from "../model/load.ts";
import { parseViews, type ViewSet } from "../model/views.ts";
import { strings } from "../locale/en.ts";
import { DEFAULT_STORY_ID, storyUrls } from "./registry.ts";

export interface ChosenStory {
  readonly id: string;
  readonly load: StoryLoad;
  /** Said to the reader when the hash named a story that does not exist. */
  readonly notice: string | null;
  /** The basemap's named views (data/views.json), for a story that cannot be loaded. */
  readonly sharedViews: ViewSet;
}

export function chooseStory(requested: string | null): ChosenStory {
  const sharedViews = parseViews(viewsJson, "data/views.json");
  const asked = requested ?? DEFAULT_STORY_ID;
  let id = asked;
  let notice: string | null = null;
  let urls = storyUrls(id);
  if (!urls) {
    notice = strings.stories.unknown(asked, DEFAULT_STORY_ID);
    id = DEFAULT_STORY_ID;
    urls = storyUrls(id);
  }
  if (!urls) {
    const problems = [{ severity: "error" as const, file: `data/stories/${id}/`, message: "no such story" }];
    const load = { views: Promise.resolve(null), result: Promise.resolve({ story: null, problems }) };
    return { id, notice, load, sharedViews };
  }
  return { id, load: loadStory(id, urls, sharedViews.views, (url) => fetch(url)), notice, sharedViews };
}
