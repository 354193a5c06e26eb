/**
 * The on-map key: a compact legend of the story's marks (statuses, approximate areas, shared places, statements
 * about borders), in view from the first paint; the full legend is in "Layers and legend". It follows the hidden
 * groups; it can be folded away. Whether it starts folded is the stylesheet's choice (by the map's width: folded on
 * a narrow map), so the key written at build time is the one shown first; the script attaches to it.
 */
import type { Story } from "../../model/types.ts";
import type { Store } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { button, el, RENDERED_ATTRIBUTE } from "../dom.ts";
import { legendRows } from "./rows.ts";
import { swatchSvg } from "./swatch-svg.ts";

const LIST_ID = "map-key-list";

function keyItems(doc: Document, story: Story, hidden: readonly string[]): HTMLLIElement[] {
  return legendRows(story.features, hidden)
    .filter((row) => row.story)
    .map((row) => {
      const li = el(doc, "li");
      li.title = row.label;
      li.append(swatchSvg(row.swatch, doc), el(doc, "span", undefined, row.short));
      return li;
    });
}

/** The key's markup (everything visible). */
export function mapKeyMarkup(doc: Document, story: Story): HTMLElement {
  const section = el(doc, "section", "map-key");
  section.setAttribute("aria-label", strings.key.heading);
  section.setAttribute(RENDERED_ATTRIBUTE, story.id);
  const toggle = button(doc, "map-key-toggle", strings.key.heading);
  toggle.setAttribute("aria-controls", LIST_ID);
  const list = el(doc, "ul");
  list.id = LIST_ID;
  list.append(...keyItems(doc, story, []));
  section.append(toggle, list);
  return section;
}

export class MapKey {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly unsubscribe: () => void;

  /** Attaches to the key in `container` written for this story, or writes one there. */
  constructor(
    container: HTMLElement,
    private readonly story: Story,
    store: Store,
  ) {
    const keys = [...container.querySelectorAll<HTMLElement>(":scope > .map-key")];
    const written = keys.find((k) => k.getAttribute(RENDERED_ATTRIBUTE) === story.id);
    // A key the build wrote for another story (the page opened with #story=…) goes.
    for (const k of keys) if (k !== written) k.remove();
    this.element = written ?? mapKeyMarkup(container.ownerDocument, story);
    if (!written) container.append(this.element);
    const toggle = this.element.querySelector<HTMLButtonElement>(".map-key-toggle");
    this.list = this.element.querySelector<HTMLUListElement>("ul") ?? el(container.ownerDocument, "ul");
    const shown = () => getComputedStyle(this.list).display !== "none";
    const say = () => {
      toggle?.setAttribute("aria-expanded", String(shown()));
      if (toggle) toggle.title = shown() ? strings.key.hide : strings.key.show;
    };
    toggle?.addEventListener("click", () => {
      this.element.dataset.folded = String(shown());
      say();
    });
    say();
    if (store.get().hidden.length > 0) this.render(store.get().hidden);
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.hidden !== previous.hidden) this.render(state.hidden);
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private render(hidden: readonly string[]): void {
    this.list.replaceChildren(...keyItems(this.list.ownerDocument, this.story, hidden));
  }
}
