/**
 * The form of the feature being edited: what it is (kind, status, who says so), its passage, its date phrase and
 * date, how precisely it is located, its sources, its relations, and its geometry (a point typed or picked from
 * the gazetteer, or unlocated). Allowed values are choices, never typed. Every field shows its own problems.
 */
import { makeAnchor } from "../model/anchor.ts";
import { resolveDatePhrase } from "../model/relative-date.ts";
import { KINDS, PRECISIONS, STATUSES } from "../model/schema.ts";
import { idOf, getPath, isObject, text, type Json, type JsonObject } from "./draft.ts";
import { button, choiceField, heading, textField, type FieldControl } from "./controls.ts";
import { geometrySummary, numberOrText, relationsField, type Drawing } from "./feature-fields.ts";
import { featureField } from "./field-problems.ts";
import { zoneField } from "./zone-field.ts";
import { whereFields, type FormParts } from "./where-fields.ts";
import { removeFeature, setFeatureValue, suggestAttribution } from "./features.ts";
import type { EditorSession } from "./session.ts";

export type { Drawing };

type Path = readonly (string | number)[];

export class FeatureForm implements FormParts {
  private readonly controls = new Map<string, FieldControl>();
  private shown: string | null = null;

  constructor(
    private readonly host: HTMLElement,
    readonly session: EditorSession,
    readonly drawing: Drawing,
    /** The words selected in the article now (for a date phrase picked in the text). */
    private readonly selectedText: () => string,
  ) {}

  get fields(): ReadonlyMap<string, FieldControl> {
    return this.controls;
  }

  render(rebuild: boolean): void {
    const { draft, selected } = this.session.get();
    const feature = draft.features.find((f) => f.id === selected) ?? null;
    if (!rebuild && feature && this.shown === selected) {
      for (const [key, control] of this.controls) {
        const path = control.input.dataset.path;
        if (path) control.setValue(this.valueText(feature, JSON.parse(path) as Path, key));
      }
      return;
    }
    this.shown = selected;
    this.controls.clear();
    if (!feature) {
      const p = document.createElement("p");
      p.textContent = "No feature yet: add a suggested place, or select a passage of the article and make one.";
      this.host.replaceChildren(p);
      return;
    }
    this.build(feature);
  }

  private valueText(feature: JsonObject, path: Path, key: string): string {
    if (key.endsWith(":sources")) return this.sourcesText(feature);
    if (key.endsWith(":geometry")) return geometrySummary(getPath(feature, ["geometry"]));
    const v = getPath(feature, path);
    return v === undefined || v === null
      ? ""
      : typeof v === "string" || typeof v === "number"
        ? String(v)
        : JSON.stringify(v);
  }

  private sourcesText(feature: JsonObject): string {
    const sources = getPath(feature, ["properties", "sources"]);
    return Array.isArray(sources) ? sources.map((s) => text(getPath(s, ["ref"]))).join("\n") : "";
  }

  private set(path: Path, value: Json | undefined): void {
    const { draft, selected } = this.session.get();
    if (selected === null) return;
    this.session.change(setFeatureValue(draft, selected, path, value), "typing");
  }

  add(control: FieldControl, path: Path, into: HTMLElement): void {
    control.input.dataset.path = JSON.stringify(path);
    this.controls.set(control.input.dataset.field ?? "", control);
    into.append(control.root);
  }

  /** A text field showing the value at `path`; what is typed is written (through `toJson`) at `at` or `path`. */
  text(
    feature: JsonObject,
    label: string,
    path: Path,
    into: HTMLElement,
    extra: { multiline?: boolean; hint?: string; toJson?: (v: string) => Json | undefined; at?: Path } = {},
  ): void {
    // prettier-ignore
    const field = featureField(idOf(feature), path.join(".").replace(/\.(\d+)/g, "[$1]"));
    const toJson = extra.toJson ?? ((v: string) => v);
    const control = textField({
      label,
      field,
      value: this.valueText(feature, path, field),
      ...(extra.hint ? { hint: extra.hint } : {}),
      ...(extra.multiline ? { multiline: true } : {}),
      onInput: (v) => {
        this.set(extra.at ?? path, toJson(v));
      },
    });
    this.add(control, path, into);
  }

  private choice(feature: JsonObject, label: string, path: Path, choices: readonly string[], into: HTMLElement): void {
    const field = featureField(idOf(feature), path.join("."));
    const control = choiceField({
      label,
      field,
      choices,
      value: this.valueText(feature, path, field),
      onInput: (v) => {
        this.set(path, v);
      },
    });
    this.add(control, path, into);
  }

  private build(feature: JsonObject): void {
    const id = idOf(feature);
    const box = document.createElement("div");
    box.className = "feature-form";
    const quote = text(getPath(feature, ["properties", "anchors", 0, "exact"]));
    box.append(heading(3, `Feature “${id}”`));
    this.quote(feature, box);
    this.text(feature, "Feature title", ["properties", "title"], box);
    this.text(feature, "Map label (short)", ["properties", "label"], box, { toJson: (v) => (v.trim() === "" ? undefined : v) }); // prettier-ignore
    this.text(feature, "Summary", ["properties", "summary"], box, { multiline: true });
    this.choice(feature, "Kind", ["properties", "kind"], KINDS, box);
    this.choice(feature, "Status", ["properties", "status"], STATUSES, box);
    this.text(feature, "Who says so", ["properties", "attributedTo"], box, { hint: `Suggested from the passage: ${suggestAttribution(quote)}` }); // prettier-ignore
    this.dateFields(feature, box);
    this.choice(feature, "Precision", ["properties", "precision", "type"], PRECISIONS, box);
    this.text(feature, "Uncertainty radius (m)", ["properties", "precision", "radiusM"], box, { toJson: numberOrText });
    this.text(feature, "Precision note", ["properties", "precision", "note"], box, { multiline: true });
    this.sources(feature, box);
    whereFields(this, feature, box);
    box.append(zoneField(feature, this.session), relationsField(feature, this.session));
    box.append(button("Remove this feature", () => { this.session.change(removeFeature(this.session.get().draft, id), "remove"); }, "danger")); // prettier-ignore
    this.host.replaceChildren(box);
  }

