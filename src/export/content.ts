/** What an export says: byline, credits, legend rows, footnotes with their map positions, timeline marks. Pure. */
import centroid from "@turf/centroid";
import type { Position } from "geojson";
import { formatDayMonth } from "../model/day-format.ts";
import { typesetQuote } from "../model/quote.ts";
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
export const MAX_FOOTNOTES = 12;
/** Quotes longer than this are cut at a word, with an ellipsis: the footnote points at the passage. */
const QUOTE_MAX = 150;

export interface Footnoted {
  readonly n: number;
  readonly feature: StoryFeature;
  /** Where the numbered marker goes, [lon, lat]. */
  readonly at: Position;
}

/** A representative position of a feature inside the bounds (first point inside, middle of a line, centroid). */
export function anchorPosition(f: StoryFeature, bounds: readonly number[]): Position | null {
  const g = f.geometry;
  if (!g) return null;
  const [w, s, e, n] = bounds as [number, number, number, number];
  const inside = (p: Position) =>
    (p[0] as number) >= w && (p[0] as number) <= e && (p[1] as number) >= s && (p[1] as number) <= n;
  let p: Position | undefined;
  if (g.type === "Point") p = g.coordinates;
  else if (g.type === "MultiPoint") p = g.coordinates.find(inside);
  else if (g.type === "LineString") p = g.coordinates[Math.floor(g.coordinates.length / 2)];
  else if (g.type === "MultiLineString") {
    const first = g.coordinates[0];
    p = first ? first[Math.floor(first.length / 2)] : undefined;
  } else p = centroid({ type: "Feature", properties: {}, geometry: g }).geometry.coordinates;
  return p && inside(p) ? p : null;
}

/** The selected feature, or else every visible feature placed inside the bounds, in the order of the text. */
export function footnotedFeatures(story: Story, state: UiState, bounds: readonly number[]): Footnoted[] {
  const chosen = state.selected
    ? story.features.filter((f) => f.id === state.selected)
    : story.features.filter((f) => !filteredOut(f, state));
  return chosen
    .map((feature) => ({ feature, at: anchorPosition(feature, bounds) }))
    .filter((x): x is { feature: StoryFeature; at: Position } => x.at !== null)
    .sort((a, b) => (a.feature.passages[0]?.start ?? 0) - (b.feature.passages[0]?.start ?? 0))
    .slice(0, MAX_FOOTNOTES)
    .map((x, i) => ({ n: i + 1, ...x }));
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
    const full = feature.passages.map((p) => story.article.slice(p.start, p.end)).join(" … ");
    const quote = full.length > QUOTE_MAX ? `${full.slice(0, QUOTE_MAX).replace(/\s+\S*$/, "")} …` : full;
    const p = feature.properties;
    return { n, text: `${typesetQuote(quote)} (${strings.details.status[p.status]} by ${p.attributedTo})` };
  });

  const extent = facts.timeExtent;
  const timeline = extent ? timelineStrip(story, state, extent) : { marks: [], ticks: [] };
  return { byline: bylineText(story), credits: creditsText(story), legend, footnotes, timeline };
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
