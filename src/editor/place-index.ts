/**
 * The place index behind the editor's "Find places": the gazetteer's sites, the basemap's label points and the
 * known spellings (data/gazetteer/spellings.json), checked and keyed by a folded form of each name (case,
 * diacritics, apostrophes, hyphens and the al-/el- article do not count). Names of one place within 10 km are one
 * candidate (the gazetteer's, which carries the fact sheet's precision). Each candidate says where it is from a
 * coarse rule (the basemap's lands, simplified; exact along the Egypt–Gaza border), so "Gaza Strip, about 0.9 km
 * from Egypt" tells Rafah from Egyptian Rafah. Pure: no DOM.
 */
import { PRECISIONS, type PrecisionType } from "../model/schema.ts";

export interface PlaceCandidate {
  /** "gazetteer:<site id>" or "basemap:places#<feature id>". */
  readonly ref: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly source: string;
  readonly precision: { readonly type: PrecisionType; readonly radiusM?: number; readonly note: string };
  /** Where it is, to tell candidates apart ("Egypt, about 0.1 km from the Gaza Strip", "country"). */
  readonly context: string;
}
export type MatchStatus = "found" | "ambiguous" | "area" | "unknown";
/** "unknown" with no candidates: a site the gazetteer names but has no coordinates for (never placed). */
export interface IndexEntry {
  readonly status: MatchStatus;
  readonly candidates: readonly PlaceCandidate[];
}
/** Built by buildPlaceIndex; read only by the geoparser. A null entry is a phrase that is not a place. */
export interface PlaceIndex {
  readonly names: ReadonlyMap<string, IndexEntry | null>;
  readonly prefixes: ReadonlySet<string>;
  readonly maxTokens: number;
}
/** A word: offsets (a possessive 's left out), folded key, and what joins it to the next word ("" = nothing). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly upper: boolean;
  readonly sep: "" | " " | "-";
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2018\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const STRIP = /[\p{M}\p{Lm}'\u2018\u2019]/gu;
/** Assimilated forms of the article, read as al- only when hyphenated (ash-Shati, as-Sultan). */
const SUN = new Set("ad adh an ar as ash at ath az ed en er es esh et ez".split(" "));

export function tokenize(text: string): Token[] {
  const words: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const possessive = /['\u2018\u2019][sS]$/.test(m[0]);
    words.push({ start: m.index, end: m.index + m[0].length - (possessive ? 2 : 0) });
  }
  return words.map((w, i) => {
    const next = words[i + 1];
    const gap = next ? text.slice(w.end, next.start) : "";
    const sep = gap === " " || /^[ \t\u00a0]+$/.test(gap) ? " " : /^[-\u2010\u2011]$/.test(gap) ? "-" : "";
    const word = text.slice(w.start, w.end);
    let key = /^[a-z0-9]+$/i.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(STRIP, "").toLowerCase();
    if (sep && (key === "el" || (sep === "-" && SUN.has(key)))) key = "al";
    return { start: w.start, end: w.end, key, upper: /^[\p{Lm}]*\p{Lu}/u.test(word), sep };
  });
}

/** The folded key of a name ("Be’er Sheva" -> "beer sheva", "El-Arish" -> "al arish"), or null if not one name. */
export function nameKey(name: string): string | null {
  const tokens = tokenize(name);
  if (tokens.length === 0 || tokens.slice(0, -1).some((t) => t.sep === "")) return null;
  if (name.slice(0, tokens[0]?.start).trim() || name.slice(tokens.at(-1)?.end).trim()) return null;
  return tokens.map((t) => t.key).join(" ");
}

type Obj = Readonly<Record<string, unknown>>;
function fail(where: string, what: string): never {
  throw new Error(`${where} ${what}`);
}
function obj(v: unknown, where: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(where, "must be an object");
  return v as Obj;
}
function list(v: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(v)) fail(where, "must be an array");
  return v as readonly unknown[];
}
function str(v: unknown, where: string): string {
  if (typeof v !== "string" || v.trim() === "") fail(where, "must be a non-empty string");
  return v;
}
function num(v: unknown, where: string, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) fail(where, `must be a number in ${min}..${max}`); // prettier-ignore
  return v;
}
const isPrecision = (t: unknown): t is PrecisionType => (PRECISIONS as readonly unknown[]).includes(t);

function precisionOf(v: unknown, where: string): PlaceCandidate["precision"] {
  const p = obj(v, where);
  if (!isPrecision(p.type)) fail(`${where}.type`, `must be one of ${PRECISIONS.join(", ")}`);
  const note = str(p.note, `${where}.note`);
  return p.radiusM === undefined ? { type: p.type, note } : { type: p.type, radiusM: num(p.radiusM, `${where}.radiusM`, 0, 1e7), note }; // prettier-ignore
}

