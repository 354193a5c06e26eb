/**
 * The editor's one state: the draft, its history (undo/redo), the feature being edited, and the draft's problems
 * from the same validator as `npm run validate`. Every change is saved as a draft at once. Views subscribe and
 * render from it; they change it only through `change`.
 */
import viewsJson from "../../data/views.json";
import type { Problem } from "../model/problems.ts";
import { validateStory, type Story, type ValidationResult } from "../model/validate.ts";
import { parseViews } from "../model/views.ts";
import { idOf, type Draft } from "./draft.ts";
import { draftToFiles } from "./story-files.ts";

const HISTORY = 200;
const sharedViews = parseViews(viewsJson, "data/views.json").views;

export interface EditorState {
  readonly draft: Draft;
  readonly selected: string | null;
  readonly problems: readonly Problem[];
  /** The draft as the app's validated model, when it has no errors (what the preview shows). */
  readonly story: Story | null;
  /** Why the last change was made ("typing", "undo", "open", …): views that hold focus skip their own edits. */
  readonly cause: string;
}

export function validateDraft(draft: Draft): ValidationResult {
  const files = draftToFiles(draft);
  const id = typeof draft.story.id === "string" ? draft.story.id : "";
  return validateStory(files, { sharedViews, pathPrefix: `${id || "story"}/` });
}

type Listener = (state: EditorState, previous: EditorState) => void;

export class EditorSession {
  private state: EditorState;
  private readonly past: Draft[] = [];
  private readonly future: Draft[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(
    draft: Draft,
    private readonly save: (draft: Draft) => Promise<void>,
  ) {
    const { problems, story } = validateDraft(draft);
    this.state = { draft, selected: draft.features[0] ? idOf(draft.features[0]) : null, problems, story, cause: "open" }; // prettier-ignore
  }

  get(): EditorState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new version of the draft (kept in the history, saved, validated). */
  change(next: Draft, cause: string, selected: string | null = this.state.selected): void {
    this.past.push(this.state.draft);
    if (this.past.length > HISTORY) this.past.shift();
    this.future.length = 0;
    this.set({ ...next, updated: new Date().toISOString() }, cause, selected);
  }

  /** Another draft altogether (opened, restored or new): its own history. */
  replace(draft: Draft, cause: string): void {
    this.past.length = 0;
    this.future.length = 0;
    this.set(draft, cause, draft.features[0] ? idOf(draft.features[0]) : null);
  }

  select(id: string | null): void {
    if (id === this.state.selected) return;
    this.emit({ ...this.state, selected: id, cause: "select" });
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): void {
    const draft = this.past.pop();
    if (!draft) return;
    this.future.push(this.state.draft);
    this.set(draft, "undo", this.keepSelection(draft));
  }

  redo(): void {
    const draft = this.future.pop();
    if (!draft) return;
    this.past.push(this.state.draft);
    this.set(draft, "redo", this.keepSelection(draft));
  }

  private keepSelection(draft: Draft): string | null {
    const selected = this.state.selected;
    if (selected !== null && draft.features.some((f) => f.id === selected)) return selected;
    return draft.features[0] ? idOf(draft.features[0]) : null;
  }

  private set(draft: Draft, cause: string, selected: string | null): void {
    void this.save(draft);
    const { problems, story } = validateDraft(draft);
    this.emit({ draft, selected, problems, story, cause });
  }

  private emit(next: EditorState): void {
    const previous = this.state;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }
}
