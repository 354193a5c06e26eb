/**
 * Which stories the app can load: every folder of data/stories/ (found at build time, so adding a folder needs no
 * code change), plus the test fixtures of e2e/fixtures/stories/ in builds made with `--mode e2e` only.
 */
import defaults from "../../data/stories.json";

export interface StoryUrls {
  readonly story: Promise<string>;
  readonly features: Promise<string>;
  readonly article: Promise<string>;
}

type Loader = () => Promise<string>;
type Glob = Record<string, Loader>;

// Eager: the shipped stories' URLs are in the main bundle, so their files are fetched without a module round trip.
// (Glob options must be written inline: Vite reads them statically.)
const resolved = (glob: Record<string, string>): Glob =>
  Object.fromEntries(Object.entries(glob).map(([path, url]) => [path, () => Promise.resolve(url)]));
const shipped = {
  story: resolved(
    import.meta.glob<string>("../../data/stories/*/story.json", { query: "?url", import: "default", eager: true }),
  ),
  features: resolved(
    import.meta.glob<string>("../../data/stories/*/features.geojson", {
      query: "?url",
      import: "default",
      eager: true,
    }),
  ),
  article: resolved(
    import.meta.glob<string>("../../data/stories/*/article.txt", { query: "?url", import: "default", eager: true }),
  ),
};

function fixtures(): { story: Glob; features: Glob; article: Glob } | null {
  if (import.meta.env.MODE !== "e2e") return null;
  return {
    story: import.meta.glob<string>("../../e2e/fixtures/stories/*/story.json", { query: "?url", import: "default" }),
    features: import.meta.glob<string>("../../e2e/fixtures/stories/*/features.geojson", {
      query: "?url",
      import: "default",
    }),
    article: import.meta.glob<string>("../../e2e/fixtures/stories/*/article.txt", { query: "?url", import: "default" }),
  };
}

function folder(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2] ?? "";
}

function byFolder(glob: Glob): Map<string, Loader> {
  return new Map(Object.entries(glob).map(([path, load]) => [folder(path), load]));
}

interface Entry {
  story?: Loader;
  features?: Loader;
  article?: Loader;
}

function index(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const set of [shipped, fixtures()]) {
    if (!set) continue;
    for (const key of ["story", "features", "article"] as const) {
      for (const [id, load] of byFolder(set[key])) entries.set(id, { ...entries.get(id), [key]: load });
    }
  }
  return entries;
}

const STORIES = index();

export const DEFAULT_STORY_ID: string = defaults.default;

export function storyIds(): string[] {
  return [...STORIES.keys()].sort();
}

/** Whether the build wrote pages of the story's own (the shipped stories; not the test fixtures). */
export function hasOwnPages(id: string): boolean {
  return Object.keys(shipped.story).some((path) => folder(path) === id);
}

/** Loaders of the URLs of a story's three files, or null for an unknown id; a missing file gives "". */
export function storyUrls(id: string): StoryUrls | null {
  const entry = STORIES.get(id);
  if (!entry) return null;
  const url = (load: Loader | undefined) => (load ? load() : Promise.resolve(""));
  return { story: url(entry.story), features: url(entry.features), article: url(entry.article) };
}
