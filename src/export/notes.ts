/**
 * What a briefing says about each numbered marker, in full: the passage, its status and who says so, the date
 * phrase with the resolved date and its method, how precisely it is located, and the geometry's sources. The
 * deck's speaker notes (and any pack's quotes pages) are written from it. Pure.
 */
import type { Story } from "../model/types.ts";
import { strings } from "../locale/en.ts";
import { typesetQuote } from "../model/quote.ts";
import type { Footnoted } from "./content.ts";

export interface FootnoteDetail {
  readonly n: number;
  readonly id: string;
  readonly title: string;
  /** Every passage of the feature, in full, each typeset as its own quotation (never joined into one). */
  readonly quote: string;
  /** "Reported by two U.S. officials". */
  readonly claim: string;
  /** "“on Thursday”: 2024-04-18 (method)", or "" when undated. */
  readonly when: string;
  /** "Beyond the regional map: a video call between …". */
  readonly precision: string;
  readonly sources: readonly string[];
}

export function footnoteDetails(story: Story, footnoted: readonly Footnoted[]): FootnoteDetail[] {
  return footnoted.map(({ n, feature }) => {
    const p = feature.properties;
    const when = p.when
      ? `“${p.when.phrase ?? ""}”: ${p.when.resolved ?? "not resolved"} (${p.when.method})`.replace(/^“”: /, "")
      : "";
    return {
      n,
      id: feature.id,
      title: p.title,
      quote: feature.passages.map((x) => typesetQuote(story.article.slice(x.start, x.end))).join(" "),
      claim: `${strings.details.status[p.status]} by ${p.attributedTo}`,
      when,
      precision: `${strings.details.precision[p.precision.type]}${p.precision.radiusM === undefined ? "" : `, ${strings.details.withinMetres(p.precision.radiusM)}`}: ${p.precision.note}`, // prettier-ignore
      sources: feature.cited.map((c) => strings.details.source(c.text, c.note)),
    };
  });
}

/** The notes text of one marker (plain text, several lines). */
export function footnoteText(d: FootnoteDetail): string {
  return [
    `[${String(d.n)}] ${d.title}`,
    d.quote,
    d.claim,
    ...(d.when ? [`When: ${d.when}`] : []),
    `Where: ${d.precision}`,
    `${strings.details.sources}: ${d.sources.join("; ")}`,
  ].join("\n");
}
