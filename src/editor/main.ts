/**
 * The story editor's entry point: opens the drafts stored in this browser, reopens the last one (or starts a new
 * one), and starts the editor on it.
 */
import "../styles/editor.css";
import "virtual:theme.css";
import { newDraft } from "./draft.ts";
import { DraftsStore } from "./drafts-store.ts";
import { startEditor } from "./page.ts";
import { newDraftKey } from "./toolbar.ts";

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`editor.html must have #${id}`);
  return el;
}

async function main(): Promise<void> {
  const store = await DraftsStore.open();
  const key = await store.current();
  let notice: string | null = null;
  let draft = newDraft(newDraftKey(), new Date());
  if (key !== null) {
    const result = await store.load(key);
    if ("draft" in result) draft = result.draft;
    else notice = `The last draft could not be opened (${result.error}); it stays stored. This is a new draft.`;
  }
  startEditor(
    {
      toolbar: byId("editor-toolbar"),
      status: byId("editor-status"),
      meta: byId("editor-meta"),
      article: byId("editor-article"),
      suggestions: byId("editor-suggestions"),
      features: byId("editor-features"),
      form: byId("editor-form"),
      problems: byId("editor-problems"),
      map: byId("editor-map"),
      preview: byId("editor-preview"),
    },
    store,
    draft,
    notice,
  );
  byId("editor").dataset.ready = "true";
}

main().catch((error: unknown) => {
  const status = document.getElementById("editor-status");
  if (status)
    status.textContent = `The editor could not start: ${error instanceof Error ? error.message : String(error)}`;
});
