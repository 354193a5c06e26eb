/**
 * Where a feature is, in its form: its geometry's summary; a point clicked, or a line or polygon drawn, on the map;
 * a position typed; a gazetteer place picked; or unlocated.
 */
import { button, choiceField, textField, type FieldControl } from "./controls.ts";
import { getPath, idOf, text, type Json, type JsonObject } from "./draft.ts";
import type { DrawMode } from "./draw-map.ts";
import { geometrySummary, numberOrText, SITES, type Drawing } from "./feature-fields.ts";
import { featureField } from "./field-problems.ts";
import { setFeatureValue } from "./features.ts";
import type { EditorSession } from "./session.ts";

type Path = readonly (string | number)[];

/** What the feature form lends the parts it is made of. */
export interface FormParts {
  readonly session: EditorSession;
  readonly drawing: Drawing;
  text(
    feature: JsonObject,
    label: string,
    path: Path,
    into: HTMLElement,
    extra?: { multiline?: boolean; hint?: string; toJson?: (v: string) => Json | undefined; at?: Path },
  ): void;
  add(control: FieldControl, path: Path, into: HTMLElement): void;
  currentFeature(): JsonObject;
}

export function whereFields(form: FormParts, feature: JsonObject, box: HTMLElement): void {
  const group = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = "Where";
  group.append(legend);
  const geometry = getPath(feature, ["geometry"]);
  const type = text(getPath(geometry, ["type"]));
  const summary = textField({
    label: "Geometry",
    field: featureField(idOf(feature), "geometry"),
    value: geometrySummary(geometry),
    onInput: () => undefined,
  });
  (summary.input as HTMLInputElement).readOnly = true;
  form.add(summary, ["geometry"], group);
  const drawn = document.createElement("p");
  drawn.className = "field-problem";
  drawn.setAttribute("role", "status");
  const draw = (mode: DrawMode, label: string) =>
    button(label, () => {
      drawn.textContent = `Drawing a ${mode === "linestring" ? "line" : mode} on the map: click to add positions; Enter or a click on the last position finishes, Escape cancels.`; // prettier-ignore
      form.drawing.start(mode, (message) => { drawn.textContent = message; }); // prettier-ignore
    });
  const tools = document.createElement("div");
  tools.className = "draw-tools";
  tools.append(
    draw("point", "Click a point on the map"),
    draw("linestring", "Draw a line on the map"),
    draw("polygon", "Draw a polygon on the map"),
    button("Cancel drawing", () => { form.drawing.cancel(); }), // prettier-ignore
  );
  group.append(tools, drawn);
  if (type === "" || type === "Point") {
    // A typed position makes the geometry a Point (an unlocated feature gets one as soon as a number is typed).
    const axis =
      (i: 0 | 1) =>
      (v: string): Json | undefined => {
        const g = getPath(form.currentFeature(), ["geometry"]);
        const old = getPath(g, ["coordinates"]);
        const coordinates: Json[] = Array.isArray(old) && getPath(g, ["type"]) === "Point" ? [...old] : [null, null];
        coordinates[i] = numberOrText(v) ?? null;
        return { type: "Point", coordinates };
      };
    form.text(feature, "Longitude", ["geometry", "coordinates", 0], group, { toJson: axis(0), at: ["geometry"] });
    form.text(feature, "Latitude", ["geometry", "coordinates", 1], group, { toJson: axis(1), at: ["geometry"] });
  }
  const place = choiceField({
    label: "Place from the gazetteer",
    field: featureField(idOf(feature), "place"),
    value: "",
    none: "Choose a place…",
    choices: SITES.map((s) => s.id),
    onInput: (v) => {
      const site = SITES.find((s) => s.id === v);
      if (!site) return;
      const { draft, selected } = form.session.get();
      if (selected === null) return;
      let next = setFeatureValue(draft, selected, ["geometry"], { type: "Point", coordinates: [site.lon, site.lat] });
      next = setFeatureValue(next, selected, ["properties", "precision"], { ...site.precision });
      next = setFeatureValue(next, selected, ["properties", "sources"], [{ ref: `gazetteer:${site.id}`, note: "" }]);
      next = setFeatureValue(next, selected, ["properties", "derivation"], { method: "gazetteer", of: [`gazetteer:${site.id}`], note: "Points of data/gazetteer/sites.json." }); // prettier-ignore
      form.session.change(next, "place");
    },
  });
  [...place.input.querySelectorAll("option")].forEach((o) => {
    const site = SITES.find((s) => s.id === o.value);
    if (site) o.textContent = site.name;
  });
  group.append(place.root);
  group.append(
    button("Make it unlocated", () => {
      const { draft, selected } = form.session.get();
      if (selected === null) return;
      let next = setFeatureValue(draft, selected, ["geometry"], null);
      next = setFeatureValue(next, selected, ["properties", "precision"], { type: "unlocated", note: "The text does not say where." }); // prettier-ignore
      next = setFeatureValue(next, selected, ["properties", "derivation"], undefined);
      form.session.change(next, "unlocate");
    }),
  );
  box.append(group);
}
