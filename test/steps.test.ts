import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import viewsJson from "../data/views.json";
import { guideSteps, tightestView } from "../src/model/steps.ts";
import { positionsOf } from "../src/model/positions.ts";
import { validateStory } from "../src/model/validate.ts";
import { parseViews } from "../src/model/views.ts";
import { paragraphRanges } from "../src/model/paragraphs.ts";
import { firstStory } from "./fixtures.ts";

const dir = "data/stories/rafah-april-2024";
const read = (f: string) => readFileSync(`${dir}/${f}`, "utf8");
const withGuide = (guide: unknown) => {
  const meta = { ...(JSON.parse(read("story.json")) as Record<string, unknown>), guide };
  return validateStory(
    { story: JSON.stringify(meta), features: read("features.geojson"), article: read("article.txt") },
    { sharedViews: parseViews(viewsJson).views, dirName: "rafah-april-2024" },
  );
};

describe("the guided reading's steps, derived from the story's anchors", () => {
  const story = firstStory();
  const steps = guideSteps(story);

  it("starts with the overview, then one step per paragraph with anchored passages, in reading order", () => {
    expect(steps[0]).toMatchObject({ index: 0, paragraph: null, features: [], viewId: story.views.defaultId });
    const anchored = paragraphRanges(story.article)
      .map((r, i) => ({
        i: i + 1,
        any: story.features.some((f) => f.passages.some((p) => p.start >= r.start && p.start < r.end)),
      })) // prettier-ignore
      .filter((p) => p.any)
      .map((p) => p.i);
    expect(steps.slice(1).map((s) => s.paragraph)).toEqual(anchored);
    expect(steps.length).toBeGreaterThan(5);
  });

  it("frames each step by the smallest view that holds every position of its features on the map", () => {
    const byId = new Map(story.features.map((f) => [f.id, f]));
    const [w, s, e, n] = story.bounds;
    for (const step of steps.slice(1)) {
      const positions = step.features.flatMap((id) => positionsOf(byId.get(id) as never).map((p) => [p[0] as number, p[1] as number] as const)).filter(([x, y]) => x >= w && x <= e && y >= s && y <= n); // prettier-ignore
      if (positions.length === 0) continue;
      const tightest = tightestView(positions, story.views.views);
      if (tightest) {
        expect(step.viewId).toBe(tightest.id);
        const [vw, vs, ve, vn] = tightest.bounds;
        for (const [x, y] of positions) expect(x >= vw && x <= ve && y >= vs && y <= vn).toBe(true);
      } else {
        // No view holds them all (treaty zones reach Eilat): the widest view.
        expect(step.viewId).toBe("region");
      }
    }
    // The denied deal and the New Arab's claim are about Rafah: the Rafah view.
    expect(steps.find((s) => s.features.includes("green-light-denied"))?.viewId).toBe("rafah");
  });

  it("a paragraph's view chosen by the story wins; the guide can be turned off", () => {
    const chosen = withGuide({ views: [{ paragraph: 6, view: "sinai" }] });
    expect(chosen.story && guideSteps(chosen.story).find((s) => s.paragraph === 6)).toMatchObject({ viewId: "sinai", chosen: true }); // prettier-ignore
    const off = withGuide({ off: true });
    expect(off.story && guideSteps(off.story)).toEqual([]);
  });

  it("a choice for a paragraph that is no step, or of a view the story has not, is refused in plain words", () => {
    const bad = withGuide({
      views: [
        { paragraph: 99, view: "sinai" },
        { paragraph: 1, view: "nowhere" },
      ],
    });
    expect(bad.story).toBeNull();
    const messages = bad.problems.filter((p) => p.field?.startsWith("guide.views")).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^there is no paragraph 99: the article has \d+$/),
      expect.stringMatching(/^"nowhere" is not one of the story's views/),
    ]);
  });
});
