/** The filters a reader sets (hidden groups, a time range), shared by the map, the text, the list and exports. No DOM. */
import type { DateInterval } from "./dates.ts";
import { groupOf } from "./groups.ts";
import type { StoryFeature } from "./types.ts";

/** True when a dated feature lies wholly outside the range; undated features are never outside. */
export function outsideRange(when: DateInterval | null, range: readonly [number, number] | null): boolean {
  if (range === null || when === null) return false;
  return when.end < range[0] || when.start > range[1];
}

/** True when the feature is drawn dimmed: outside the time range, or not among the guided step's features. */
export function dimmedBy(
  f: Pick<StoryFeature, "id" | "when">,
  state: { readonly timeRange: readonly [number, number] | null; readonly focus: readonly string[] | null },
): boolean {
  return outsideRange(f.when, state.timeRange) || (state.focus !== null && !state.focus.includes(f.id));
}

/** True when the feature's layer group is hidden. */
export function inHiddenGroup(f: Pick<StoryFeature, "properties">, hidden: readonly string[]): boolean {
  return hidden.includes(groupOf(f.properties));
}

/** True when the feature is filtered out: its group hidden or its date outside the range (shown dimmed). */
export function filteredOut(
  f: Pick<StoryFeature, "properties" | "when">,
  filters: { readonly hidden: readonly string[]; readonly timeRange: readonly [number, number] | null },
): boolean {
  return inHiddenGroup(f, filters.hidden) || outsideRange(f.when, filters.timeRange);
}

/** The features drawn on a map with these hidden groups (located, in a visible group). */
export function drawnFeatures<F extends Pick<StoryFeature, "properties" | "geometry">>(
  features: readonly F[],
  hidden: readonly string[],
): F[] {
  return features.filter((f) => f.geometry !== null && !inHiddenGroup(f, hidden));
}
