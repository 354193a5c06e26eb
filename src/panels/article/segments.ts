/**
 * Cuts the article into paragraphs and, within them, into segments at every passage boundary, so that overlapping
 * and nested passages render as flat, non-nested elements (no interactive element inside another). Each segment
 * lists the features whose passages cover it, innermost (shortest passage) first. No DOM.
 */
import { paragraphRanges } from "../../model/paragraphs.ts";
import type { Passage } from "../../model/types.ts";

export interface FeaturePassages {
  readonly id: string;
  readonly passages: readonly Passage[];
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Ids of the features covering this segment, innermost first; empty for plain text. */
  readonly features: readonly string[];
}

export interface Paragraph {
  readonly start: number;
  readonly segments: readonly Segment[];
}

export function segmentArticle(text: string, features: readonly FeaturePassages[]): Paragraph[] {
  const covering = features.flatMap((f) => f.passages.map((p) => ({ id: f.id, start: p.start, end: p.end })));
  return paragraphRanges(text).map((para) => {
    const cuts = new Set([para.start, para.end]);
    for (const c of covering) {
      if (c.start > para.start && c.start < para.end) cuts.add(c.start);
      if (c.end > para.start && c.end < para.end) cuts.add(c.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i] as number;
      const end = points[i + 1] as number;
      const ids = covering
        .filter((c) => c.start <= start && c.end >= end)
        .sort((a, b) => a.end - a.start - (b.end - b.start))
        .map((c) => c.id);
      segments.push({ start, end, text: text.slice(start, end), features: [...new Set(ids)] });
    }
    return { start: para.start, segments };
  });
}
