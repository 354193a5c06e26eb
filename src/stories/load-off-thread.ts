/**
 * Loads and validates a story in a worker, so that the page stays responsive while it happens (validation is the
 * longest piece of work a page start does); where no worker can be made, in the page. The model comes back as a
 * copy, frozen again here. Validation's time is recorded as a performance measure in the page either way.
 */
import { VALIDATION_MEASURE, deepFreeze } from "../model/freeze.ts";
import type { StoryUrls, TimedValidation } from "../model/load.ts";
import type { ValidationResult } from "../model/validate.ts";
import type { NamedView } from "../model/views.ts";
import type { ValidateRequest } from "./validate-worker.ts";

function recorded(timed: TimedValidation): ValidationResult {
  const end = performance.now();
  performance.measure(VALIDATION_MEASURE, { start: Math.max(0, end - timed.validationMs), end });
  const { story, problems } = timed.result;
  return { story: story ? deepFreeze(story) : null, problems };
}

async function inPage(id: string, urls: StoryUrls, sharedViews: readonly NamedView[]): Promise<ValidationResult> {
  const { loadStory } = await import("../model/load.ts");
  return recorded(await loadStory(id, urls, sharedViews, (url) => fetch(url)));
}

export function loadOffThread(
  id: string,
  urls: StoryUrls,
  sharedViews: readonly NamedView[],
): Promise<ValidationResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./validate-worker.ts", import.meta.url), { type: "module", name: "story" });
  } catch {
    return inPage(id, urls, sharedViews);
  }
  return new Promise((resolve) => {
    worker.addEventListener("message", (e: MessageEvent<TimedValidation>) => {
      worker.terminate();
      resolve(recorded(e.data));
    });
    worker.addEventListener("error", () => {
      worker.terminate();
      resolve(inPage(id, urls, sharedViews));
    });
    const request: ValidateRequest = { id, urls, sharedViews };
    worker.postMessage(request);
  });
}
