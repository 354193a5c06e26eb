/**
 * The markup of "Places and events in this report": every feature, grouped, in text order, with its status, who
 * claims it and where it is. At build time each entry links back to the feature's first passage and carries the
 * feature's facts (details/facts.ts) inside <noscript>, so that the list is the details without scripts too.
 */
import type { DerivedFacts } from "../../model/derived.ts";
import { FEATURE_GROUPS, groupOf } from "../../model/groups.ts";
import type { Story } from "../../model/types.ts";
import { strings } from "../../locale/en.ts";
import { entryAnchor, paragraphsOf, passageAnchors } from "../article/markup.ts";
import { featureFacts, statusLine } from "../details/facts.ts";
import { button, el } from "../dom.ts";

export interface ListMarkupOptions {
  /** For reading without scripts: links to the passages, and each feature's facts (needs the derived facts). */
  readonly noScript: { readonly facts: DerivedFacts } | null;
}

export function featureListMarkup(doc: Document, story: Story, options: ListMarkupOptions): Node[] {
  const details = el(doc, "details", "feature-list");
  details.append(el(doc, "summary", undefined, strings.list.heading(story.features.length)));
  const firstPassage = new Map(story.features.map((f) => [f.id, f.passages[0]?.start ?? Infinity]));
  const first = (id: string) => firstPassage.get(id) ?? Infinity;
  const anchors = options.noScript ? passageAnchors(paragraphsOf(story)) : new Map<string, string>();
  for (const group of FEATURE_GROUPS) {
    const features = story.features
      .filter((f) => groupOf(f.properties) === group)
      .sort((a, b) => first(a.id) - first(b.id));
    if (features.length === 0) continue;
    const ul = el(doc, "ul");
    for (const f of features) {
      const li = el(doc, "li", "feature-entry");
      const anchor = anchors.get(f.id);
      let control: HTMLElement;
      if (anchor) {
        const link = el(doc, "a", `feature-button status-${f.properties.status}`);
        link.href = `#${anchor}`;
        control = link;
      } else {
        control = button(doc, `feature-button status-${f.properties.status}`);
      }
      control.dataset.feature = f.id;
      const meta = strings.list.meta(
        strings.details.status[f.properties.status],
        f.properties.attributedTo,
        f.geometry === null ? strings.details.notOnMap : f.properties.precision.type === "off-map" ? strings.details.offMap : "", // prettier-ignore
      );
      control.append(el(doc, "span", "feature-title", f.properties.title), el(doc, "span", "feature-meta", meta));
      li.append(control);
      if (options.noScript) {
        li.id = entryAnchor(f.id);
        const noscript = el(doc, "noscript");
        const box = el(doc, "div", "feature-facts");
        box.append(statusLine(doc, f), ...featureFacts(doc, story, options.noScript.facts, f, { links: true, headingLevel: "h4" })); // prettier-ignore
        noscript.append(box);
        li.append(noscript);
      }
      ul.append(li);
    }
    details.append(el(doc, "h3", undefined, strings.groups[group]), ul);
  }
  return [details];
}