interface Entry {
  readonly candidate: PlaceCandidate;
  readonly located: boolean;
  /** The key of the entry's own name, to tell one place named twice from two places of one name. */
  readonly canon: string;
  readonly area: boolean;
  readonly gazetteer: boolean;
  readonly names: readonly string[];
}

function siteEntries(sites: unknown): Entry[] {
  return list(obj(sites, "sites.json").sites, "sites.json: sites").map((s, i) => {
    const w = `sites.json: sites[${i}]`;
    const site = obj(s, w);
    const id = str(site.id, `${w}.id`);
    const name = str(site.name, `${w}.name`);
    const precision = precisionOf(site.precision, `${w}.precision`);
    const located = precision.type !== "unlocated";
    const lat = located ? num(site.lat, `${w}.lat`, -90, 90) : NaN;
    const lon = located ? num(site.lon, `${w}.lon`, -180, 180) : NaN;
    // "Rafah (GeoNames)" is Rafah from another source; "Washington, White House" is a description, not a name.
    const own = name.replace(/\s*\([^)]*\)$/, "");
    const context = located ? contextAt(lon, lat) : "no coordinates (see its source)";
    const candidate = { ref: `gazetteer:${id}`, name, lon, lat, source: str(site.source, `${w}.source`), precision, context }; // prettier-ignore
    return { candidate, located, canon: nameKey(own) ?? name.toLowerCase(), area: false, gazetteer: true, names: [own] }; // prettier-ignore
  });
}

const AREAS: Readonly<Record<string, string>> = { country: "country", territory: "territory", region: "region", water: "sea", sea: "sea" }; // prettier-ignore
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()); // prettier-ignore

function placeEntries(places: unknown): Entry[] {
  return list(obj(places, "places.geojson").features, "places.geojson: features").map((f, i) => {
    const w = `places.geojson: features[${i}]`;
    const props = obj(obj(f, w).properties, `${w}.properties`);
    const geometry = obj(obj(f, w).geometry, `${w}.geometry`);
    if (geometry.type !== "Point") fail(`${w}.geometry.type`, 'must be "Point"');
    const [lon, lat] = list(geometry.coordinates, `${w}.geometry.coordinates`);
    const id = str(props.id, `${w}.properties.id`);
    const raw = str(props.name, `${w}.properties.name`);
    const cls = str(props.class, `${w}.properties.class`);
    const source = str(props.source, `${w}.properties.source`);
    const radius = props.approxRadiusM ?? undefined;
    const area = AREAS[cls];
    const precision: PlaceCandidate["precision"] = area
      ? { type: "area", note: `A ${area}: the point only anchors its label (${source}).` }
      : radius === undefined
        ? { type: "approximate", note: `A ${cls} label: a point from ${source}, with no stated radius.` }
        : { type: "area", radiusM: num(radius, `${w}.properties.approxRadiusM`, 0, 1e7), note: `A ${cls}; its centre from ${source}.` }; // prettier-ignore
    const position = { lon: num(lon, `${w}.geometry.coordinates[0]`, -180, 180), lat: num(lat, `${w}.geometry.coordinates[1]`, -90, 90) }; // prettier-ignore
    const name = raw === raw.toUpperCase() ? titleCase(raw) : raw;
    const context = area ?? contextAt(position.lon, position.lat);
    const candidate = { ref: `basemap:places#${id}`, name, ...position, source, precision, context };
    return { candidate, located: true, canon: nameKey(raw) ?? raw.toLowerCase(), area: area !== undefined, gazetteer: false, names: [raw] }; // prettier-ignore
  });
}

/** Kilometres between two candidates, flat-earth: enough to tell 10 km. */
const km = (a: PlaceCandidate, b: PlaceCandidate) => Math.hypot((b.lon - a.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180), (b.lat - a.lat) * 110.57); // prettier-ignore

