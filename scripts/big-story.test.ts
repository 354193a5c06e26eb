/** The big-story fixture (10,000 features, 200 KB of text) validates with no error. */
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
    // No error; the only warnings say how many points lie outside the default view (20 named, the rest counted).
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.problems.length).toBeLessThanOrEqual(21);
    for (const p of result.problems) expect(p.message).toMatch(/outside the default view "sinai"/);
    expect(result.story?.features).toHaveLength(BIG_FEATURES);
    expect(BIG_FEATURES).toBe(10_000);
  });
});
