/** The details card of the selected feature. Everything from the story is rendered with textContent. */
import type { DerivedFacts } from "../../model/derived.ts";
import { placePeers, placesOf } from "../../model/places.ts";
import type { Story, StoryFeature } from "../../model/types.ts";
import type { Store } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

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
    if (!feature) {
      this.host.replaceChildren(el("p", "details-empty", this.emptyText));
      this.host.removeAttribute("data-feature");
      return;
    }
    const p = feature.properties;
    this.host.dataset.feature = feature.id;
    const title = el("h2", "details-title", p.title);
    title.id = "details-title";
    const close = el("button", "details-close", "×");
    close.type = "button";
    close.setAttribute("aria-label", strings.details.close);
    close.addEventListener("click", () => {
      this.store.select(null, "details");
    });

    const status = el("p", "details-status");
    const badge = el("span", `status-badge status-${p.status}`, strings.details.status[p.status]);
    status.append(badge, document.createTextNode(" "), el("span", "details-by", strings.details.by(p.attributedTo)));

    const summary = el("p", "details-summary", p.summary);
    const parts: HTMLElement[] = [title, close, status];
    const chooser = this.chooser(feature);
    if (chooser) parts.push(chooser);
    parts.push(summary);

    const quotes = el("div", "details-quotes");
    quotes.append(el("h3", undefined, strings.details.quote));
    for (const passage of feature.passages) {
      quotes.append(el("blockquote", undefined, this.story.article.slice(passage.start, passage.end)));
    }
    parts.push(quotes);

    if (p.when) {
      const when = el("div", "details-when");
      when.append(el("h3", undefined, strings.details.when));
      if (p.when.resolved !== null) {
        when.append(el("p", "details-when-resolved", strings.details.whenResolved(p.when.phrase, p.when.resolved)));
      }
      when.append(el("p", "details-method", p.when.method));
      parts.push(when);
    }

    const where = el("div", "details-where");
    where.append(el("h3", undefined, strings.details.whereHeading));
    where.append(el("p", "details-precision", p.precision.note));
    if (feature.geometry === null) where.append(el("p", undefined, strings.details.notOnMap));
    const length = this.facts.lengths.get(feature.id);
    if (length) where.append(el("p", "details-length", strings.details.lengths(length.reportedKm, length.measuredKm)));
    const distance = this.facts.distanceKm.get(feature.id);
    const reference = this.facts.referenceId === null ? undefined : this.byId.get(this.facts.referenceId);
    if (distance !== undefined && reference && p.precision.type !== "off-map") {
      where.append(el("p", "details-distance", strings.details.distance(distance, reference.properties.title)));
    }
    parts.push(where);

    const sources = el("div", "details-sources");
    sources.append(el("h3", undefined, strings.details.sources));
    const list = el("ul");
    for (const s of p.sources) list.append(el("li", undefined, s.note ? `${s.ref}: ${s.note}` : s.ref));
    sources.append(list);
    parts.push(sources);

    if (p.related.length > 0) {
      const related = el("div", "details-related");
      related.append(el("h3", undefined, strings.details.related));
      const rl = el("ul");
      for (const r of p.related) {
        const target = this.byId.get(r.id);
        const li = el("li");
        li.append(document.createTextNode(`${strings.details.relation[r.relation]}: `));
        const button = el("button", "link-button", target?.properties.title ?? r.id);
        button.type = "button";
        button.dataset.feature = r.id;
        button.addEventListener("click", () => {
          this.store.select(r.id, "details");
        });
        li.append(button);
        rl.append(li);
      }
      related.append(rl);
      parts.push(related);
    }
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
    const box = el("nav", "details-chooser");
    box.setAttribute("aria-label", strings.details.chooser);
    for (const [heading, ids] of shown) {
      box.append(el("h3", undefined, strings.details.statements(heading, ids.length)));
      const list = el("ul");
      const order = (id: string) => this.byId.get(id)?.passages[0]?.start ?? 0;
      for (const id of [...new Set(ids)].sort((a, b) => order(a) - order(b))) {
        const f = this.byId.get(id);
        if (!f) continue;
        const li = el("li");
        const button = el("button", `chooser-button status-${f.properties.status}`);
        button.type = "button";
        button.dataset.feature = id;
        button.append(el("span", `status-badge status-${f.properties.status}`, strings.details.status[f.properties.status]), document.createTextNode(` ${f.properties.title}`)); // prettier-ignore
        if (id === feature.id) button.setAttribute("aria-current", "true");
        button.addEventListener("click", () => {
          this.store.select(id, "details");
        });
        li.append(button);
        list.append(li);
      }
      box.append(list);
    }
    return box;
  }
}
