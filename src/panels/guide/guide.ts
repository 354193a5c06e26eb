/**
 * Guided reading: as the reader scrolls the report, the paragraph at the reading line is the step the map shows
 * (model/steps.ts): its view, its features marked and the others dimmed, its passages marked in the text, and a
 * polite live region saying what the map shows now. Before the first step's paragraph the map is the overview.
 * The reader stays in charge: a pan or zoom of the map, a selection or another view pauses the guide (the bar's
 * button follows the report again); focus never moves; the camera jumps instead of flying under reduced motion
 * (the map host's choice). It writes only the store: the live and the static map both follow it.
 */
import type { Story } from "../../model/types.ts";
import { guideSteps, type GuideStep } from "../../model/steps.ts";
import { resolveView } from "../../model/views.ts";
import type { Store, UiState } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { all } from "../dom.ts";

/** How far down the text's visible part the reading line is (a share of its height). */
export const READING_LINE = 0.35;
/** Until the text has scrolled this far the map is the overview (on a wide screen the text starts in view). */
export const OVERVIEW_UNTIL_PX = 24;

export type GuideMode = "following" | "paused";

export interface GuideOptions {
  /** The map's box: on a phone it stands over the text (sticky), and the reading line is below it. */
  readonly map: HTMLElement;
  /** Hears the reader's own moves of the map (a pan, a zoom): returns the unsubscriber. */
  readonly onGesture: (pause: () => void) => () => void;
}

/** The element whose scrolling moves `el` (null: the page). */
function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** The page opened on something of its own (a link to a feature, a view, a filter): the guide waits. */
function openedOnSomething(state: UiState, story: Story): boolean {
  return state.selected !== null || state.viewId !== story.views.defaultId || state.timeRange !== null || state.hidden.length > 0; // prettier-ignore
}

export class Guide {
  private readonly steps: readonly GuideStep[];
  private readonly paragraphs: HTMLElement[];
  private readonly bar: HTMLElement | null;
  private mode: GuideMode;
  private frame = 0;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly article: HTMLElement,
    private readonly story: Story,
    private readonly store: Store,
    private readonly options: GuideOptions,
  ) {
    this.steps = guideSteps(story);
    this.paragraphs = all(article, ".article-text p[data-step]");
    this.bar = article.querySelector<HTMLElement>(".guide-bar");
    this.mode = openedOnSomething(store.get(), story) ? "paused" : "following";
    if (this.steps.length <= 1 || !this.bar) {
      this.bar?.remove();
      return;
    }
    this.bar.querySelector(".guide-toggle")?.addEventListener("click", () => {
      if (this.mode === "following") this.pause();
      else this.follow();
    });
    const onScroll = () => {
      if (this.frame !== 0) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.update();
      });
    };
    document.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("resize", onScroll, { passive: true });
    this.stops.push(
      () => {
        document.removeEventListener("scroll", onScroll, { capture: true });
      },
      () => {
        window.removeEventListener("resize", onScroll);
      },
      options.onGesture(() => {
        this.pause();
      }),
      store.subscribe((state, previous) => {
        this.onState(state, previous);
      }),
    );
    this.render();
    this.update();
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    cancelAnimationFrame(this.frame);
  }

  get current(): GuideMode {
    return this.mode;
  }

  /** The step whose paragraph has reached the reading line (0 before the first). */
  stepAtLine(): number {
    const scroller = scrollerOf(this.article);
    if ((scroller ? scroller.scrollTop : window.scrollY) < OVERVIEW_UNTIL_PX) return 0;
    const line = this.readingLine();
    let found = 0;
    for (const p of this.paragraphs) {
      if (p.getBoundingClientRect().top > line) break;
      found = Number(p.dataset.step);
    }
    return found;
  }

  /** The reading line's height in the window: a share down the part of the text's scroller the map leaves visible. */
  readingLine(): number {
    const scroller = scrollerOf(this.article);
    const box = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth }; // prettier-ignore
    const map = this.options.map.getBoundingClientRect();
    const text = this.article.getBoundingClientRect();
    // On a phone the map stands over the text: what is under it cannot be read.
    const overText = map.left < text.right && map.right > text.left && map.top <= box.top + 1;
    const barBottom = this.bar?.getBoundingClientRect().bottom ?? 0;
    const top = Math.max(box.top, overText ? map.bottom : box.top, Math.min(barBottom, box.top + (box.bottom - box.top) / 2)); // prettier-ignore
    const bottom = Math.min(box.bottom, window.innerHeight);
    return top + READING_LINE * Math.max(0, bottom - top);
  }

  /** Follows the text again (from the bar's button): the selection gives way and the map goes to the step. */
  follow(): void {
    this.mode = "following";
    if (this.store.get().selected !== null) this.store.select(null, "article");
    this.render();
    this.show(this.stepAtLine(), true);
  }

  pause(): void {
    if (this.mode === "paused") return;
    this.mode = "paused";
    this.store.set({ step: null, focus: null });
    if (this.bar) delete this.bar.dataset.step;
    this.render();
  }

  private update(): void {
    // Where the line is, for tools and tests (they read the page as a reader sees it).
    if (this.bar) this.bar.dataset.line = String(Math.round(this.readingLine()));
    if (this.mode !== "following") return;
    this.show(this.stepAtLine(), false);
  }

  private show(index: number, always: boolean): void {
    const step = this.steps[index];
    if (!step || (!always && this.store.get().step === index)) return;
    this.store.set({ step: index, focus: step.paragraph === null ? null : step.features, viewId: step.viewId });
    if (this.bar) this.bar.dataset.step = String(index);
    this.say(step);
  }

  /** The reader changed the map (a selection, another view): the guide pauses. Its own changes carry a step. */
  private onState(state: UiState, previous: UiState): void {
    if (this.mode !== "following") return;
    const selected = state.selected !== previous.selected && state.selected !== null;
    const viewByReader = state.viewId !== previous.viewId && state.step === previous.step;
    // After every listener has heard this change (a change made while they hear it would reach some first).
    if (selected || viewByReader)
      queueMicrotask(() => {
        this.pause();
      });
  }

  private render(): void {
    if (!this.bar) return;
    const following = this.mode === "following";
    this.bar.dataset.guide = this.mode;
    const state = this.bar.querySelector(".guide-state");
    const toggle = this.bar.querySelector(".guide-toggle");
    if (state) state.textContent = following ? strings.guide.following : strings.guide.paused;
    if (toggle) {
      toggle.textContent = following ? strings.guide.pause : strings.guide.follow;
      toggle.setAttribute("aria-pressed", String(!following));
    }
  }

  private say(step: GuideStep): void {
    const said = this.bar?.querySelector(".guide-said");
    if (!said) return;
    const view = resolveView(this.story.views, step.viewId).view.title;
    const titles = new Map(this.story.features.map((f) => [f.id, f.properties.title]));
    const located = step.features.filter((id) => this.story.features.find((f) => f.id === id)?.geometry);
    said.textContent =
      step.paragraph === null
        ? strings.guide.overview(view)
        : located.length === 0
          ? strings.guide.stepNothing(view)
          : strings.guide.step(
              view,
              located.map((id) => titles.get(id) ?? id),
            );
  }
}
