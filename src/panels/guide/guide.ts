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
import { StepFollower, type GuideMode } from "./follower.ts";

/** How far down the text's visible part the reading line is (a share of its height). */
export const READING_LINE = 0.35;
/** Until the text has scrolled this far the map is the overview (on a wide screen the text starts in view). */
export const OVERVIEW_UNTIL_PX = 24;

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
  private readonly paragraphs: HTMLElement[];
  private readonly bar: HTMLElement | null;
  private readonly follower: StepFollower | null = null;
  private frame = 0;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly article: HTMLElement,
    private readonly story: Story,
    store: Store,
    private readonly options: GuideOptions,
  ) {
    const steps = guideSteps(story);
    this.paragraphs = all(article, ".article-text p[data-step]");
    this.bar = article.querySelector<HTMLElement>(".guide-bar");
    if (steps.length <= 1 || !this.bar) {
      this.bar?.remove();
      return;
    }
    const mode = openedOnSomething(store.get(), story) ? "paused" : "following";
    const follower = new StepFollower(steps, store, { mode, onGesture: options.onGesture, onChange: (m, step) => { this.render(m, step); } }); // prettier-ignore
    this.follower = follower;
    this.bar.querySelector(".guide-toggle")?.addEventListener("click", () => {
      if (follower.current === "following") follower.pause();
      else follower.follow(this.stepAtLine());
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
      () => {
        follower.stop();
      },
    );
    this.render(mode, null);
    this.update();
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    cancelAnimationFrame(this.frame);
  }

  /** Following the text, or paused by the reader (null: the story has no steps). */
  get current(): GuideMode | null {
    return this.follower?.current ?? null;
  }

  /** The step whose paragraph has reached the reading line (0 before the first, and until the text has scrolled). */
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

  private update(): void {
    // Where the line is, for tools and tests (they read the page as a reader sees it).
    if (this.bar) this.bar.dataset.line = String(Math.round(this.readingLine()));
    this.follower?.go(this.stepAtLine());
  }

  private render(mode: GuideMode, step: GuideStep | null): void {
    if (!this.bar) return;
    const following = mode === "following";
    this.bar.dataset.guide = mode;
    if (step) this.bar.dataset.step = String(step.index);
    else if (!following) delete this.bar.dataset.step;
    const state = this.bar.querySelector(".guide-state");
    const toggle = this.bar.querySelector(".guide-toggle");
    if (state) state.textContent = following ? strings.guide.following : strings.guide.paused;
    if (toggle) {
      toggle.textContent = following ? strings.guide.pause : strings.guide.follow;
      toggle.setAttribute("aria-pressed", String(!following));
    }
    if (step) this.say(step);
  }

  private say(step: GuideStep): void {
    const said = this.bar?.querySelector(".guide-said");
    if (said) said.textContent = stepAnnouncement(this.story, step);
  }
}

/** What the map shows at a step, in words (for a polite live region). */
export function stepAnnouncement(story: Story, step: GuideStep): string {
  const view = resolveView(story.views, step.viewId).view.title;
  const byId = new Map(story.features.map((f) => [f.id, f]));
  const located = step.features.filter((id) => byId.get(id)?.geometry);
  if (step.paragraph === null) return strings.guide.overview(view);
  if (located.length === 0) return strings.guide.stepNothing(view);
  return strings.guide.step(
    view,
    located.map((id) => byId.get(id)?.properties.title ?? id),
  );
}
