/**
 * The editor's geoparser ("Find places"): the place names of a pasted report, in text order, each with its
 * sentence, the text as written and the places it may be. One pass over the words: at each capitalised word the
 * longest indexed name wins ("Rafah crossing" over "Rafah"); a name of several places is "ambiguous", a country,
 * territory, region or sea is an "area", and a capitalised name right after "in", "at", "near", "from", "outside",
 * "towards" or "to the" that the index does not know is "unknown". Nothing is placed silently. Pure: no DOM.
 */
import { nameKey, tokenize } from "./place-index.ts";
import type { IndexEntry, MatchStatus, PlaceCandidate, PlaceIndex, Token } from "./place-index.ts";

export { buildPlaceIndex } from "./place-index.ts";
export type { MatchStatus, PlaceCandidate, PlaceIndex } from "./place-index.ts";

export interface PlaceMatch {
  /** The text as it appears in the article: text.slice(start, end). */
  readonly match: string;
  readonly start: number;
  readonly end: number;
  /** The sentence that holds the match, trimmed. */
  readonly passage: { readonly start: number; readonly end: number };
  /**
   * found: one place; ambiguous: several places of that name (such as Rafah in Gaza and Rafah in Egypt); area: a
   * country, territory, region or sea (its label point is not a location); unknown: looks like a place name but
   * the index cannot place it (not in it, or a site without coordinates).
   */
  readonly status: MatchStatus;
  /** Empty for unknown. */
  readonly candidates: readonly PlaceCandidate[];
}

/** One line of a suggestion list: a name with a status, and every mention of it (first mention first). */
export interface PlaceSuggestion {
  /** The place's name when there is one place, else the text of the first mention. */
  readonly label: string;
  readonly status: MatchStatus;
  readonly candidates: readonly PlaceCandidate[];
  readonly occurrences: readonly PlaceMatch[];
}

const TRIGGERS = new Set(["in", "at", "near", "from", "outside", "towards", "toward"]);
/** Capitalised words that are not place names (folded): days, months, titles, bodies, groups, languages, outlets. */
const NOT_NAMES = new Set(
  `the a an this that these those his her its their our my your it he she they we there here which what when where
  who why how some any all each every both other such and but or if monday tuesday wednesday thursday friday
  saturday sunday january february march april may june july august september october november december mr mrs ms
  dr prof sir president prime minister ministers secretary general gen colonel col lieutenant lt major captain
  capt sergeant sgt king queen prince princess emir crown senator sen rep representative governor mayor ambassador
  envoy chief commander spokesman spokeswoman spokesperson pope judge justice attorney official officials ministry
  office department government cabinet parliament congress senate knesset court council committee army forces
  force police navy military security intelligence hamas hezbollah fatah houthis jihad mossad ramadan eid christmas
  easter passover hanukkah english arabic hebrew french dutch reuters axios twitter facebook instagram telegram
  youtube tiktok google jazeera arabiya ahram times post news press agency western eastern northern southern
  international national saudi arab gazan`.split(/\s+/),
);
/** Words that end like an adjective of nationality (Israeli, Egyptian, Lebanese, British, Arabic, American). */
const DEMONYM = /(?:ian|ean|ican|ese|ish|ic|[lqrt]i)$/;
const SENTENCE_END = /[.!?]+["'\u201d\u2019\u00bb)\]]*(?=\s|$)|\n/g;
/** Words after which a full stop does not end a sentence (besides single letters: "U.S.", "J. Smith"). */
const ABBREVIATIONS = new Set("mr mrs ms dr prof st gen lt col sgt capt sen rep gov jr sr no vs approx inc ltd co corp mt ft jan feb aug sept oct nov dec".split(" ")); // prettier-ignore

/** Sentence spans: starts[k]..ends[k], split after . ! ? (and closing quotes) before a space, and at line breaks. */
function sentences(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0] === "\n") {
      ends.push(m.index);
      starts.push(m.index + 1);
      continue;
    }
    const after = m.index + m[0].length;
    if (m[0] === "." || m[0].startsWith(".\u201d") || m[0].startsWith('."')) {
      let s = m.index;
      while (s > 0 && /\p{L}/u.test(text.charAt(s - 1))) s--;
      const word = text.slice(s, m.index);
      if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    if (/^[ \t\u00a0]+\p{Ll}/u.test(text.slice(after, after + 8))) continue; // "approx. three", '"Why?" he asked'
    ends.push(after);
    starts.push(after);
  }
  ends.push(text.length);
  return { starts, ends };
}