/** The index of sites.json, places.geojson and spellings.json (parsed JSON); throws on a malformed file. */
export function buildPlaceIndex(sites: unknown, places: unknown, spellings: unknown): PlaceIndex {
  const entries = [...siteEntries(sites), ...placeEntries(places)];
  const byRef = new Map(entries.map((e) => [e.candidate.ref, e]));
  const byKey = new Map<string, Entry[]>();
  const add = (name: string, e: Entry, where: string) => {
    const key = nameKey(name);
    if (key === null) fail(where, `"${name}" is not a name (only spaces, hyphens and apostrophes may join its words)`); // prettier-ignore
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  };
  for (const e of entries) for (const n of e.names) if (nameKey(n) !== null) add(n, e, e.candidate.ref);
  const root = obj(spellings, "spellings.json");
  list(root.spellings, "spellings.json: spellings").forEach((s, i) => {
    const w = `spellings.json: spellings[${i}]`;
    const ref = str(obj(s, w).of, `${w}.of`);
    const e = byRef.get(ref) ?? fail(`${w}.of`, `"${ref}" is neither a site of sites.json nor a place of places.geojson`); // prettier-ignore
    list(obj(s, w).names, `${w}.names`).forEach((n, j) => {
      add(str(n, `${w}.names[${j}]`), e, `${w}.names[${j}]`);
    });
  });
  const names = new Map<string, IndexEntry | null>();
  for (const [key, found] of byKey) {
    const kept: Entry[] = [];
    const unique = [...new Map(found.map((e) => [e.candidate.ref, e])).values()];
    for (const e of unique.sort((a, b) => Number(b.gazetteer) - Number(a.gazetteer))) {
      if (!kept.some((k) => k.canon === e.canon && km(k.candidate, e.candidate) <= 10)) kept.push(e);
    }
    const placed = kept.filter((e) => e.located);
    const status = placed.length > 1 ? "ambiguous" : placed.length === 0 ? "unknown" : placed[0]?.area ? "area" : "found"; // prettier-ignore
    names.set(key, { status, candidates: placed.map((e) => e.candidate) });
  }
  list(root.notPlaces ?? [], "spellings.json: notPlaces").forEach((s, i) => {
    const w = `spellings.json: notPlaces[${i}]`;
    list(obj(s, w).names, `${w}.names`).forEach((n, j) => {
      names.set(nameKey(str(n, `${w}.names[${j}]`)) ?? fail(`${w}.names[${j}]`, "is not a name"), null);
    });
  });
  const prefixes = new Set<string>();
  let maxTokens = 0;
  for (const key of names.keys()) {
    const words = key.split(" ");
    maxTokens = Math.max(maxTokens, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(" "));
  }
  return { names, prefixes, maxTokens };
}

