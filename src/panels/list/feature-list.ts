/**
 * "Places and events in this report": every feature as a button, grouped, in text order (markup.ts; written at
 * build time, the list attaches to it). It is the keyboard route to every feature and the text alternative to the
 * map canvas.
 */
import type { Story } from "../../model/types.ts";
import type { Store, UiState } from "../../state/store.ts";
import { filteredOut } from "../../model/filters.ts";
import { all, ensureMarkup, linkToButton } from "../dom.ts";
import { featureListMarkup } from "./markup.ts";

export class FeatureList {
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story,
    private readonly store: Store,
  ) {
    this.render();
    this.update(store.get(), null);
    this.unsubscribe = store.subscribe((state, previous) => {
      this.update(state, previous);
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.host.replaceChildren();
  }

  /** Writes the list (unless the page holds it from the build) and attaches to its entries. */
  private render(): void {
    ensureMarkup(this.host, this.story.id, (doc) => featureListMarkup(doc, this.story, { noScript: null }));
    for (const link of all<HTMLAnchorElement>(this.host, "a.feature-button")) linkToButton(link);
    for (const b of all<HTMLButtonElement>(this.host, "button.feature-button")) {
      if (b.dataset.feature) this.buttons.set(b.dataset.feature, b);
    }
    this.host.addEventListener("click", (e) => {
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>("button.feature-button") : null;
      const id = target?.dataset.feature;
      if (id) this.store.select(id, "list");
    });
  }

  private update(state: UiState, previous: UiState | null): void {
    if (!previous || state.selected !== previous.selected) {
      if (previous?.selected) this.buttons.get(previous.selected)?.removeAttribute("aria-current");
      if (state.selected) this.buttons.get(state.selected)?.setAttribute("aria-current", "true");
    }
    if (!previous || state.timeRange !== previous.timeRange || state.hidden !== previous.hidden) {
      for (const f of this.story.features) {
        const button = this.buttons.get(f.id);
        if (!button) continue;
        const dimmed = filteredOut(f, state);
        button.classList.toggle("is-dimmed", dimmed);
      }
    }
  }
}
