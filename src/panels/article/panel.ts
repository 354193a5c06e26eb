/**
 * The article panel: the full text with every anchored passage marked and styled by status (markup.ts; written at
 * build time, the panel attaches to it). A passage selects its feature (click, Enter, Space); hovering or focusing
 * previews it. Text is rendered as text nodes only.
 */
import type { Story } from "../../model/types.ts";
import type { Store, UiState } from "../../state/store.ts";
import { filteredOut } from "../../model/filters.ts";
import { all, ensureMarkup } from "../dom.ts";
import { articleMarkup } from "./markup.ts";

export class ArticlePanel {
  private readonly marks = new Map<string, HTMLElement[]>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story,
    private readonly store: Store,
    private readonly options: { readonly guide: boolean } = { guide: false },
  ) {
    this.render();
    const initial = store.get();
    if (initial.hidden.length > 0 || initial.timeRange !== null) this.dim(initial);
    // A selection the page opened with (the URL's #feature=) is marked and brought into view too.
    if (initial.selected !== null) this.mark(null, initial.selected);
    this.unsubscribe = store.subscribe((state, previous) => {
      this.update(state, previous);
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.host.replaceChildren();
  }

  /** Writes the text (unless the page holds it from the build) and attaches to its passages. */
  private render(): void {
    ensureMarkup(this.host, this.story.id, (doc) =>
      articleMarkup(doc, this.story, { links: false, guide: this.options.guide }),
    );
    const body = this.host.querySelector<HTMLElement>(".article-text");
    const showAll = this.host.querySelector<HTMLButtonElement>(".article-show-all");
    if (!body) return;
    for (const mark of all(body, "mark.passage")) {
      // The build's link to the list (for reading without scripts) gives way to the mark itself as the control.
      const link = mark.querySelector("a.passage-link");
      if (link) link.replaceWith(...link.childNodes);
      // A sliver of punctuation between nested passages stays highlighted but is no target of its own.
      if (mark.textContent.trim().length >= 3) {
        mark.tabIndex = 0;
        mark.setAttribute("role", "button");
      }
      for (const id of mark.dataset.features?.split(" ") ?? [])
        this.marks.set(id, [...(this.marks.get(id) ?? []), mark]);
    }
    // Passages are quiet until one is selected; a reader can still see them all at once.
    showAll?.addEventListener("click", () => {
      const on = showAll.getAttribute("aria-pressed") !== "true";
      showAll.setAttribute("aria-pressed", String(on));
      body.classList.toggle("show-all", on);
    });
    body.addEventListener("click", (e) => {
      this.activate(e.target);
    });
    body.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        if (this.activate(e.target)) e.preventDefault();
      }
    });
    const preview = (e: Event) => {
      const id = this.featureOf(e.target);
      this.store.set({ hovered: id });
    };
    body.addEventListener("mouseover", preview);
    body.addEventListener("focusin", preview);
    body.addEventListener("mouseleave", () => {
      this.store.set({ hovered: null });
    });
    body.addEventListener("focusout", () => {
      this.store.set({ hovered: null });
    });
  }

  private featuresOf(target: EventTarget | null): string[] {
    const mark = target instanceof Element ? target.closest<HTMLElement>("mark.passage") : null;
    return mark?.dataset.features?.split(" ") ?? [];
  }

  private featureOf(target: EventTarget | null): string | null {
    return this.featuresOf(target)[0] ?? null;
  }

  /** Selects the passage's feature; a passage of several features selects them in turn. */
  private activate(target: EventTarget | null): boolean {
    const ids = this.featuresOf(target);
    if (ids.length === 0) return false;
    const i = ids.indexOf(this.store.get().selected ?? "");
    this.store.select(ids[(i + 1) % ids.length] as string, "article");
    return true;
  }

  /** Moves the selection's marking from one feature's passages to another's, and brings the first into view. */
  private mark(previous: string | null, selected: string | null): void {
    for (const m of this.marks.get(previous ?? "") ?? []) {
      m.classList.remove("is-selected");
      m.removeAttribute("aria-current");
    }
    const marks = this.marks.get(selected ?? "") ?? [];
    for (const m of marks) {
      m.classList.add("is-selected");
      m.setAttribute("aria-current", "true");
    }
    marks[0]?.scrollIntoView({
      block: "nearest",
      behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
    });
  }

  private update(state: UiState, previous: UiState): void {
    if (state.hidden !== previous.hidden || state.timeRange !== previous.timeRange) this.dim(state);
    if (state.hovered !== previous.hovered) {
      for (const m of this.marks.get(previous.hovered ?? "") ?? []) m.classList.remove("is-hovered");
      for (const m of this.marks.get(state.hovered ?? "") ?? []) m.classList.add("is-hovered");
    }
    if (state.selected !== previous.selected) this.mark(previous.selected, state.selected);
    if (state.step !== previous.step) {
      // The guided step's paragraph shows its passages as marked (the map marks their features).
      for (const p of all(this.host, "p[data-step]")) p.classList.toggle("is-step", p.dataset.step === String(state.step)); // prettier-ignore
    }
  }

  /** Dims passages whose features are all hidden or outside the time range. */
  private dim(state: UiState): void {
    const byId = new Map(this.story.features.map((f) => [f.id, f]));
    const off = (id: string) => {
      const f = byId.get(id);
      return !f || filteredOut(f, state);
    };
    for (const mark of new Set([...this.marks.values()].flat())) {
      const ids = mark.dataset.features?.split(" ") ?? [];
      mark.classList.toggle("is-dimmed", ids.every(off));
    }
  }

  /** The marked elements of a feature's passages (for tests and the details card). */
  marksOf(id: string): readonly HTMLElement[] {
    return this.marks.get(id) ?? [];
  }
}
