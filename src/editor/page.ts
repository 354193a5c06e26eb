/**
 * The editor page, wired: one session (session.ts) that every part renders from and changes through. The toolbar
 * (drafts, open, undo/redo, download), the story's fields, the article with "Find places" and "New feature from
 * selection", the suggested places, the features with the form of the one being edited, and the live problems.
 */
import { idOf, text, type Draft } from "./draft.ts";
import { button, heading, textField, type FieldControl } from "./controls.ts";
import { ARTICLE_FIELD } from "./field-problems.ts";
import { FeatureForm } from "./feature-form.ts";
import { featureFromPlace, featureFromSelection } from "./features.ts";
import { MetaForm } from "./meta-form.ts";
import { GuideForm } from "./guide-form.ts";
import { ProblemsView } from "./problems-view.ts";
import { EditorSession } from "./session.ts";
import { renderSuggestions } from "./suggestions-view.ts";
import { Toolbar } from "./toolbar.ts";
import type { DraftsStore } from "./drafts-store.ts";
import type { DrawMap } from "./draw-map.ts";
import type { Drawing } from "./feature-form.ts";
import { withDrawnGeometry } from "./features.ts";
import { DraftPreview } from "./preview.ts";

const REBUILD = new Set(["open", "new", "undo", "redo", "remove", "place", "unlocate", "relate", "add", "select", "drawn", "zone", "date", "undated"]); // prettier-ignore

const ADD_MARK = "rafah-editor:add";

export interface EditorElements {
  readonly toolbar: HTMLElement;
  readonly status: HTMLElement;
  readonly meta: HTMLElement;
  readonly article: HTMLElement;
  readonly suggestions: HTMLElement;
  readonly features: HTMLElement;
  readonly form: HTMLElement;
  readonly problems: HTMLElement;
  readonly map: HTMLElement;
  readonly preview: HTMLElement;
}

