/**
 * What the report says about one feature, as markup: its status and who claims it, the summary, the passages
 * quoted in full, when, where and how precisely, the geometry's sources and the related features. The details card
 * shows it for the selected feature; at build time every entry of the list carries it, for reading without
 * scripts (related features are then links to their entries). Text is set as text only.
 */
import type { DerivedFacts } from "../../model/derived.ts";
import type { Story, StoryFeature } from "../../model/types.ts";
import { strings } from "../../locale/en.ts";
import { entryAnchor } from "../article/markup.ts";
import { button, el } from "../dom.ts";

export interface FactsOptions {
  /** Related features as links to their list entries (no scripts) instead of buttons that select them. */
  readonly links: boolean;
  /** The level of the facts' headings (the card's title is an h2, so its parts are h3). */
  readonly headingLevel: "h3" | "h4";
}

export function statusLine(doc: Document, feature: StoryFeature): HTMLElement {
  const p = feature.properties;
  const status = el(doc, "p", "details-status");
  const badge = el(doc, "span", `status-badge status-${p.status}`, strings.details.status[p.status]);
  status.append(badge, doc.createTextNode(" "), el(doc, "span", "details-by", strings.details.by(p.attributedTo)));
  return status;
}

export function featureFacts(
  doc: Document,
  story: Story,
  facts: DerivedFacts,
  feature: StoryFeature,
  options: FactsOptions,
): HTMLElement[] {
  const byId = new Map(story.features.map((f) => [f.id, f]));
  const hx = options.headingLevel;
  const p = feature.properties;
  const parts: HTMLElement[] = [el(doc, "p", "details-summary", p.summary)];

  const quotes = el(doc, "div", "details-quotes");
  quotes.append(el(doc, hx, undefined, strings.details.quote));
  for (const passage of feature.passages) {
    quotes.append(el(doc, "blockquote", undefined, story.article.slice(passage.start, passage.end)));
  }
  parts.push(quotes);

  if (p.when) {
    const when = el(doc, "div", "details-when");
    when.append(el(doc, hx, undefined, strings.details.when));
    if (p.when.resolved !== null) {
      when.append(el(doc, "p", "details-when-resolved", strings.details.whenResolved(p.when.phrase, p.when.resolved)));
    }
    when.append(el(doc, "p", "details-method", p.when.method));
    parts.push(when);
  }

  const where = el(doc, "div", "details-where");
  where.append(el(doc, hx, undefined, strings.details.whereHeading));
  where.append(el(doc, "p", "details-precision", p.precision.note));
  if (feature.geometry === null) where.append(el(doc, "p", undefined, strings.details.notOnMap));
  const length = facts.lengths.get(feature.id);
  if (length)
    where.append(el(doc, "p", "details-length", strings.details.lengths(length.reportedKm, length.measuredKm)));
  const distance = facts.distanceKm.get(feature.id);
  const reference = facts.referenceId === null ? undefined : byId.get(facts.referenceId);
  if (distance !== undefined && reference && p.precision.type !== "off-map") {
    where.append(el(doc, "p", "details-distance", strings.details.distance(distance, reference.properties.title)));
  }
  parts.push(where);

  const sources = el(doc, "div", "details-sources");
  sources.append(el(doc, hx, undefined, strings.details.sources));
  const list = el(doc, "ul");
  for (const c of feature.cited) list.append(el(doc, "li", undefined, strings.details.source(c.text, c.note)));
  sources.append(list);
  parts.push(sources);

  if (p.related.length > 0) {
    const related = el(doc, "div", "details-related");
    related.append(el(doc, hx, undefined, strings.details.related));
    const rl = el(doc, "ul");
    for (const r of p.related) {
      const target = byId.get(r.id);
      const li = el(doc, "li");
      li.append(doc.createTextNode(`${strings.details.relation[r.relation]}: `));
      const name = target?.properties.title ?? r.id;
      if (options.links) {
        const link = el(doc, "a", "link-button", name);
        link.href = `#${encodeURIComponent(entryAnchor(r.id))}`;
        li.append(link);
      } else {
        const b = button(doc, "link-button", name);
        b.dataset.feature = r.id;
        li.append(b);
      }
      rl.append(li);
    }
    related.append(rl);
    parts.push(related);
  }
  return parts;
}
