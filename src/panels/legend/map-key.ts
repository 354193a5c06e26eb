/**
 * The on-map key: a compact legend of the story's marks (statuses, approximate areas, shared places, statements
 * about borders), in view from the first paint; the full legend is in "Layers and legend". It follows the hidden
 * groups; it can be folded away. It owns its DOM.
 */
import type { Story } from "../../model/types.ts";
import type { Store } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { legendRows } from "./rows.ts";
import { swatchSvg } from "./swatch-svg.ts";

export class MapKey {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly story: Story,
    store: Store,
    options: { folded: boolean },
  ) {
    this.element = document.createElement("section");
    this.element.className = "map-key";
    this.element.setAttribute("aria-label", strings.key.heading);
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "map-key-toggle";
    toggle.textContent = strings.key.heading;
    this.list = document.createElement("ul");
    this.list.id = `map-key-${Math.random().toString(36).slice(2, 8)}`;
    toggle.setAttribute("aria-controls", this.list.id);
    const fold = (folded: boolean) => {
      this.list.hidden = folded;
      toggle.setAttribute("aria-expanded", String(!folded));
      toggle.title = folded ? strings.key.show : strings.key.hide;
    };
    toggle.addEventListener("click", () => {
      fold(!this.list.hidden);
    });
    fold(options.folded);
    this.element.append(toggle, this.list);
    this.render(store.get().hidden);
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.hidden !== previous.hidden) this.render(state.hidden);
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private render(hidden: readonly string[]): void {
    this.list.replaceChildren(
      ...legendRows(this.story.features, hidden)
        .filter((row) => row.story)
        .map((row) => {
          const li = document.createElement("li");
          const text = document.createElement("span");
          text.textContent = row.short;
          li.title = row.label;
          li.append(swatchSvg(row.swatch), text);
          return li;
        }),
    );
  }
}
