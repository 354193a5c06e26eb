/**
 * Guided reading in the editor: whether the map follows the report as it is read (story.json guide.off), and for
 * each paragraph that is a step (one with anchored passages) the view that frames it: chosen from its places by
 * default (model/steps.ts), or one of the story's views (guide.views). Rebuilt only when the steps change.
 */
import { paragraphRanges } from "../model/paragraphs.ts";
import { choiceField, heading, type FieldControl } from "./controls.ts";
import { getPath, isObject, text, type Draft, type Json, type JsonObject } from "./draft.ts";
import { storyField } from "./field-problems.ts";
import type { EditorSession } from "./session.ts";

const AUTOMATIC = "From its places (automatic)";

/** The paragraphs (counted from 1) where the draft's features have passages, with their first words. */
export function stepParagraphs(draft: Draft): { paragraph: number; opening: string }[] {
  const ranges = paragraphRanges(draft.article);
  const starts = draft.features.flatMap((f) => {
    const anchors = getPath(f, ["properties", "anchors"]);
    return Array.isArray(anchors) ? anchors.map((a) => Number(getPath(a, ["start"]))) : [];
  });
  return ranges.flatMap((r, i) => {
    if (!starts.some((s) => s >= r.start && s < r.end)) return [];
    const words = draft.article.slice(r.start, r.end).trim().split(/\s+/);
    return [{ paragraph: i + 1, opening: words.slice(0, 7).join(" ") + (words.length > 7 ? "…" : "") }];
  });
}

function viewIds(story: JsonObject): string[] {
  const views = story.views;
  return Array.isArray(views) ? views.map((v) => (isObject(v) ? text(v.id) : text(v))).filter((v) => v !== "") : [];
}

function chosenViews(story: JsonObject): { paragraph: number; view: string }[] {
  const list = getPath(story, ["guide", "views"]);
  return Array.isArray(list) ? list.filter(isObject).map((v) => ({ paragraph: Number(v.paragraph), view: text(v.view) })) : []; // prettier-ignore
}

export class GuideForm {
  private readonly on: HTMLInputElement;
  private readonly rows: HTMLElement;
  private readonly controls = new Map<string, FieldControl>();
  private built = "";

  constructor(
    host: HTMLElement,
    private readonly session: EditorSession,
  ) {
    this.on = document.createElement("input");
    this.on.type = "checkbox";
    this.on.id = "story-guide-on";
    const label = document.createElement("label");
    label.htmlFor = this.on.id;
    label.textContent = "The map follows the report as it is read (each paragraph that reports a place is a step)";
    const wrap = document.createElement("div");
    wrap.className = "field field-check";
    wrap.append(this.on, " ", label);
    this.rows = document.createElement("div");
    this.rows.className = "guide-steps";
    host.append(heading(3, "Guided reading"), wrap, this.rows);
    this.on.addEventListener("change", () => {
      const draft = session.get().draft;
      this.change(draft, chosenViews(draft.story), !this.on.checked);
    });
  }

  get fields(): ReadonlyMap<string, FieldControl> {
    return this.controls;
  }

  private change(draft: Draft, views: { paragraph: number; view: string }[], off: boolean): void {
    const guide: Json = off || views.length > 0 ? { ...(off ? { off: true } : {}), ...(views.length > 0 ? { views } : {}) } : null; // prettier-ignore
    const rest = Object.fromEntries(Object.entries(draft.story).filter(([k]) => k !== "guide"));
    const story: JsonObject = guide === null ? rest : { ...rest, guide };
    this.session.change({ ...draft, story }, "guide");
  }

  render(draft: Draft): void {
    const off = getPath(draft.story, ["guide", "off"]) === true;
    this.on.checked = !off;
    const steps = stepParagraphs(draft);
    const views = viewIds(draft.story);
    const chosen = chosenViews(draft.story);
    const key = JSON.stringify([off, steps, views]);
    if (key !== this.built) {
      this.built = key;
      this.controls.clear();
      this.rows.hidden = off;
      this.rows.replaceChildren(
        ...steps.map(({ paragraph, opening }) => {
          const control = choiceField({
            label: `Paragraph ${String(paragraph)}: “${opening}”`,
            field: storyField(`guide.paragraph-${String(paragraph)}`),
            value: chosen.find((c) => c.paragraph === paragraph)?.view ?? "",
            choices: views,
            none: AUTOMATIC,
            onInput: (value) => {
              const now = this.session.get().draft;
              const others = chosenViews(now.story).filter((c) => c.paragraph !== paragraph);
              const next = value === "" ? others : [...others, { paragraph, view: value }].sort((a, b) => a.paragraph - b.paragraph); // prettier-ignore
              this.change(now, next, false);
            },
          });
          this.controls.set(storyField(`guide.paragraph-${String(paragraph)}`), control);
          return control.root;
        }),
      );
    }
    for (const { paragraph } of steps) {
      this.controls.get(storyField(`guide.paragraph-${String(paragraph)}`))?.setValue(chosen.find((c) => c.paragraph === paragraph)?.view ?? ""); // prettier-ignore
    }
  }
}
