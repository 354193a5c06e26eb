/**
 * Keeps the URL hash and the store in step. Selections push a history entry (so back and forward walk through
 * them); other changes replace the current one. Unknown or bad values in the hash are ignored (defaults are used).
 */
import { parseHash } from "./hash.ts";
import type { Store } from "./store.ts";
import { hashFromState, stateFromHash, type UrlContext } from "./url-state.ts";

/** Binds store and hash; `onStoryChange` is called when the hash names another story (the app reloads). */
export function bindUrl(
  store: Store,
  ctx: UrlContext,
  onUnknownView: (name: string) => void,
  onStoryChange: () => void,
): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    const hash = hashFromState(state, ctx);
    if (hash === location.hash || (hash === "" && location.hash === "")) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (state.selected !== previous.selected && state.selectedFrom !== "url") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  });
  const onNavigate = () => {
    const h = parseHash(location.hash);
    if ((h.story ?? ctx.defaultStoryId) !== ctx.storyId) {
      onStoryChange();
      return;
    }
    const { patch, unknownView } = stateFromHash(h, ctx);
    store.set({ ...patch, selectedFrom: patch.selected === null ? null : "url" });
    if (unknownView !== null) onUnknownView(unknownView);
  };
  window.addEventListener("popstate", onNavigate);
  window.addEventListener("hashchange", onNavigate);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onNavigate);
    window.removeEventListener("hashchange", onNavigate);
  };
}