function passageAt(text: string, spans: { starts: number[]; ends: number[] }, at: number): PlaceMatch["passage"] {
  let [lo, hi] = [0, spans.starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  let [start, end] = [spans.starts[lo] ?? 0, spans.ends[lo] ?? text.length];
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** The longest indexed name starting at word i (its first word after any article capitalised), if any. */
function longestAt(tokens: readonly Token[], i: number, index: PlaceIndex) {
  const first = tokens[i];
  const head = first?.key === "al" && first.sep ? tokens[i + 1] : first;
  if (!head?.upper) return null;
  let best: { last: number; entry: IndexEntry | null } | null = null;
  let key = "";
  for (let j = i; j < tokens.length && j - i < index.maxTokens; j++) {
    const t = tokens[j];
    if (!t) break;
    key = j === i ? t.key : `${key} ${t.key}`;
    const entry = index.names.get(key);
    if (entry !== undefined) best = { last: j, entry };
    if (t.sep === "" || !index.prefixes.has(key)) break;
  }
  return best;
}

/** A word that may be part of an unknown place name: capitalised, not an acronym (UN, IDF), not a common word. */
function proper(text: string, t: Token): boolean {
  if (!t.upper || t.end - t.start < 2 || NOT_NAMES.has(t.key) || TRIGGERS.has(t.key)) return false;
  return /\p{Ll}/u.test(text.slice(t.start, t.end));
}

/** An unknown name right after a trigger word at i: 1-3 capitalised words (al-/el- may join them), none placed. */
function unknownAfter(text: string, tokens: readonly Token[], i: number, covered: Uint8Array): [number, number] | null {
  const t = tokens[i];
  if (!t || t.sep !== " ") return null;
  let k = i + 1;
  if (t.key === "to" && tokens[k]?.key === "the" && tokens[k]?.sep === " ") k++;
  else if (!TRIGGERS.has(t.key)) return null;
  let [last, words] = [-1, 0];
  for (let j = k; j < tokens.length && j - k < 8; j++) {
    const w = tokens[j];
    if (!w || covered[j] === 1) return null;
    if (w.key !== "al" || w.sep === "") {
      if (!proper(text, w)) break;
      [last, words] = [j, words + 1];
    }
    if (w.sep === "") break;
  }
  const end = tokens[last];
  const start = tokens[k];
  if (!end || !start || words > 3 || DEMONYM.test(end.key)) return null;
  return [start.start, end.end];
}

/** The place names of a text, in text order. */
export function findPlaces(text: string, index: PlaceIndex): PlaceMatch[] {
  const tokens = tokenize(text);
  const covered = new Uint8Array(tokens.length);
  const spans = sentences(text);
  const out: PlaceMatch[] = [];
  const push = (start: number, end: number, status: MatchStatus, candidates: readonly PlaceCandidate[]) => {
    out.push({ match: text.slice(start, end), start, end, passage: passageAt(text, spans, start), status, candidates });
  };
  for (let i = 0; i < tokens.length; i++) {
    const hit = longestAt(tokens, i, index);
    const [first, last] = [tokens[i], hit ? tokens[hit.last] : undefined];
    if (!hit || !first || !last) continue;
    covered.fill(1, i, hit.last + 1);
    if (hit.entry) push(first.start, last.end, hit.entry.status, hit.entry.candidates);
    i = hit.last;
  }
  for (let i = 0; i < tokens.length; i++) {
    const span = unknownAfter(text, tokens, i, covered);
    if (span) push(span[0], span[1], "unknown", []);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One suggestion per place (or per unknown name) and status, in order of first mention. */
export function groupSuggestions(matches: readonly PlaceMatch[]): PlaceSuggestion[] {
  const groups = new Map<string, PlaceMatch[]>();
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    const refs = m.candidates.map((c) => c.ref).join(" ");
    const key = `${m.status}|${refs || (nameKey(m.match) ?? m.match.toLowerCase())}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].flatMap((occurrences) => {
    const first = occurrences[0];
    if (!first) return [];
    const one = first.candidates.length === 1 ? first.candidates[0] : undefined;
    return [{ label: one?.name ?? first.match, status: first.status, candidates: first.candidates, occurrences }];
  });
}
