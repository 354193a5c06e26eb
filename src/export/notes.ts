/**
 * What a briefing says about each numbered marker, in full: the passage, its status and who says so, the date
 * phrase with the resolved date and its method, how precisely it is located, and the geometry's sources. The
 * deck's speaker notes (and any pack's quotes pages) are written from it. Pure.
 */
import type { Story } from "../model/types.ts";
import { strings } from "../locale/en.ts";
import type { Footnoted } from "./content.ts";

export interface FootnoteDetail {
  readonly n: number;
  readonly id: string;
  readonly title: string;
  /** Every passage of the feature, in full, joined by " … ". */
  readonly quote: string;
  /** "Reported by two U.S. officials". */
  readonly claim: string;
  /** "“on Thursday”: 2024-04-18 (method)", or "" when undated. */
  readonly when: string;
  /** "off-map: a video call between …". */
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
      quote: feature.passages.map((x) => story.article.slice(x.start, x.end)).join(" … "),
      claim: `${strings.details.status[p.status]} by ${p.attributedTo}`,
      when,
      precision: `${p.precision.type}${p.precision.radiusM === undefined ? "" : ` (within ${String(p.precision.radiusM)} m)`}: ${p.precision.note}`, // prettier-ignore
      sources: p.sources.map((s) => (s.note ? `${s.ref} (${s.note})` : s.ref)),
    };
  });
}

/** The notes text of one marker (plain text, several lines). */
export function footnoteText(d: FootnoteDetail): string {
  return [
    `[${String(d.n)}] ${d.title}`,
    `“${d.quote}”`,
    d.claim,
    ...(d.when ? [`When: ${d.when}`] : []),
    `Where: ${d.precision}`,
    `Geometry sources: ${d.sources.join("; ")}`,
  ].join("\n");
}
