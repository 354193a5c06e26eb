/** The big-story fixture (10,000 features, 200 KB of text) validates with no problem at all. */
import { describe, expect, it } from "vitest";
import { BIG_FEATURES, BIG_STORY_ID, makeBigStory } from "../e2e/fixtures/make-big-story.ts";
import { validateStory } from "../src/model/validate.ts";
import { parseViews } from "../src/model/views.ts";
import viewsJson from "../data/views.json";

describe("big story", () => {
  it("has 10,000 features over a 200 KB article, and validates", () => {
    const files = makeBigStory();
    expect(files.article.length).toBeGreaterThanOrEqual(200_000);
    const sharedViews = parseViews(viewsJson, "data/views.json").views;
    const result = validateStory(files, { dirName: BIG_STORY_ID, sharedViews, pathPrefix: "" });
    expect(result.problems).toEqual([]);
    expect(result.story?.features).toHaveLength(BIG_FEATURES);
    expect(BIG_FEATURES).toBe(10_000);
  });
});