// Where a point is, a coarse rule to tell candidates apart: flat [lon, lat, ...] rings and lines from basemap/
// land.geojson and borders.geojson (Douglas–Peucker: 0.003-0.005° by Gaza, 0.02° for the West Bank and Jordan; the
// Egypt–Gaza border as it is). Egypt is what lies west of its borders with Gaza and Israel; the rest of the box,
// Israel. Distances are given to the borders with Egypt and Gaza and to the 1949 line only.
const EG = [
  34.21841, 31.32398, 34.2188, 31.32358, 34.23552, 31.29662, 34.23584, 31.2964, 34.23923, 31.29617, 34.24007, 31.29578,
  34.24354, 31.28619, 34.24469, 31.28338, 34.2457, 31.28021, 34.24734, 31.27599, 34.24858, 31.27209, 34.25259, 31.26094,
  34.2555, 31.25309, 34.2571, 31.24925, 34.2675, 31.22013,
];
const EI = [
  34.2675, 31.2201, 34.4034, 30.8583, 34.4964, 30.6808, 34.519, 30.6033, 34.5156, 30.5336, 34.5537, 30.4979, 34.5359,
  30.431, 34.5427, 30.413, 34.6139, 30.3681, 34.8013, 29.8724, 34.8236, 29.8303, 34.826, 29.8086, 34.8332, 29.807,
  34.832, 29.7947, 34.8438, 29.7792, 34.8582, 29.6858, 34.8802, 29.6487, 34.8664, 29.5976, 34.8785, 29.5433, 34.903,
  29.4915,
];
const IG = [
  34.2675, 31.2201, 34.2919, 31.2412, 34.3258, 31.258, 34.3422, 31.2782, 34.3665, 31.2905, 34.3733, 31.3062, 34.3651,
  31.3644, 34.3803, 31.3896, 34.4236, 31.4234, 34.4779, 31.4762, 34.5127, 31.5007, 34.5542, 31.5187, 34.5667, 31.5415,
  34.491, 31.5951,
];
const CO = [34.491, 31.5951, 34.3359, 31.4237, 34.2184, 31.324];
const WB = [
  35.151, 31.737, 34.952, 31.595, 34.942, 31.5, 34.881, 31.396, 34.92, 31.344, 35.227, 31.373, 35.399, 31.493, 35.447,
  31.691, 35.486, 31.709, 35.475, 31.763, 35.558, 31.766, 35.519, 32.036, 35.573, 32.193, 35.562, 32.385, 35.049,
  32.397, 35.016, 32.338, 35.02, 32.234, 34.957, 32.19, 34.99, 32.142, 34.988, 31.968, 35.039, 31.907, 35.033, 31.858,
  34.978, 31.833, 35.069, 31.857, 35.223, 31.801, 35.223, 31.735, 35.151, 31.737,
];
const JO = [
  34.977, 29.543, 35.001, 29.516, 34.967, 29.4, 35.9, 29.4, 35.9, 32.4, 35.549, 32.399, 35.573, 32.193, 35.519, 32.036,
  35.548, 31.97, 35.539, 31.816, 35.553, 31.767, 35.582, 31.766, 35.552, 31.587, 35.57, 31.429, 35.532, 31.316, 35.508,
  31.312, 35.508, 31.374, 35.464, 31.374, 35.447, 31.345, 35.477, 31.316, 35.421, 31.304, 35.405, 31.279, 35.434,
  31.279, 35.399, 31.253, 35.464, 31.236, 35.464, 31.203, 35.508, 31.214, 35.529, 31.166, 35.464, 31.065, 35.455,
  31.108, 35.416, 30.951, 35.354, 30.908, 35.337, 30.799, 35.204, 30.582, 35.162, 30.441, 35.192, 30.346, 35.146,
  30.282, 35.162, 30.122, 35.075, 29.95, 35.085, 29.886, 34.977, 29.543,
];
const GL = [
  35.052, 32.4, 35.016, 32.338, 35.02, 32.234, 34.957, 32.19, 34.99, 32.142, 34.988, 31.968, 35.039, 31.907, 35.033,
  31.858, 34.978, 31.833, 35.078, 31.855, 35.223, 31.801, 35.228, 31.745, 35.133, 31.734, 34.952, 31.595, 34.942, 31.5,
  34.881, 31.396, 34.926, 31.342, 35.227, 31.373, 35.399, 31.493,
];
type Flat = readonly number[];
const LANDS: readonly (readonly [string, Flat])[] = [
  ["the Gaza Strip", [...CO, ...EG.slice(2), ...IG.slice(2, -2)]],
  ["the West Bank", WB],
  ["Egypt", [...EG, ...EI.slice(2), 34.86, 29.4, 31.9, 29.4, 31.9, 32.4, 34.2184, 32.4]],
  ["Jordan", JO],
];
const BORDERS: readonly { lines: readonly Flat[]; a: string; b: string; accuracyKm: number }[] = [
  { lines: [EG], a: "Egypt", b: "the Gaza Strip", accuracyKm: 0.05 },
  { lines: [EI], a: "Egypt", b: "Israel", accuracyKm: 0.5 },
  { lines: [IG], a: "the Gaza Strip", b: "Israel", accuracyKm: 0.3 },
  { lines: [GL], a: "the West Bank", b: "Israel", accuracyKm: 2 },
];
const at = (f: Flat, i: number) => f[i] ?? 0;

function inside(lon: number, lat: number, ring: Flat): boolean {
  let yes = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const [x1, y1, x2, y2] = [at(ring, i), at(ring, i + 1), at(ring, j), at(ring, j + 1)];
    if (y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) yes = !yes;
  }
  return yes;
}

function lineKm(lon: number, lat: number, line: Flat): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (let i = 0; i + 3 < line.length; i += 2) {
    const [ax, ay] = [(at(line, i) - lon) * kx, (at(line, i + 1) - lat) * 110.57];
    const [dx, dy] = [(at(line, i + 2) - lon) * kx - ax, (at(line, i + 3) - lat) * 110.57 - ay];
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

const bare = (land: string) => land.replace(/^the /, "");

/** "Egypt", "Gaza Strip, about 0.9 km from Egypt", "on the border of Egypt and Israel", "off the regional map". */
export function contextAt(lon: number, lat: number): string {
  if (lon < 31.9 || lat < 29.4 || lon > 35.9 || lat > 32.4) return "off the regional map"; // the basemap's box
  const land = LANDS.find(([, ring]) => inside(lon, lat, ring))?.[0] ?? "Israel";
  const near = BORDERS.map((b) => ({ ...b, km: Math.min(...b.lines.map((l) => lineKm(lon, lat, l))) })).sort((p, q) => p.km - q.km)[0]; // prettier-ignore
  if (!near || near.km >= 3) return bare(land);
  const other = near.a === land ? near.b : near.a;
  if (near.km < near.accuracyKm) return `on the border of ${land} and ${other}`;
  return `${bare(land)}, about ${near.km.toFixed(1)} km from ${other}`;
}
