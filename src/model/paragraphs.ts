/** The article's paragraphs: text between blank lines, as character ranges (blank paragraphs left out). No DOM. */
import type { Passage } from "./types.ts";

export function paragraphRanges(text: string): Passage[] {
  const ranges: Passage[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim() !== "");
}
