/**
 * Drafts in the browser's IndexedDB (through idb): every change is written at once; the last draft worked on is
 * reopened on reload. A record this editor cannot read stays stored (and is listed with its message): nothing is
 * dropped.
 */
import { openDB, type IDBPDatabase } from "idb";
import { migrateDraft, text, type Draft, type MigrationResult } from "./draft.ts";

const DB_NAME = "rafah-map-editor";
const DRAFTS = "drafts";
const META = "meta";

export interface DraftSummary {
  readonly key: string;
  readonly title: string;
  readonly updated: string;
  /** Why the draft cannot be opened, when it cannot. */
  readonly problem: string | null;
}

export class DraftsStore {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(): Promise<DraftsStore> {
    const db = await openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(DRAFTS, { keyPath: "key" });
        database.createObjectStore(META);
      },
    });
    return new DraftsStore(db);
  }

  async save(draft: Draft): Promise<void> {
    const tx = this.db.transaction([DRAFTS, META], "readwrite");
    await Promise.all([tx.objectStore(DRAFTS).put(draft), tx.objectStore(META).put(draft.key, "current"), tx.done]);
  }

  async load(key: string): Promise<MigrationResult> {
    const stored: unknown = await this.db.get(DRAFTS, key);
    if (stored === undefined) return { error: `no draft "${key}"` };
    return migrateDraft(stored);
  }

  async current(): Promise<string | null> {
    const key: unknown = await this.db.get(META, "current");
    return typeof key === "string" ? key : null;
  }

  async remove(key: string): Promise<void> {
    await this.db.delete(DRAFTS, key);
  }

  async list(): Promise<DraftSummary[]> {
    const all: unknown[] = await this.db.getAll(DRAFTS);
    return all
      .map((stored) => {
        const result = migrateDraft(stored);
        const record = stored as { key?: unknown; updated?: unknown };
        if ("error" in result)
          return {
            key: typeof record.key === "string" ? record.key : "?",
            title: "",
            updated: typeof record.updated === "string" ? record.updated : "",
            problem: result.error,
          };
        const { draft } = result;
        return { key: draft.key, title: text(draft.story.title), updated: draft.updated, problem: null };
      })
      .sort((a, b) => b.updated.localeCompare(a.updated));
  }
}
