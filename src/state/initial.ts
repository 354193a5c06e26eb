/** The state a page opens with: the URL hash read against the story (unknown values fall back to defaults). */
import type { Story } from "../model/types.ts";
import type { ViewSet } from "../model/views.ts";
import type { HashState } from "./hash.ts";
import { Store } from "./store.ts";
import { stateFromHash, type UrlContext } from "./url-state.ts";

export function urlContext(storyId: string, defaultStoryId: string, views: ViewSet, story: Story | null): UrlContext {
  return { storyId, defaultStoryId, views, featureIds: new Set(story?.features.map((f) => f.id) ?? []) };
}

/** The store for this hash and story, and the view name the hash asked for if there is no such view. */
export function initialStore(hash: HashState, ctx: UrlContext): { store: Store; unknownView: string | null } {
  const { patch, unknownView } = stateFromHash(hash, ctx);
  const store = new Store({
    storyId: ctx.storyId,
    ...patch,
    selectedFrom: patch.selected === null ? null : "url",
    hovered: null,
    step: null,
    focus: null,
  });
  return { store, unknownView };
}
