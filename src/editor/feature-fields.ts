/**
 * Parts of the feature form that stand alone: the gazetteer's sites to pick from, the geometry's summary, numbers
 * as typed, drawing's interface, and the related features (a relation added both ways when it has an inverse).
 */
import sitesJson from "../../data/gazetteer/sites.json";
import { RELATIONS, type Relation } from "../model/schema.ts";
import { button, choiceField } from "./controls.ts";
import { idOf, getPath, isObject, text, type Json, type JsonObject } from "./draft.ts";
import type { DrawMode } from "./draw-map.ts";
import { featureField } from "./field-problems.ts";
import { relate } from "./features.ts";
import type { EditorSession } from "./session.ts";

export interface Site {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: { readonly type: string; readonly radiusM?: number; readonly note: string };
}
interface StoredSite extends Omit<Site, "lat" | "lon"> {
  readonly lat: number | null;
  readonly lon: number | null;
}
/** The gazetteer's sites that have coordinates (a site the fact sheet cannot place is not offered as a point). */
export const SITES: readonly Site[] = (sitesJson as { sites: StoredSite[] }).sites.flatMap((s) =>
  s.lat === null || s.lon === null ? [] : [{ ...s, lat: s.lat, lon: s.lon }],
);

export function numberOrText(value: string): Json | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

/** Drawing on the editor's map for the feature being edited; `say` tells the form how it ended. */
export interface Drawing {
  start(mode: DrawMode, say: (message: string) => void): void;
  cancel(): void;
}

export function geometrySummary(geometry: Json | undefined): string {
  if (!isObject(geometry ?? null)) return "none (unlocated)";
  const g = geometry as JsonObject;
  const count = JSON.stringify(g.coordinates ?? []).match(/\[-?[\d.e+-]+,/g)?.length ?? 0;
  return `${text(g.type) || "no type"}, ${String(count)} position${count === 1 ? "" : "s"}`;
}

export function relationsField(feature: JsonObject, session: EditorSession): HTMLFieldSetElement {
  const group = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = "Related features";
  group.append(legend);
  const related = getPath(feature, ["properties", "related"]);
  const list = document.createElement("ul");
  for (const r of Array.isArray(related) ? related.filter(isObject) : []) {
    const li = document.createElement("li");
    li.textContent = `${text(r.relation)} ${text(r.id)}`;
    list.append(li);
  }
  group.append(list);
  const others = session
    .get()
    .draft.features.map((f) => idOf(f))
    .filter((i) => i !== feature.id);
  let relation: Relation = "denied-by";
  let target = others[0] ?? "";
  const rel = choiceField({ label: "Relation", field: featureField(idOf(feature), "new-relation"), value: relation, choices: RELATIONS, onInput: (v) => { relation = v as Relation; } }); // prettier-ignore
  const to = choiceField({ label: "To feature", field: featureField(idOf(feature), "new-relation-target"), value: target, choices: others, onInput: (v) => { target = v; } }); // prettier-ignore
  group.append(
    rel.root,
    to.root,
    button("Add relation", () => {
      if (target === "") return;
      session.change(relate(session.get().draft, idOf(feature), relation, target), "relate");
    }),
  );
  return group;
}
