/**
 * When the live map starts: the first time the reader reaches for the map (a pointer over it, a touch, a wheel, a
 * key or focus on it), or asks for something only the live map does (a selection or a view that moves the camera,
 * an export, the measuring tool). Until then the page's static map is the map: complete, readable and clickable,
 * and the page pays nothing for MapLibre (its code, its worker, its first frames: the longest tasks a page start
 * would have). Listening starts in the page's first script, so an early reach is not missed.
 */
import type { Store } from "../state/store.ts";
import { afterFirstPaint } from "./after-paint.ts";

/** Marked when the map wakes (its detail says why): the start of the live map's time to ready. */
export const REACHED_MARK = "rafah-map:reached";

const REACH_EVENTS = ["pointerover", "pointerdown", "touchstart", "wheel", "focusin", "keydown"] as const;

export class Wake {
  readonly reached: Promise<string>;
  private done: (why: string) => void = () => undefined;
  private why: string | null = null;

  constructor(private readonly target: HTMLElement) {
    this.reached = new Promise((resolve) => {
      this.done = resolve;
    });
    for (const type of REACH_EVENTS) target.addEventListener(type, this.onReach, { capture: true, passive: true });
  }

  /** Why the map woke ("pointerover", "selection", "export", …), or null while it sleeps. */
  get reason(): string | null {
    return this.why;
  }

  /** Starts the live map now (idempotent). */
  fire(why: string): void {
    if (this.why !== null) return;
    this.why = why;
    performance.mark(REACHED_MARK, { detail: why });
    for (const type of REACH_EVENTS) this.target.removeEventListener(type, this.onReach, { capture: true });
    this.done(why);
  }

  private readonly onReach = (e: Event): void => {
    // A finger or pen on the sleeping map only wakes it: the tap that follows selects nothing and moves nothing.
    const touch = e.type === "touchstart" || (e instanceof PointerEvent && e.pointerType !== "mouse" && e.pointerType !== ""); // prettier-ignore
    if (touch) swallowNextTap(this.target);
    this.fire(e.type);
  };
}

/** Drops the click that ends the gesture now starting on `target` (once; given up after the gesture's time). */
function swallowNextTap(target: HTMLElement): void {
  const drop = (e: Event) => {
    e.stopPropagation();
    e.preventDefault();
  };
  target.addEventListener("click", drop, { capture: true, once: true });
  // A press that does not end in a click (a scroll, a long press) leaves later clicks alone.
  window.setTimeout(() => {
    target.removeEventListener("click", drop, { capture: true });
  }, 1000);
}

/**
 * An entry point's start: `start` runs once, after the first paint or as soon as the reader reaches for the map,
 * whichever comes first; on a reach the live map's code (`prefetch`) starts loading at once, alongside it.
 */
export function startAfterPaintOrReach(wake: Wake, start: () => void, prefetch: () => Promise<unknown>): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  void wake.reached.then(prefetch);
  afterFirstPaint(once);
  void wake.reached.then(once);
}

/**
 * A selection or a change of view asks the camera to move: the live map wakes for it. The guided reading's steps
 * do not: the static map follows them (drawn off the main thread), so reading costs a phone no live map. Returns
 * the unsubscriber.
 */
export function wakeOnCameraRequests(wake: Wake, store: Store): () => void {
  return store.subscribe((state, previous) => {
    if (state.selected !== previous.selected) wake.fire("selection");
    else if (state.viewId !== previous.viewId && state.step === previous.step) wake.fire("view");
  });
}
