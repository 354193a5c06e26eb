/**
 * The ready signal for hosts, screenshot tools and tests: the map container carries data-ready="true" once the
 * map is idle (everything requested is loaded and drawn), and loses it while a new view loads.
 */
import type { Map as MapLibreMap } from "maplibre-gl";

export const READY_ATTRIBUTE = "data-ready";
/** A performance mark set each time the map becomes ready (read by the benchmark). */
export const READY_MARK = "rafah-map:ready";
/** A performance mark set when the static map has been drawn in place of the live one. */
export const STATIC_PAINT_MARK = "rafah-map:static-paint";

export function markBusy(container: HTMLElement): void {
  container.removeAttribute(READY_ATTRIBUTE);
}

const gates = new WeakMap<HTMLElement, Promise<unknown>>();

/** The map in `container` is not ready before `done` settles (the overlay's first layout, say). */
export function gateReady(container: HTMLElement, done: Promise<unknown>): void {
  gates.set(container, Promise.all([gates.get(container), done]));
}

/**
 * Clears the signal, then sets it on the next `idle` (a repaint is requested so `idle` fires even if nothing
 * moves), once what gates the map's readiness has settled too.
 */
export function signalWhenIdle(map: MapLibreMap, container: HTMLElement, onReady?: () => void): void {
  markBusy(container);
  map.once("idle", () => {
    void (gates.get(container) ?? Promise.resolve()).then(() => {
      container.setAttribute(READY_ATTRIBUTE, "true");
      performance.mark(READY_MARK);
      container.dispatchEvent(new CustomEvent("rafahmap:ready", { bubbles: true }));
      onReady?.();
    });
  });
  map.triggerRepaint();
}
