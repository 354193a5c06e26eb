/**
 * New features for a draft, each anchored to its passage with the same anchoring code as `npm run story:anchor`:
 * from a suggested place (a point where the gazetteer puts it, with its precision and source) or from a selection
 * of the text (unlocated until a geometry is given). Relations are written both ways. Pure: no DOM.
 */
import { anchorAt } from "../model/anchor.ts";
import type { Relation } from "../model/schema.ts";
import { freeFeatureId, getPath, isObject, setPath, text, type Draft, type Json, type JsonObject } from "./draft.ts";

export interface PlaceChoice {
  readonly ref: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly precision: { readonly type: string; readonly radiusM?: number; readonly note: string };
}

const SAYS = /\b(?:according to|said|says|told|claimed|denied|stated)\b/i;

/** Who a passage says reports it ("the officials said" -> "the officials"), or the report itself. */
export function suggestAttribution(passage: string): string {
  const according = /according to ((?:[\w.'’-]+\s?){1,6})/i.exec(passage);
  if (according?.[1]) return according[1].trim().replace(/[,.;]$/, "");
  const said = /((?:[A-Z][\w.'’-]*\s|the\s|two\s|U\.S\.\s|[a-z]+\s){1,5})(?:said|says|told|claimed|denied|stated)\b/.exec(passage); // prettier-ignore
  if (said?.[1] && SAYS.test(passage)) return said[1].trim();
  return "the report";
}

function ids(draft: Draft): Set<string> {
  return new Set(draft.features.map((f) => text(f.id)));
}

function withFeature(draft: Draft, feature: JsonObject): Draft {
  return { ...draft, features: [...draft.features, feature] };
}

function baseProperties(draft: Draft, title: string, start: number, end: number): JsonObject {
  const anchor = anchorAt(draft.article, start, end);
  return {
    kind: "position",
    title: title.slice(0, 140),
    summary: anchor.exact.replace(/\s+/g, " ").trim().slice(0, 1000),
    status: "reported",
    attributedTo: suggestAttribution(anchor.exact),
    anchors: [{ ...anchor }],
    when: null,
  };
}

/** A point feature for a suggested place, anchored to the passage that names it. */
export function featureFromPlace(
  draft: Draft,
  place: PlaceChoice,
  passage: { start: number; end: number },
): { draft: Draft; id: string } {
  // prettier-ignore
  const id = freeFeatureId(place.name, ids(draft));
  const gazetteer = place.ref.startsWith("gazetteer:");
  const precision: JsonObject = { type: place.precision.type, note: place.precision.note };
  if (place.precision.radiusM !== undefined) precision.radiusM = place.precision.radiusM;
  const properties: JsonObject = {
    ...baseProperties(draft, place.name, passage.start, passage.end),
    precision,
    sources: [{ ref: place.ref, note: "" }],
    related: [],
  };
  if (gazetteer) properties.derivation = { method: "gazetteer", of: [place.ref], note: "Points of data/gazetteer/sites.json." }; // prettier-ignore
  const feature: JsonObject = {
    type: "Feature",
    id,
    properties,
    geometry: { type: "Point", coordinates: [place.lon, place.lat] },
  };
  return { draft: withFeature(draft, feature), id };
}

/** A feature for a selected passage: unlocated (no geometry) until the journalist gives it one. */
export function featureFromSelection(draft: Draft, start: number, end: number): { draft: Draft; id: string } {
  const exact = draft.article.slice(start, end).trim();
  const lead = start + draft.article.slice(start, end).indexOf(exact);
  const title = exact.replace(/\s+/g, " ").split(" ").slice(0, 8).join(" ");
  const id = freeFeatureId(title, ids(draft));
  const feature: JsonObject = {
    type: "Feature",
    id,
    properties: {
      ...baseProperties(draft, title, lead, lead + exact.length),
      precision: { type: "unlocated", note: "Not located yet." },
      sources: [{ ref: "the report", note: "" }],
      related: [],
    },
    geometry: null,
  };
  return { draft: withFeature(draft, feature), id };
}

const INVERSE: Partial<Record<Relation, Relation>> = {
  denies: "denied-by",
  "denied-by": "denies",
  "part-of": "has-part",
  "has-part": "part-of",
  "caused-by": "causes",
  causes: "caused-by",
  contradicts: "contradicts",
  "same-event": "same-event",
};

function addRelated(feature: JsonObject, id: string, relation: string): JsonObject {
  const related = getPath(feature, ["properties", "related"]);
  const list = Array.isArray(related) ? related.filter(isObject) : [];
  if (list.some((r) => r.id === id && r.relation === relation)) return feature;
  return setPath(feature, ["properties", "related"], [...list, { id, relation }]) as JsonObject;
}

/** Relates two features, both ways when the relation has an inverse (a claim and its denial). */
export function relate(draft: Draft, from: string, relation: Relation, to: string): Draft {
  const inverse = INVERSE[relation];
  const features = draft.features.map((f) => {
    if (f.id === from) return addRelated(f, to, relation);
    if (f.id === to && inverse) return addRelated(f, from, inverse);
    return f;
  });
  return { ...draft, features };
}

/** A copy of the draft with one feature's value at `path` set. */
export function setFeatureValue(
  draft: Draft,
  id: string,
  path: readonly (string | number)[],
  value: Json | undefined,
): Draft {
  // prettier-ignore
  return { ...draft, features: draft.features.map((f) => (f.id === id ? (setPath(f, path, value) as JsonObject) : f)) };
}

export function removeFeature(draft: Draft, id: string): Draft {
  return { ...draft, features: draft.features.filter((f) => f.id !== id) };
}

/** A drawn geometry for a feature: drawn by hand, so its precision says so (an area drawn is an approximate one). */
export function withDrawnGeometry(draft: Draft, id: string, geometry: { type: string; coordinates: unknown }): Draft {
  const precision: JsonObject =
    geometry.type === "Polygon"
      ? { type: "area-not-named", note: "Drawn by hand in the editor: the report does not outline this area." }
      : {
          type: "approximate",
          radiusM: 1000,
          note: "Drawn by hand in the editor from the text's description, to within about a kilometre: set the radius to what the text supports.", // prettier-ignore
        };
  let next = setFeatureValue(draft, id, ["geometry"], { type: geometry.type, coordinates: geometry.coordinates as Json }); // prettier-ignore
  next = setFeatureValue(next, id, ["properties", "precision"], precision);
  return setFeatureValue(next, id, ["properties", "derivation"], undefined);
}
