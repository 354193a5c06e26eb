/**
 * The story's own fields (story.json): title, story id (derived from the title until typed by hand), outlet,
 * attribution, published date or undated, how the date was found, language.
 */
import { getPath, setPath, storyIdFromTitle, text, type Json, type JsonObject } from "./draft.ts";
import { textField, type FieldControl } from "./controls.ts";
import { storyField } from "./field-problems.ts";
import type { EditorSession } from "./session.ts";

interface MetaField {
  readonly label: string;
  readonly path: readonly string[];
  readonly hint?: string;
  readonly multiline?: boolean;
  /** The file's value for the typed text (an empty outlet name is null). */
  readonly toJson?: (value: string) => Json;
}

const FIELDS: readonly MetaField[] = [
  { label: "Story title", path: ["title"] },
  { label: "Story id", path: ["id"], hint: "Lower-case words and hyphens; the story's folder and address." },
  { label: "Outlet", path: ["outlet", "name"], hint: "Leave empty when the text does not name it.", toJson: (v) => (v.trim() === "" ? null : v) }, // prettier-ignore
  { label: "Attribution", path: ["outlet", "attribution"], hint: "Who published the report, as the credits say it." },
  { label: "Published", path: ["published", "date"], hint: "A date (2024-04-18) or an interval (2024-04-15/2024-04-18)." }, // prettier-ignore
  { label: "How the date is known", path: ["published", "method"], multiline: true },
  { label: "Language", path: ["language"], hint: "A language tag such as en." },
];

export class MetaForm {
  private readonly controls = new Map<string, FieldControl>();

  constructor(host: HTMLElement, session: EditorSession) {
    const story = () => session.get().draft.story;
    for (const field of FIELDS) {
      const key = storyField(field.path.join("."));
      const control = textField({
        label: field.label,
        field: key,
        value: text(getPath(story(), field.path)),
        ...(field.hint ? { hint: field.hint } : {}),
        ...(field.multiline ? { multiline: true } : {}),
        onInput: (value) => {
          const draft = session.get().draft;
          let next = setPath(draft.story, field.path, field.toJson ? field.toJson(value) : value) as JsonObject;
          // The id follows the title until the journalist types one.
          if (field.path[0] === "title" && text(draft.story.id) === storyIdFromTitle(text(draft.story.title)))
            next = { ...next, id: storyIdFromTitle(value) };
          session.change({ ...draft, story: next }, "typing");
        },
      });
      this.controls.set(key, control);
      host.append(control.root);
      if (field.path.join(".") === "published.date") host.append(this.undatedBox(session, control));
    }
  }

  /** "Undated": published.date is null, and "How the date is known" says what is known of it. */
  private undatedBox(session: EditorSession, date: FieldControl): HTMLElement {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "story-undated";
    const label = document.createElement("label");
    label.htmlFor = box.id;
    label.textContent = "Undated: the text carries no date (say below what is known of when it was written)";
    const wrap = document.createElement("div");
    wrap.className = "field field-check";
    wrap.append(box, " ", label);
    this.undated = box;
    this.dateControl = date;
    box.addEventListener("change", () => {
      const draft = session.get().draft;
      const previous = text(getPath(draft.story, ["published", "date"]));
      const next = setPath(draft.story, ["published", "date"], box.checked ? null : previous) as JsonObject;
      session.change({ ...draft, story: next }, "undated");
    });
    return wrap;
  }

  private undated: HTMLInputElement | null = null;
  private dateControl: FieldControl | null = null;

  /** The controls by their field key (for problems and focus). */
  get fields(): ReadonlyMap<string, FieldControl> {
    return this.controls;
  }

  render(story: JsonObject): void {
    const isUndated = getPath(story, ["published", "date"]) === null;
    if (this.undated) this.undated.checked = isUndated;
    if (this.dateControl) this.dateControl.input.disabled = isUndated;
    for (const field of FIELDS) this.controls.get(storyField(field.path.join(".")))?.setValue(text(getPath(story, field.path))); // prettier-ignore
  }
}
