/** Reading and writing story folders for the authoring scripts (anchor, derive, validate). */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { FILES, type StoryFiles } from "../../src/model/validate.ts";
import { formatGeoJson } from "../../src/model/format-json.ts";

export { formatGeoJson };

export const STORIES_DIR = "data/stories";

export function storyDirs(args: readonly string[]): string[] {
  if (args.length > 0) return [...args];
  return readdirSync(STORIES_DIR)
    .map((d) => join(STORIES_DIR, d))
    .filter((d) => statSync(d).isDirectory())
    .sort();
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

export function readStoryFiles(dir: string): StoryFiles & { missing: string[] } {
  const missing = Object.values(FILES).filter((f) => {
    try {
      return !statSync(join(dir, f)).isFile();
    } catch {
      return true;
    }
  });
  return {
    story: readOrEmpty(join(dir, FILES.story)),
    features: readOrEmpty(join(dir, FILES.features)),
    article: readOrEmpty(join(dir, FILES.article)),
    missing,
  };
}

export function dirName(dir: string): string {
  return basename(dir.replace(/\/+$/, ""));
}

/** Text as the repository's formatter writes it (prettier with the repository's config), so format:check passes. */
export async function formatAsRepository(text: string, path: string): Promise<string> {
  // The repository's config, wherever the story folder is (a copy in a temporary folder is formatted alike).
  const options = (await prettier.resolveConfig(fileURLToPath(new URL("../../package.json", import.meta.url)))) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

export async function writeFeatures(dir: string, collection: unknown): Promise<void> {
  const path = join(dir, FILES.features);
  writeFileSync(path, await formatAsRepository(formatGeoJson(collection), path));
}
