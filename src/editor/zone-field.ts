/**
 * "A zone along a line": a buffer of a basemap border, a chosen distance wide, clipped to one land (the same
 * derivation as `npm run data:derive`, so `npm run validate` finds the geometry it would make). The zone is drawn
 * as approximate (hatched): the report does not outline it.
 */
import { LAND_IDS } from "../model/schema.ts";
import { derive, type Derivation, type Sources } from "../model/derive.ts";
import { BASEMAP_URLS } from "../render/basemap-files.ts";
import { button, choiceField } from "./controls.ts";
import { idOf, type Json, type JsonObject } from "./draft.ts";
import { SITES } from "./feature-fields.ts";
import { featureField } from "./field-problems.ts";
import { setFeatureValue } from "./features.ts";
import type { EditorSession } from "./session.ts";

const LINES: Readonly<Record<string, string>> = {
  "egypt-gaza": "Egypt–Gaza border",
  "egypt-israel": "Egypt–Israel border",
  "israel-gaza": "Israel–Gaza boundary (1949 Armistice Line)",
  "israel-jordan": "Israel–Jordan border",
  "jordan-west-bank": "Jordan–West Bank boundary",
  "israel-west-bank": "1949 Armistice Line (Green Line)",
};
const LANDS: Readonly<Record<string, string>> = { EGY: "Egypt", ISR: "Israel", GAZA: "Gaza Strip", WEST_BANK: "West Bank", JOR: "Jordan" }; // prettier-ignore

let sources: Promise<Sources> | null = null;

function loadSources(): Promise<Sources> {
  const json = async <T>(url: string): Promise<T> => (await (await fetch(new URL(url, document.baseURI))).json()) as T;
  sources ??= Promise.all([
    json<Sources["land"]>(BASEMAP_URLS.land),
    json<Sources["borders"]>(BASEMAP_URLS.borders),
  ]).then(([land, borders]) => ({ land, borders, sites: SITES.map((s) => ({ id: s.id, lat: s.lat, lon: s.lon })) }));
  return sources;
}

function relabel(select: HTMLSelectElement, names: Readonly<Record<string, string>>): void {
  for (const option of select.options) option.textContent = names[option.value] ?? option.value;
}

export function zoneField(feature: JsonObject, session: EditorSession): HTMLFieldSetElement {
  const id = idOf(feature);
  const group = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = "A zone along a line";
  const said = document.createElement("p");
  said.className = "field-problem";
  said.setAttribute("role", "status");
  let line = "egypt-gaza";
  let land = "EGY";
  let km = "5";
  const lineChoice = choiceField({ label: "Along", field: featureField(id, "zone-line"), value: line, choices: Object.keys(LINES), onInput: (v) => { line = v; } }); // prettier-ignore
  const landChoice = choiceField({ label: "Clipped to", field: featureField(id, "zone-land"), value: land, choices: LAND_IDS, onInput: (v) => { land = v; } }); // prettier-ignore
  relabel(lineChoice.input as HTMLSelectElement, LINES);
  relabel(landChoice.input as HTMLSelectElement, LANDS);
  const width = document.createElement("input");
  width.type = "number";
  width.min = "0.1";
  width.max = "200";
  width.step = "0.1";
  width.value = km;
  width.id = `zone-km-${id}`;
  width.addEventListener("input", () => {
    km = width.value;
  });
  const widthLabel = document.createElement("label");
  widthLabel.htmlFor = width.id;
  widthLabel.textContent = "Width (km)";
  const widthField = document.createElement("div");
  widthField.className = "field";
  widthField.append(widthLabel, width);
  const make = button("Make the zone", () => {
    const distanceKm = Number(km);
    if (!(distanceKm > 0 && distanceKm <= 200)) {
      said.textContent = "The width must be a number of kilometres between 0.1 and 200.";
      return;
    }
    const derivation: Derivation = {
      method: "buffer",
      of: [`basemap:borders#${line}`],
      distanceKm,
      clipTo: `basemap:land#${land}`,
      note: `Within ${String(distanceKm)} km of the ${LINES[line] ?? line}, on the ${LANDS[land] ?? land} side (a buffer clipped to the basemap's land).`, // prettier-ignore
    };
    void loadSources()
      .then((s) => {
        const geometry = derive(derivation, s);
        let draft = setFeatureValue(session.get().draft, id, ["geometry"], geometry as unknown as Json);
        draft = setFeatureValue(draft, id, ["properties", "derivation"], { ...derivation });
        draft = setFeatureValue(draft, id, ["properties", "precision"], { type: "area-not-named", note: `${derivation.note} The report does not outline this zone.` }); // prettier-ignore
        draft = setFeatureValue(draft, id, ["properties", "sources"], [{ ref: derivation.of[0] ?? "", note: "" }, { ref: derivation.clipTo ?? "", note: "" }]); // prettier-ignore
        session.change(draft, "zone");
      })
      .catch((error: unknown) => {
        said.textContent = `No zone was made: ${error instanceof Error ? error.message : String(error)}.`;
      });
  });
  group.append(legend, lineChoice.root, widthField, landChoice.root, make, said);
  return group;
}
