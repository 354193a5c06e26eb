/**
 * Text anchors in the style of W3C Web Annotation selectors: a TextQuoteSelector (exact quote with prefix and
 * suffix) and a TextPositionSelector (start and end offsets, in JavaScript string indices, which equal code
 * points for text without astral characters). No DOM.
 *
 * Resolution order: the offsets first; then the exact quote if it occurs once; then the quote with its context.
 * A quote that is gone, or that the context cannot single out, is reported unanchored: never attached to a
 * look-alike passage.
 */

export interface TextAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export type AnchorResult =
  | { readonly status: "anchored"; readonly start: number; readonly end: number; readonly by: "position" }
  | {
      readonly status: "reanchored";
      readonly start: number;
      readonly end: number;
      readonly by: "quote" | "quote-and-context";
    }
  | { readonly status: "unanchored"; readonly reason: "missing" | "ambiguous"; readonly occurrences: number };

/** Every start offset at which `exact` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === "") return found;
  let i = text.indexOf(exact);
  while (i !== -1) {
    found.push(i);
    i = text.indexOf(exact, i + 1);
  }
  return found;
}

function contextMatches(text: string, at: number, anchor: Pick<TextAnchor, "exact" | "prefix" | "suffix">): boolean {
  const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = text.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length);
  return before === anchor.prefix && after === anchor.suffix;
}

/** Resolves an anchor against a text (see the module comment for the order). */
export function resolveAnchor(text: string, anchor: TextAnchor): AnchorResult {
  const all = occurrences(text, anchor.exact);
  const withContext = all.filter((at) => contextMatches(text, at, anchor));
  if (
    text.slice(anchor.start, anchor.end) === anchor.exact &&
    withContext.length === 1 &&
    withContext[0] === anchor.start
  ) {
    return { status: "anchored", start: anchor.start, end: anchor.end, by: "position" };
  }
  if (all.length === 0) return { status: "unanchored", reason: "missing", occurrences: 0 };
  if (all.length === 1) {
    const at = all[0] as number;
    return { status: "reanchored", start: at, end: at + anchor.exact.length, by: "quote" };
  }
  if (withContext.length === 1) {
    const at = withContext[0] as number;
    return { status: "reanchored", start: at, end: at + anchor.exact.length, by: "quote-and-context" };
  }
  return { status: "unanchored", reason: "ambiguous", occurrences: all.length };
}

export const CONTEXT_LENGTH = 32;

/**
 * Builds a complete anchor for a quote that occurs exactly once in the text (an authoring aid); throws otherwise.
 * `occurrence` picks among several occurrences (0-based) when the quote alone is not unique.
 */
export function makeAnchor(text: string, exact: string, occurrence?: number): TextAnchor {
  const all = occurrences(text, exact);
  if (all.length === 0) throw new Error(`quote not found: "${exact}"`);
  if (all.length > 1 && occurrence === undefined) {
    throw new Error(`quote found ${all.length} times, say which occurrence: "${exact}"`);
  }
  const start = all[occurrence ?? 0];
  if (start === undefined) throw new Error(`quote has no occurrence ${String(occurrence)}: "${exact}"`);
  return anchorAt(text, start, start + exact.length);
}

/** The anchor of the passage text[start, end) (a selection in the editor): its quote, context and offsets. */
export function anchorAt(text: string, start: number, end: number): TextAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    throw new Error(`no passage at ${String(start)}–${String(end)} in a text of ${String(text.length)} characters`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
