/** A worker that fetches a story's files and validates them, off the page's main thread (load-off-thread.ts). */
import { loadStory, type StoryUrls } from "../model/load.ts";
import type { NamedView } from "../model/views.ts";

export interface ValidateRequest {
  readonly id: string;
  readonly urls: StoryUrls;
  readonly sharedViews: readonly NamedView[];
}

addEventListener("message", (e: MessageEvent<ValidateRequest>) => {
  const { id, urls, sharedViews } = e.data;
  void loadStory(id, urls, sharedViews, (url) => fetch(url)).then((timed) => {
    postMessage(timed);
  });
});
