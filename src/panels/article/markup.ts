/**
 * The article's markup: the full text with every anchored passage marked by status (a <mark> per segment, so
 * overlapping passages never nest). Written at build time for reading without scripts (each passage then links to
 * its feature's entry in the list, and the first passage of each feature is the target of the entry's link back),
 * and in the browser when a story was not rendered at build time. Text is set as text only.
 */
import type { Story } from "../../model/types.ts";
import { strings } from "../../locale/en.ts";
import { button, el } from "../dom.ts";
import { segmentArticle, type Paragraph } from "./segments.ts";
import { guideSteps } from "../../model/steps.ts";
import { guideBarMarkup } from "../guide/markup.ts";
import { bylineText } from "../credits.ts";

export interface ArticleMarkupOptions {
  /** Passages as links to the list's entries (for reading without scripts). */
  readonly links: boolean;
  /** The guided reading's bar (the app's page: the map follows the text). */
  readonly guide?: boolean;
}

/** The anchor of a feature's entry in the list (`#feature-<id>` works without scripts). */
export function entryAnchor(featureId: string): string {
  return `feature-${featureId}`;
}

export function paragraphsOf(story: Story): Paragraph[] {
  return segmentArticle(
    story.article,
    story.features.map((f) => ({ id: f.id, passages: f.passages })),
  );
}

/** For each feature, the anchor of the first marked segment of its first passage (the list links back to it). */
export function passageAnchors(paragraphs: readonly Paragraph[]): Map<string, string> {
  const anchors = new Map<string, string>();
  let n = 0;
  for (const para of paragraphs) {
    for (const seg of para.segments) {
      if (seg.features.length === 0) continue;
      n++;
      for (const id of seg.features) if (!anchors.has(id)) anchors.set(id, `passage-${n}`);
    }
  }
  return anchors;
}

export function articleMarkup(doc: Document, story: Story, options: ArticleMarkupOptions): Node[] {
  const statusOf = new Map(story.features.map((f) => [f.id, f.properties.status]));
  const titleOf = new Map(story.features.map((f) => [f.id, f.properties.title]));
  const heading = el(doc, "h2", undefined, strings.article.heading);
  const hint = el(doc, "p", "article-hint", strings.article.hint);
  const showAll = button(doc, "article-show-all", strings.article.showAll);
  showAll.setAttribute("aria-pressed", "false");
  hint.append(" ", showAll);
  const body = el(doc, "div", "article-text");
  body.lang = story.meta.language;
  const paragraphs = paragraphsOf(story);
  const anchors = new Set(passageAnchors(paragraphs).values());
  // Each paragraph that is a step of the guided reading says which (model/steps.ts).
  const steps = guideSteps(story);
  const stepOf = new Map(steps.map((s) => [s.paragraph, s.index]));
  let n = 0;
  for (const [i, para] of paragraphs.entries()) {
    const p = el(doc, "p");
    const step = stepOf.get(i + 1);
    if (step !== undefined) p.dataset.step = String(step);
    for (const seg of para.segments) {
      if (seg.features.length === 0) {
        p.append(doc.createTextNode(seg.text));
        continue;
      }
      n++;
      const first = seg.features[0] as string;
      const mark = el(doc, "mark", `passage status-${statusOf.get(first) ?? "context"}`);
      mark.dataset.features = seg.features.join(" ");
      mark.title = seg.features.map((id) => titleOf.get(id) ?? id).join(" · ");
      if (anchors.has(`passage-${n}`)) mark.id = `passage-${n}`;
      if (options.links) {
        const link = el(doc, "a", "passage-link", seg.text);
        link.href = `#${encodeURIComponent(entryAnchor(first))}`;
        mark.append(link);
      } else {
        mark.textContent = seg.text;
      }
      p.append(mark);
    }
    body.append(p);
  }
  if (options.guide !== true) return [heading, hint, body];
  // On a phone the byline is read here, under the map (the header keeps the title and the line on the map).
  const byline = el(doc, "p", "article-byline", bylineText(story));
  return steps.length > 1 ? [heading, byline, hint, guideBarMarkup(doc), body] : [heading, byline, hint, body];
}
