/**
 * The on-map key: a compact legend of the story's marks (statuses, approximate areas, shared places, statements
 * about borders), in view from the first paint; the full legend is in "Layers and legend". It follows the hidden
 * groups; it can be folded away. Whether it starts folded is the stylesheet's choice (by the map's width: folded on
 * a narrow map), so the key written at build time is the one shown first; the script attaches to it.
 */
import type { Story } from "../../model/types.ts";
import type { Store } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { entryAnchor } from "../article/markup.ts";
import { button, el, RENDERED_ATTRIBUTE } from "../dom.ts";
import { legendRows } from "./rows.ts";
import { swatchSvg } from "./swatch-svg.ts";

const LIST_ID = "map-key-list";
/** The event a map (static or live) sends up its box after each layout, with how many names it left out. */
export const LAYOUT_EVENT = "rafahmap:layout";

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

/**
 * The statements the text gives no place for, as links to their entries in the list (which select them once the
 * page's script runs): they are not drawn as points, and are named beside the map instead.
 */
function unplaced(doc: Document, story: Story): HTMLElement | null {
  const fs = story.features.filter((f) => f.geometry === null);
  if (fs.length === 0) return null;
  const line = el(doc, "p", "map-key-unplaced", `${strings.key.notOnMap} `);
  fs.forEach((f, i) => {
    const link = el(doc, "a", "map-key-feature", f.properties.label ?? f.properties.title);
    link.href = `#${encodeURIComponent(entryAnchor(f.id))}`;
    link.dataset.feature = f.id;
    line.append(...(i > 0 ? [doc.createTextNode(" · ")] : []), link);
  });
  return line;
}

/** The key's markup (everything visible). */
export function mapKeyMarkup(doc: Document, story: Story): HTMLElement {
  const section = el(doc, "section", "map-key");
  section.setAttribute("aria-label", strings.key.heading);
  section.setAttribute(RENDERED_ATTRIBUTE, story.id);
  const toggle = button(doc, "map-key-toggle", strings.key.heading);
  toggle.setAttribute("aria-controls", LIST_ID);
  const body = el(doc, "div", "map-key-body");
  body.id = LIST_ID;
  const list = el(doc, "ul");
  list.append(...keyItems(doc, story, []));
  // The names the map had no room for at this scale (the map says how many once it has laid itself out).
  const notShown = el(doc, "p", "map-key-not-shown");
  notShown.setAttribute("aria-live", "polite");
  body.append(list, ...[unplaced(doc, story)].filter((x): x is HTMLElement => x !== null), notShown);
  section.append(toggle, body);
  return section;
}

export class MapKey {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly unsubscribe: () => void;
  private readonly onLayout: (e: Event) => void;

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
    const body = this.element.querySelector<HTMLElement>(".map-key-body") ?? this.list;
    const shown = () => getComputedStyle(body).display !== "none";
    const say = () => {
      toggle?.setAttribute("aria-expanded", String(shown()));
      if (toggle) toggle.title = shown() ? strings.key.hide : strings.key.show;
    };
    toggle?.addEventListener("click", () => {
      this.element.dataset.folded = String(shown());
      say();
    });
    say();
    // A statement with no place selects from the key too.
    this.element.addEventListener("click", (e) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLElement>(".map-key-feature") : null;
      if (!link?.dataset.feature) return;
      e.preventDefault();
      store.select(link.dataset.feature, "list");
    });
    // The map says after each layout how many names it had no room for.
    const note = this.element.querySelector<HTMLElement>(".map-key-not-shown");
    this.onLayout = (e: Event) => {
      const n = (e as CustomEvent<{ notShown: number }>).detail.notShown;
      if (note && note.dataset.count !== String(n)) {
        note.dataset.count = String(n);
        note.textContent = strings.key.notShown(n);
      }
    };
    container.addEventListener(LAYOUT_EVENT, this.onLayout);
    if (store.get().hidden.length > 0) this.render(store.get().hidden);
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.hidden !== previous.hidden) this.render(state.hidden);
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.element.parentElement?.removeEventListener(LAYOUT_EVENT, this.onLayout);
    this.element.remove();
  }

  private render(hidden: readonly string[]): void {
    this.list.replaceChildren(...keyItems(this.list.ownerDocument, this.story, hidden));
  }
}
