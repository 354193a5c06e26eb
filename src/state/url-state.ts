/**
 * The URL hash read as UI state and written from it. Unknown or bad values in the hash are ignored (defaults are
 * used). Pure: no DOM.
 */
import { parseDateOrInterval, formatIsoDate } from "../model/dates.ts";
import { GROUPS, normalizeGroups } from "../model/groups.ts";
import { resolveView, type ViewSet } from "../model/views.ts";
import { formatHash, type HashState } from "./hash.ts";
import type { UiState } from "./store.ts";

export interface UrlContext {
  readonly storyId: string;
  readonly defaultStoryId: string;
  readonly views: ViewSet;
  readonly featureIds: ReadonlySet<string>;
}

export interface HashReading {
  readonly patch: Pick<UiState, "viewId" | "selected" | "hidden" | "timeRange">;
  /** A view name that was asked for and not found. */
  readonly unknownView: string | null;
}

export function stateFromHash(h: HashState, ctx: UrlContext): HashReading {
  const view = resolveView(ctx.views, h.view);
  const visible = h.layers === null ? null : normalizeGroups(h.layers);
  const ignoreLayers = visible === null || (visible.length === 0 && h.layers !== null && h.layers.length > 0);
  const interval = h.time === null ? null : parseDateOrInterval(h.time);
  return {
    patch: {
      viewId: view.view.id,
      selected: h.feature !== null && ctx.featureIds.has(h.feature) ? h.feature : null,
      hidden: ignoreLayers ? [] : GROUPS.filter((g) => !visible.includes(g)),
      timeRange: interval ? [interval.start, interval.end] : null,
    },
    unknownView: view.unknown,
  };
}

export function hashFromState(state: UiState, ctx: UrlContext): string {
  const range = state.timeRange;
  return formatHash({
    story: state.storyId === ctx.defaultStoryId ? null : state.storyId,
    view: state.viewId,
    feature: state.selected,
    layers: state.hidden.length === 0 ? null : GROUPS.filter((g) => !state.hidden.includes(g)),
    time: range === null ? null : `${formatIsoDate(range[0])}/${formatIsoDate(range[1])}`,
  });
}
