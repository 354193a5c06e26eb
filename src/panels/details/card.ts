/** The details card of the selected feature. Everything from the story is rendered with textContent. */
import type { DerivedFacts } from "../../model/derived.ts";
import { placePeers, placesOf } from "../../model/places.ts";
import type { Story, StoryFeature } from "../../model/types.ts";
import type { Store } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { button, el } from "../dom.ts";
import { featureFacts, statusLine } from "./facts.ts";

export class DetailsCard {
  private readonly byId: ReadonlyMap<string, StoryFeature>;
  /** The other statements drawn at each feature's places, and those that share one of its passages. */
  private readonly peers: ReadonlyMap<string, readonly string[]>;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story,
    private readonly facts: DerivedFacts,
    private readonly store: Store,
    /** What the card says when nothing is selected (the embed has no text to select in). */
    private readonly emptyText: string = strings.details.empty,
  ) {
    this.byId = new Map(story.features.map((f) => [f.id, f]));
    this.peers = placePeers(placesOf(story.features));
    // The chooser's and the related features' buttons select their feature.
    host.addEventListener("click", (e) => {
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>("button[data-feature]") : null;
      const id = target?.dataset.feature;
      if (id) this.store.select(id, "details");
    });
    this.render(store.get().selected);
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.selected !== previous.selected) this.render(state.selected);
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.host.replaceChildren();
  }

  private render(id: string | null): void {
    const feature = id === null ? undefined : this.byId.get(id);
    const doc = this.host.ownerDocument;
    if (!feature) {
      // The page's markup from the build may say it already.
      const said = this.host.childElementCount === 1 && this.host.querySelector(".details-empty")?.textContent === this.emptyText; // prettier-ignore
      if (!said) this.host.replaceChildren(el(doc, "p", "details-empty", this.emptyText));
      this.host.removeAttribute("data-feature");
      return;
    }
    const p = feature.properties;
    this.host.dataset.feature = feature.id;
    const title = el(doc, "h2", "details-title", p.title);
    title.id = "details-title";
    const close = button(doc, "details-close", "×");
    close.setAttribute("aria-label", strings.details.close);
    close.addEventListener("click", () => {
      this.store.select(null, "details");
    });
    const parts: HTMLElement[] = [title, close, statusLine(doc, feature)];
    const chooser = this.chooser(feature);
    if (chooser) parts.push(chooser);
    parts.push(...featureFacts(doc, this.story, this.facts, feature, { links: false, headingLevel: "h3" }));
    this.host.replaceChildren(...parts);
  }

  /** Passages shared with other features (the same quote). */
  private passageSharers(f: StoryFeature): string[] {
    const same = (a: StoryFeature) =>
      a.id !== f.id && a.passages.some((p) => f.passages.some((q) => q.start === p.start && q.end === p.end));
    return this.story.features.filter(same).map((a) => a.id);
  }

  /**
   * Every statement about this place, and every feature of the same passage, as buttons (the keyboard's and the
   * map's way to each of them); the selected one is marked.
   */
  private chooser(feature: StoryFeature): HTMLElement | null {
    const groups: [string, string[]][] = [
      [strings.details.atPlace, [feature.id, ...(this.peers.get(feature.id) ?? [])]],
      [strings.details.inPassage, [feature.id, ...this.passageSharers(feature)]],
    ];
    const shown = groups.filter(([, ids]) => ids.length > 1);
    if (shown.length === 0) return null;
    const doc = this.host.ownerDocument;
    const box = el(doc, "nav", "details-chooser");
    box.setAttribute("aria-label", strings.details.chooser);
    for (const [heading, ids] of shown) {
      box.append(el(doc, "h3", undefined, strings.details.statements(heading, ids.length)));
      const list = el(doc, "ul");
      const order = (id: string) => this.byId.get(id)?.passages[0]?.start ?? 0;
      for (const id of [...new Set(ids)].sort((a, b) => order(a) - order(b))) {
        const f = this.byId.get(id);
        if (!f) continue;
        const li = el(doc, "li");
        const b = button(doc, `chooser-button status-${f.properties.status}`);
        b.dataset.feature = id;
        b.append(el(doc, "span", `status-badge status-${f.properties.status}`, strings.details.status[f.properties.status]), doc.createTextNode(` ${f.properties.title}`)); // prettier-ignore
        if (id === feature.id) b.setAttribute("aria-current", "true");
        li.append(b);
        list.append(li);
      }
      box.append(list);
    }
    return box;
  }
}