  /** The passage, word for word: re-anchored (story:anchor's code) when the article holds it once. */
  private quote(feature: JsonObject, box: HTMLElement): void {
    const path: Path = ["properties", "anchors", 0];
    // The validator names an anchor's problems at properties.anchors[0] (its quote, context and offsets).
    const field = featureField(idOf(feature), "properties.anchors[0]");
    const control = textField({
      label: "Quote (the passage, word for word)",
      field,
      multiline: true,
      hint: "Select a passage in the article and make a new feature to anchor another one.",
      value: this.valueText(feature, [...path, "exact"], field),
      onInput: (v) => {
        const old = getPath(this.currentFeature(), path);
        const article = this.session.get().draft.article;
        let anchor: Json = isObject(old ?? null) ? { ...(old as JsonObject), exact: v } : { exact: v, prefix: "", suffix: "", start: 0, end: 0 }; // prettier-ignore
        try {
          anchor = { ...makeAnchor(article, v) };
        } catch {
          // Not in the article (or not once): kept as typed; the validator says why at this field.
        }
        this.set(path, anchor);
      },
    });
    this.add(control, [...path, "exact"], box);
  }

  private dateFields(feature: JsonObject, box: HTMLElement): void {
    const when =
      (key: string) =>
      (v: string): Json | undefined => {
        const current = getPath(this.currentFeature(), ["properties", "when"]);
        const base: JsonObject = isObject(current) ? current : { phrase: null, resolved: null, method: "" };
        return { ...base, [key]: key === "method" ? v : v.trim() === "" ? null : v };
      };
    const hint = "The words of the text that date it (pick them in the article and paste them here).";
    box.append(
      button("Date phrase from the selected words", () => {
        this.datePhrase(this.selectedText().trim());
      }),
      button("Resolve the phrase against the publication date", () => {
        this.datePhrase(text(getPath(this.currentFeature(), ["properties", "when", "phrase"])));
      }),
    );
    this.text(feature, "Date phrase", ["properties", "when", "phrase"], box, { hint, at: ["properties", "when"], toJson: (v) => this.whenOrNull(when("phrase")(v)) }); // prettier-ignore
    this.text(feature, "Date (resolved)", ["properties", "when", "resolved"], box, { hint: "2024-04-18 or 2024-04-13/2024-04-14", at: ["properties", "when"], toJson: (v) => this.whenOrNull(when("resolved")(v)) }); // prettier-ignore
    this.text(feature, "How the date was resolved", ["properties", "when", "method"], box, { multiline: true, at: ["properties", "when"], toJson: (v) => this.whenOrNull(when("method")(v)) }); // prettier-ignore
  }

  /** Sets the date phrase and, when it can be read, its date and how it was resolved (for the author to check). */
  private datePhrase(phrase: string): void {
    if (phrase === "") return;
    const published = text(getPath(this.session.get().draft.story, ["published", "date"]));
    const found = resolveDatePhrase(phrase, published);
    const old = getPath(this.currentFeature(), ["properties", "when"]);
    const base: JsonObject = isObject(old ?? null) ? (old as JsonObject) : { phrase: null, resolved: null, method: "" };
    const when: JsonObject = found
      ? { ...base, phrase, resolved: found.resolved, method: found.method }
      : { ...base, phrase };
    const { draft, selected } = this.session.get();
    if (selected !== null) this.session.change(setFeatureValue(draft, selected, ["properties", "when"], when), "date");
  }

  /** An empty date is `when: null`, not an object of empty fields. */
  private whenOrNull(value: Json | undefined): Json {
    if (!isObject(value ?? null)) return null;
    const w = value as JsonObject;
    return w.phrase === null && w.resolved === null && text(w.method) === "" ? null : w;
  }

  private sources(feature: JsonObject, box: HTMLElement): void {
    const path: Path = ["properties", "sources"];
    const field = featureField(idOf(feature), "properties.sources");
    const control = textField({
      label: "Sources (one per line)",
      field,
      multiline: true,
      hint: "gazetteer:<site>, basemap:…, or a public source with its date.",
      value: this.sourcesText(feature),
      onInput: (v) => {
        const old = getPath(this.currentFeature(), path);
        const notes = new Map((Array.isArray(old) ? old : []).filter(isObject).map((s) => [text(s.ref), text(s.note)]));
        const refs = v.split("\n").map((l) => l.trim()).filter((l) => l !== ""); // prettier-ignore
        this.set(
          path,
          refs.map((ref) => ({ ref, note: notes.get(ref) ?? "" })),
        );
      },
    });
    this.add(control, path, box);
  }

  currentFeature(): JsonObject {
    const { draft, selected } = this.session.get();
    return draft.features.find((f) => f.id === selected) ?? {};
  }
}