export function startEditor(
  els: EditorElements,
  store: DraftsStore,
  first: Draft,
  notice: string | null,
): EditorSession {
  // prettier-ignore
  const say = (message: string) => {
    els.status.textContent = message;
  };
  // Saves in flight are counted on the status line (`data-saving`), for tools and tests that must not leave the
  // page before the last change is stored (a large article takes a moment to write).
  let saving = 0;
  const markSaving = () => {
    if (saving > 0) els.status.dataset.saving = "true";
    else delete els.status.dataset.saving;
  };
  const session = new EditorSession(first, async (draft) => {
    saving++;
    markSaving();
    try {
      await store.save(draft);
      say(`Saved as a draft in this browser at ${new Date().toLocaleTimeString("en-GB")}.`);
    } catch (error) {
      say(`Could not save the draft: ${error instanceof Error ? error.message : String(error)}. Download the story to keep it.`); // prettier-ignore
    } finally {
      saving--;
      markSaving();
    }
  });
  if (notice) say(notice);
  const toolbar = new Toolbar(els.toolbar, session, store, say);
  const meta = new MetaForm(els.meta, session);

  // The article.
  const articleControl: FieldControl = textField({
    label: "Article text",
    field: ARTICLE_FIELD,
    multiline: true,
    value: first.article,
    hint: "Paste the report, or open a .txt file. Select a passage to make a feature of it.",
    onInput: (value) => {
      session.change({ ...session.get().draft, article: value }, "typing");
    },
  });
  const textarea = articleControl.input as HTMLTextAreaElement;
  textarea.rows = 16;
  const suggestionsList = document.createElement("ul");
  suggestionsList.setAttribute("aria-label", "Suggested places");
  suggestionsList.className = "suggestions";
  const findButton = button("Find places", () => {
    void findPlaces();
  });
  const fromSelection = button("New feature from selection", () => {
    const { selectionStart: start, selectionEnd: end } = textarea;
    const draft = session.get().draft;
    if (draft.article.slice(start, end).trim() === "") {
      say("Select a passage of the article first.");
      return;
    }
    const made = featureFromSelection(draft, start, end);
    session.change(made.draft, "add", made.id);
  });
  els.article.append(articleControl.root, findButton, fromSelection);
  els.suggestions.append(heading(2, "Suggested places"), suggestionsList);
  const guideHost = document.createElement("div");
  guideHost.className = "editor-guide";
  els.suggestions.after(guideHost);
  const guide = new GuideForm(guideHost, session);

  async function findPlaces(): Promise<void> {
    const { findPlacesIn, groupSuggestions } = await import("./find-places.ts");
    const article = session.get().draft.article;
    const matches = await findPlacesIn(article);
    renderSuggestions(suggestionsList, article, groupSuggestions(matches), (match, candidate) => {
      performance.mark(ADD_MARK);
      const draft = session.get().draft;
      if (draft.article.slice(match.start, match.end) !== match.match) {
        say("The article has changed since the places were found: find them again.");
        return;
      }
      if (candidate) {
        const made = featureFromPlace(draft, candidate, match.passage);
        session.change(made.draft, "add", made.id);
      } else {
        const made = featureFromSelection(draft, match.passage.start, match.passage.end);
        session.change(made.draft, "add", made.id);
      }
    });
    say(`${String(matches.length)} place name${matches.length === 1 ? "" : "s"} found.`);
  }

  // The features and the form of the one being edited.
  const list = document.createElement("ul");
  list.setAttribute("aria-label", "Features");
  list.className = "feature-choices";
  els.features.append(heading(2, "Features"), list);
  // The map, for drawing (loaded after the editor is up: it is not needed to start writing).
  let drawMap: DrawMap | null = null;
  let drawSay: (message: string) => void = say;
  const drawing: Drawing = {
    start(mode, tell) {
      drawSay = tell;
      void drawMap?.start(mode);
    },
    cancel() {
      drawMap?.cancel();
    },
  };
  const form = new FeatureForm(els.form, session, drawing, () => textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)); // prettier-ignore
  void import("./draw-map.ts").then(({ DrawMap: Made }) => {
    drawMap = new Made(els.map, {
      onDrawn: (geometry) => {
        const { draft, selected } = session.get();
        if (selected === null) {
          say("Choose a feature first: the drawing was not kept.");
          return;
        }
        session.change(withDrawnGeometry(draft, selected, geometry), "drawn");
        drawSay(`The ${geometry.type} is the feature's geometry now (its precision says it was drawn by hand).`);
      },
      onCancelled: (mode) => {
        drawSay(`The ${mode === "linestring" ? "line" : mode} was cancelled before it was finished: the feature's geometry is unchanged.`); // prettier-ignore
      },
    });
    drawMap.show(session.get().draft.features, session.get().selected);
  });
  const preview = new DraftPreview(els.preview);
  const controls = () => new Map([...meta.fields, ...guide.fields, ...form.fields, [ARTICLE_FIELD, articleControl]]);
  let focusKey: string | null = null;
  const problems = new ProblemsView(els.problems, session, controls, (key) => {
    focusKey = key;
    render(true);
  });

  function renderList(draft: Draft, selected: string | null): void {
    list.replaceChildren(
      ...draft.features.map((f) => {
        const li = document.createElement("li");
        const b = button(`${text(f.id)}: ${text((f.properties as { title?: string } | undefined)?.title)}`, () => {
          session.select(idOf(f));
        });
        b.setAttribute("aria-pressed", String(f.id === selected));
        li.append(b);
        return li;
      }),
    );
  }

  function render(rebuild: boolean): void {
    const { draft, selected, problems: found } = session.get();
    articleControl.setValue(draft.article);
    meta.render(draft.story);
    guide.render(draft);
    renderList(draft, selected);
    form.render(rebuild);
    problems.render(found);
    toolbar.render();
    drawMap?.show(draft.features, selected);
    const errors = found.filter((p) => p.severity === "error").length;
    void preview.render(session.get().story, errors, selected).then(() => {
      els.preview.dataset.version = draft.updated;
      // From "Add" to the new feature drawn in the preview (read by npm run bench).
      if (performance.getEntriesByName(ADD_MARK, "mark").length > 0) {
        performance.measure("rafah-editor:add-to-preview", ADD_MARK);
        performance.clearMarks(ADD_MARK);
      }
    });
    if (focusKey !== null) {
      const control = controls().get(focusKey);
      focusKey = null;
      control?.input.focus();
      control?.root.scrollIntoView({ block: "center" });
    }
  }
  session.subscribe((state) => {
    render(REBUILD.has(state.cause));
  });
  render(true);
  return session;
}
