/**
 * The editor's toolbar: the drafts in this browser (switch, new), open a story (its three files or a zip), undo
 * and redo, and "Download story" (a zip of the story folder, formatted as the repository's formatter writes it).
 */
import { download } from "../export/download.ts";
import { button } from "./controls.ts";
import { newDraft, text } from "./draft.ts";
import type { DraftsStore } from "./drafts-store.ts";
import type { EditorSession } from "./session.ts";
import { filesToDraft } from "./story-files.ts";
import type { StoryFiles } from "../model/validate.ts";
import { FILES } from "../model/validate.ts";

export function newDraftKey(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

async function filesFrom(list: FileList): Promise<{ files: Partial<StoryFiles>; ignored: string[] }> {
  const all = [...list];
  const zip = all.find((f) => f.name.toLowerCase().endsWith(".zip"));
  if (zip) {
    const { readStoryZip } = await import("./zip.ts");
    const read = readStoryZip(new Uint8Array(await zip.arrayBuffer()));
    return { files: read.files, ignored: [...read.ignored] };
  }
  const files: Partial<Record<keyof StoryFiles, string>> = {};
  const ignored: string[] = [];
  for (const f of all) {
    const key = (Object.keys(FILES) as (keyof StoryFiles)[]).find((k) => FILES[k] === f.name);
    if (key) files[key] = await f.text();
    else ignored.push(f.name);
  }
  return { files, ignored };
}

export class Toolbar {
  private readonly drafts = document.createElement("select");
  private readonly undo: HTMLButtonElement;
  private readonly redo: HTMLButtonElement;

  constructor(
    host: HTMLElement,
    private readonly session: EditorSession,
    private readonly store: DraftsStore,
    private readonly say: (message: string) => void,
  ) {
    const draftsLabel = document.createElement("label");
    draftsLabel.textContent = "Draft ";
    draftsLabel.append(this.drafts);
    this.drafts.addEventListener("change", () => {
      void this.open(this.drafts.value);
    });
    const open = document.createElement("input");
    open.type = "file";
    open.multiple = true;
    open.accept = ".zip,.txt,.json,.geojson";
    open.addEventListener("change", () => {
      if (open.files) void this.openFiles(open.files);
      open.value = "";
    });
    const openLabel = document.createElement("label");
    openLabel.className = "file-button";
    openLabel.textContent = "Open story (zip or its three files) ";
    openLabel.append(open);
    this.undo = button("Undo", () => {
      session.undo();
    });
    this.redo = button("Redo", () => {
      session.redo();
    });
    host.append(
      draftsLabel,
      button("New draft", () => {
        session.replace(newDraft(newDraftKey(), new Date()), "new");
        void this.listDrafts();
      }),
      openLabel,
      this.undo,
      this.redo,
      button("Download story", () => {
        void this.download();
      }, "primary"), // prettier-ignore
    );
    void this.listDrafts();
  }

  render(): void {
    this.undo.disabled = !this.session.canUndo;
    this.redo.disabled = !this.session.canRedo;
    const key = this.session.get().draft.key;
    if (![...this.drafts.options].some((o) => o.value === key)) void this.listDrafts();
    else this.drafts.value = key;
  }

  private async listDrafts(): Promise<void> {
    const current = this.session.get().draft;
    const stored = await this.store.list();
    if (!stored.some((d) => d.key === current.key)) stored.unshift({ key: current.key, title: text(current.story.title), updated: current.updated, problem: null }); // prettier-ignore
    this.drafts.replaceChildren(
      ...stored.map((d) => {
        const option = document.createElement("option");
        option.value = d.key;
        option.textContent = d.problem ? `${d.key} (cannot be opened: ${d.problem})` : `${d.title || "Untitled"} · ${d.updated.slice(0, 16).replace("T", " ")}`; // prettier-ignore
        option.disabled = d.problem !== null;
        return option;
      }),
    );
    this.drafts.value = current.key;
  }

  private async open(key: string): Promise<void> {
    const result = await this.store.load(key);
    if ("error" in result) {
      this.say(`This draft cannot be opened: ${result.error}. It stays stored.`);
      return;
    }
    this.session.replace(result.draft, "open");
  }

  private async openFiles(list: FileList): Promise<void> {
    try {
      const { files, ignored } = await filesFrom(list);
      if (files.article !== undefined && files.story === undefined && files.features === undefined) {
        this.session.change({ ...this.session.get().draft, article: files.article }, "open");
        this.say("The article was opened into this draft.");
        return;
      }
      const opened = filesToDraft(files, newDraftKey(), new Date());
      if ("errors" in opened) {
        this.say(`Nothing was opened: ${opened.errors.join("; ")}.`);
        return;
      }
      this.session.replace(opened.draft, "open");
      await this.store.save(opened.draft);
      await this.listDrafts();
      this.say(`Opened story "${text(opened.draft.story.id)}" as a new draft${ignored.length > 0 ? ` (not used: ${ignored.join(", ")})` : ""}.`); // prettier-ignore
    } catch (error) {
      this.say(`Nothing was opened: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  private async download(): Promise<void> {
    const draft = this.session.get().draft;
    const [{ formattedFiles }, { storyZip }] = await Promise.all([import("./format.ts"), import("./zip.ts")]);
    const id = text(draft.story.id) || "story";
    const bytes = storyZip(id, await formattedFiles(draft));
    download(new Blob([bytes as BlobPart], { type: "application/zip" }), `${id}.zip`);
    const errors = this.session.get().problems.filter((p) => p.severity === "error").length;
    this.say(errors === 0 ? `Downloaded ${id}.zip.` : `Downloaded ${id}.zip; it still has ${String(errors)} error${errors === 1 ? "" : "s"} to fix before it can be published.`); // prettier-ignore
  }
}
