/**
 * What follows the guided reading's steps (model/steps.ts) and gives way to the reader: it shows a step (its view,
 * its features marked, the others dimmed) while it follows, and pauses when the reader moves the map by hand, selects
 * something or picks another view; following again goes back to the step the reading is at. The app's reading line
 * and the embed's host page both drive one. It writes only the store. No DOM.
 */
import type { GuideStep } from "../../model/steps.ts";
import type { Store, UiState } from "../../state/store.ts";

export type GuideMode = "following" | "paused";

export class StepFollower {
  private mode: GuideMode;
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly steps: readonly GuideStep[],
    private readonly store: Store,
    options: {
      readonly mode: GuideMode;
      /** Hears the reader's own moves of the map (a pan, a zoom): returns the unsubscriber. */
      readonly onGesture: (pause: () => void) => () => void;
      /** Hears every change of mode and every step shown. */
      readonly onChange: (mode: GuideMode, step: GuideStep | null) => void;
    },
  ) {
    this.mode = options.mode;
    this.changed = options.onChange;
    this.stops.push(
      options.onGesture(() => {
        this.pause();
      }),
      store.subscribe((state, previous) => {
        this.onState(state, previous);
      }),
    );
  }

  private readonly changed: (mode: GuideMode, step: GuideStep | null) => void;

  get current(): GuideMode {
    return this.mode;
  }

  /** Shows step `index` if following (and it is not already shown, unless `always`). */
  go(index: number, always = false): void {
    const step = this.steps[index];
    if (this.mode !== "following" || !step || (!always && this.store.get().step === index)) return;
    this.store.set({ step: index, focus: step.paragraph === null ? null : step.features, viewId: step.viewId });
    this.changed(this.mode, step);
  }

  /** Follows the steps again from `index`: the reader's selection gives way. */
  follow(index: number): void {
    this.mode = "following";
    if (this.store.get().selected !== null) this.store.select(null, "article");
    this.go(index, true);
  }

  pause(): void {
    if (this.mode === "paused") return;
    this.mode = "paused";
    this.store.set({ step: null, focus: null });
    this.changed(this.mode, null);
  }

  stop(): void {
    for (const stop of this.stops) stop();
  }

  /** The reader changed the map (a selection, another view): pause. The follower's own changes carry a step. */
  private onState(state: UiState, previous: UiState): void {
    if (this.mode !== "following") return;
    const selected = state.selected !== previous.selected && state.selected !== null;
    const viewByReader = state.viewId !== previous.viewId && state.step === previous.step;
    // After every listener has heard this change (a change made while they hear it would reach some first).
    if (selected || viewByReader) {
      queueMicrotask(() => {
        this.pause();
      });
    }
  }
}
