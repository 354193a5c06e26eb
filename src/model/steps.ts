/**
 * Guided reading: the steps the map follows as the article is read, derived from the story with no configuration.
 * Step 0 is the overview (the story's default view, nothing marked); then each paragraph with anchored passages is
 * a step that marks the features those passages report, framed by the tightest of the story's views that holds every
 * one of their positions on the map (a named view: its names, marks and pointers are laid out and audited, and a
 * named place is always in view). A paragraph whose features have no place on the map keeps the step before's view.
 * The story may choose a paragraph's view (`guide.views`) or turn the guide off (`guide.off`). No DOM.
 */
import { paragraphRanges } from "./paragraphs.ts";
import { positionsOf } from "./positions.ts";
import type { Story, StoryFeature } from "./types.ts";
import type { BBox, NamedView } from "./views.ts";

export interface GuideStep {
  /** 0 for the overview, then 1, 2, … in reading order. */
  readonly index: number;
  /** The paragraph (counted from 1) whose passages make the step; null for the overview. */
  readonly paragraph: number | null;
  /** The features the step marks, in the order their passages are read; empty for the overview. */
  readonly features: readonly string[];
  /** The named view that frames the step. */
  readonly viewId: string;
  /** Whether the view is the story's choice (guide.views) rather than derived from the features. */
  readonly chosen: boolean;
}

const area = (b: BBox) => (b[2] - b[0]) * (b[3] - b[1]);

/** The positions of a feature that lie inside the story's extent (off-map ends are shown by pointers). */
function onMap(f: StoryFeature, extent: BBox): [number, number][] {
  const [w, s, e, n] = extent;
  return positionsOf(f)
    .map((p) => [p[0] as number, p[1] as number] as [number, number])
    .filter(([x, y]) => x >= w && x <= e && y >= s && y <= n);
}

/** The smallest of the views that holds every position (null: no position, or none holds them all). */
export function tightestView(
  positions: readonly (readonly [number, number])[],
  views: readonly NamedView[],
): NamedView | null {
  // prettier-ignore
  if (positions.length === 0) return null;
  const holds = (v: NamedView) => positions.every(([x, y]) => x >= v.bounds[0] && x <= v.bounds[2] && y >= v.bounds[1] && y <= v.bounds[3]); // prettier-ignore
  return [...views].sort((a, b) => area(a.bounds) - area(b.bounds)).find(holds) ?? null;
}

/** The features whose passages lie in each paragraph, in reading order (a feature may be in several). */
export function featuresByParagraph(story: Story): string[][] {
  const paragraphs = paragraphRanges(story.article);
  const found = paragraphs.map(() => [] as { id: string; at: number }[]);
  for (const f of story.features) {
    for (const p of f.passages) {
      const i = paragraphs.findIndex((r) => p.start >= r.start && p.start < r.end);
      if (i >= 0) found[i]?.push({ id: f.id, at: p.start });
    }
  }
  return found.map((list) => [...new Set(list.sort((a, b) => a.at - b.at).map((x) => x.id))]);
}

const cache = new WeakMap<Story, readonly GuideStep[]>();

/** The story's steps (empty when its guide is off). */
export function guideSteps(story: Story): readonly GuideStep[] {
  const known = cache.get(story);
  if (known) return known;
  const steps = deriveSteps(story);
  cache.set(story, steps);
  return steps;
}

function deriveSteps(story: Story): readonly GuideStep[] {
  if (story.meta.guide?.off === true) return Object.freeze([]);
  const views = story.views.views;
  const byId = new Map(story.features.map((f) => [f.id, f]));
  const chosen = new Map((story.meta.guide?.views ?? []).map((v) => [v.paragraph, v.view]));
  const steps: GuideStep[] = [{ index: 0, paragraph: null, features: [], viewId: story.views.defaultId, chosen: false }]; // prettier-ignore
  featuresByParagraph(story).forEach((ids, i) => {
    if (ids.length === 0) return;
    const paragraph = i + 1;
    const own = chosen.get(paragraph);
    const positions = ids.flatMap((id) => {
      const f = byId.get(id);
      return f ? onMap(f, story.bounds) : [];
    });
    const previous = (steps[steps.length - 1] as GuideStep).viewId;
    const viewId = own !== undefined && views.some((v) => v.id === own) ? own : (tightestView(positions, views)?.id ?? (positions.length > 0 ? widest(views) : previous)); // prettier-ignore
    steps.push(Object.freeze({ index: steps.length, paragraph, features: Object.freeze(ids), viewId, chosen: own !== undefined })); // prettier-ignore
  });
  return Object.freeze(steps.map((s) => Object.freeze(s)));
}

function widest(views: readonly NamedView[]): string {
  return ([...views].sort((a, b) => area(b.bounds) - area(a.bounds))[0] as NamedView).id;
}
