/**
 * When the live map starts: the first time the reader reaches for the map (a pointer over it, a touch, a wheel, a
 * key or focus on it), or asks for something only the live map does (a selection or a view that moves the camera,
 * an export, the measuring tool). Until then the page's static map is the map: complete, readable and clickable,
 * and the page pays nothing for MapLibre (its code, its worker, its first frames: the longest tasks a page start
 * would have). Listening starts in the page's first script, so an early reach is not missed.
 */

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
    this.fire(e.type);
  };
}
