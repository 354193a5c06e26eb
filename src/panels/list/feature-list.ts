/**
 * "Places and events in this report": every feature as a button, grouped, in text order. It is the keyboard route
 * to every feature and the text alternative to the map canvas.
 */
import { FEATURE_GROUPS, groupOf } from "../../model/groups.ts";
import type { Story } from "../../model/types.ts";
import type { Store, UiState } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { filteredOut } from "../../model/filters.ts";

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

  private render(): void {
    const details = document.createElement("details");
    details.className = "feature-list";
    const summary = document.createElement("summary");
    summary.textContent = strings.list.heading(this.story.features.length);
    details.append(summary);
    const firstPassage = new Map(this.story.features.map((f) => [f.id, f.passages[0]?.start ?? Infinity]));
    const first = (id: string) => firstPassage.get(id) ?? Infinity;
    for (const group of FEATURE_GROUPS) {
      const features = this.story.features
        .filter((f) => groupOf(f.properties) === group)
        .sort((a, b) => first(a.id) - first(b.id));
      if (features.length === 0) continue;
      const h = document.createElement("h3");
      h.textContent = strings.groups[group];
      const ul = document.createElement("ul");
      for (const f of features) {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = `feature-button status-${f.properties.status}`;
        button.dataset.feature = f.id;
        const title = document.createElement("span");
        title.className = "feature-title";
        title.textContent = f.properties.title;
        const meta = document.createElement("span");
        meta.className = "feature-meta";
        meta.textContent = strings.list.meta(
          strings.details.status[f.properties.status],
          f.properties.attributedTo,
          f.geometry === null
            ? strings.details.notOnMap
            : f.properties.precision.type === "off-map"
              ? strings.details.offMap
              : "",
        );
        button.append(title, meta);
        button.addEventListener("click", () => {
          this.store.select(f.id, "list");
        });
        this.buttons.set(f.id, button);
        li.append(button);
        ul.append(li);
      }
      details.append(h, ul);
    }
    this.host.replaceChildren(details);
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
