/**
 * Lost GPU context: MapLibre (v6) rebuilds its style when the context is restored. While it is lost the map is
 * marked busy; once restored it signals ready again. If the context does not come back within `giveUpMs`, the
 * static map takes over (and steps back if the context returns later).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { markBusy, signalWhenIdle } from "./ready.ts";

/** How long a lost context may take to come back before the static map is shown. */
export const GIVE_UP_MS = 3000;
export const CONTEXT_ATTRIBUTE = "data-context";

export interface ContextHandlers {
  /** The context is still lost after `giveUpMs`. */
  readonly onGiveUp: () => void;
  /** The context is back (the style is being rebuilt). */
  readonly onRestored: () => void;
}

export function watchContext(
  map: MapLibreMap,
  container: HTMLElement,
  handlers: ContextHandlers,
  giveUpMs = GIVE_UP_MS,
): void {
  let timer: number | undefined;
  map.on("webglcontextlost", () => {
    markBusy(container);
    container.setAttribute(CONTEXT_ATTRIBUTE, "lost");
    window.clearTimeout(timer);
    timer = window.setTimeout(handlers.onGiveUp, giveUpMs);
  });
  map.on("webglcontextrestored", () => {
    window.clearTimeout(timer);
    container.setAttribute(CONTEXT_ATTRIBUTE, "restored");
    handlers.onRestored();
    signalWhenIdle(map, container);
  });
}
