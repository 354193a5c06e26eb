/** What an export says: byline, credits, legend rows, footnotes with their map positions, timeline marks. Pure. */
import type { Position } from "geojson";
import { positionsOf } from "../model/positions.ts";
import { formatDayMonth } from "../model/day-format.ts";
import { shortQuote } from "../model/quote.ts";
import type { DateInterval } from "../model/dates.ts";
import type { DerivedFacts } from "../model/derived.ts";
import { filteredOut, inHiddenGroup } from "../model/filters.ts";
import type { Story, StoryFeature } from "../model/types.ts";
import type { SceneContent } from "../render/scene/layout.ts";
import type { UiState } from "../state/store.ts";
import { statusColors } from "../theme/status.ts";
import { strings } from "../locale/en.ts";
import { bylineText, creditsText } from "../panels/credits.ts";
import { legendRows } from "../panels/legend/rows.ts";

const DAY = 86_400_000;
/** Quotes longer than this are cut at a word, with an ellipsis: the footnote points at the passage. */
const QUOTE_MAX = 150;

export interface Footnoted {
  readonly n: number;
  readonly feature: StoryFeature;
}

/**
 * Does the picture of these bounds draw the feature? A point inside them (or beyond the story's extent: a pointer
 * at the frame's edge), a line or an area that reaches into them.
 */
export function drawnIn(f: StoryFeature, bounds: readonly number[], storyBounds: readonly number[]): boolean {
  const positions = positionsOf(f);
  if (positions.length === 0) return false;
  const inBox = (b: readonly number[]) => (p: Position) => (p[0] as number) >= (b[0] as number) && (p[0] as number) <= (b[2] as number) && (p[1] as number) >= (b[1] as number) && (p[1] as number) <= (b[3] as number); // prettier-ignore
  const g = f.geometry;
  if (g?.type === "Point" || g?.type === "MultiPoint") return positions.some((p) => inBox(bounds)(p) || !inBox(storyBounds)(p)); // prettier-ignore
  const xs = positions.map((p) => p[0] as number);
  const ys = positions.map((p) => p[1] as number);
  const [w, s, e, n] = bounds as [number, number, number, number];
  return Math.min(...xs) <= e && Math.max(...xs) >= w && Math.min(...ys) <= n && Math.max(...ys) >= s;
}

/** The selected feature, or else every visible feature the picture draws, numbered in the order of the text. */
export function footnotedFeatures(story: Story, state: UiState, bounds: readonly number[]): Footnoted[] {
  const chosen = state.selected
    ? story.features.filter((f) => f.id === state.selected)
    : story.features.filter((f) => !filteredOut(f, state));
  return chosen
    .filter((f) => drawnIn(f, bounds, story.bounds))
    .sort((a, b) => (a.passages[0]?.start ?? 0) - (b.passages[0]?.start ?? 0))
    .map((feature, i) => ({ n: i + 1, feature }));
}

export function buildContent(
  story: Story,
  facts: DerivedFacts,
  state: UiState,
  footnoted: readonly Footnoted[],
  bounds: readonly number[],
): SceneContent {
  const legend = legendRows(story.features, state.hidden, bounds);

  const footnotes = footnoted.map(({ n, feature }) => {
    const p = feature.properties;
    return { n, text: `${footnoteQuote(story, feature)} (${strings.details.status[p.status]} by ${p.attributedTo})` };
  });

  const extent = facts.timeExtent;
  const timeline = extent ? timelineStrip(story, state, extent) : { marks: [], ticks: [] };
  return { byline: bylineText(story), credits: creditsText(story), legend, footnotes, timeline };
}

/**
 * The first passage typeset as a quote, cut at a word inside its first sentence when it is long (the ellipsis
 * then stands inside that sentence, never joining two); a feature of several passages says how many more there are.
 */
function footnoteQuote(story: Story, f: StoryFeature): string {
  const first = f.passages[0];
  if (!first) return "";
  const more = f.passages.length - 1;
  return `${shortQuote(story.article.slice(first.start, first.end), QUOTE_MAX)}${more > 0 ? ` ${strings.exports.morePassages(more)}` : ""}`; // prettier-ignore
}

/** The timeline strip's marks and ticks over the story's time extent. */
function timelineStrip(story: Story, state: UiState, extent: DateInterval): SceneContent["timeline"] {
  const t0 = extent.start - DAY;
  const t1 = extent.end + 2 * DAY;
  const frac = (t: number) => (t - t0) / (t1 - t0);
  const marks = story.features
    .filter((f) => f.when !== null && !inHiddenGroup(f, state.hidden))
    .map((f) => {
      const w = f.when as { start: number; end: number };
      return {
        x0: frac(w.start),
        x1: frac(w.end + DAY),
        color: statusColors[f.properties.status],
        label: f.properties.when?.phrase ?? "",
      };
    });
  const ticks: { x: number; label: string }[] = [];
  for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += 2 * DAY) {
    ticks.push({ x: frac(t), label: formatDayMonth(t) });
  }
  return { marks, ticks };
}
