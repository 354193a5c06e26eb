/** The details card of the selected feature. Everything from the story is rendered with textContent. */
import type { DerivedFacts } from "../../model/derived.ts";
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
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story,
    private readonly facts: DerivedFacts,
    private readonly store: Store,
  ) {
    this.byId = new Map(story.features.map((f) => [f.id, f]));
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
      this.host.replaceChildren(el("p", "details-empty", strings.details.empty));
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
    const parts: HTMLElement[] = [title, close, status, summary];

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
}
