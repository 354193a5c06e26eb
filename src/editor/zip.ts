/**
 * A story folder as a zip (`<id>/article.txt`, `<id>/story.json`, `<id>/features.geojson`) and back, with fflate.
 * Opening accepts the three files at the zip's root or in one folder; anything else in the zip is named, not used.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { FILES, type StoryFiles } from "../model/validate.ts";

/** Zip entries get this date so that the same story gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

export function storyZip(id: string, files: StoryFiles): Uint8Array {
  const folder = id === "" ? "story" : id;
  const entry = (text: string) => [strToU8(text), { mtime: FIXED_DATE }] as [Uint8Array, { mtime: Date }];
  return zipSync({
    [`${folder}/${FILES.article}`]: entry(files.article),
    [`${folder}/${FILES.story}`]: entry(files.story),
    [`${folder}/${FILES.features}`]: entry(files.features),
  });
}

export interface UnzippedStory {
  readonly files: Partial<StoryFiles>;
  readonly ignored: readonly string[];
}

export function readStoryZip(bytes: Uint8Array): UnzippedStory {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new Error(`not a zip file (${error instanceof Error ? error.message : String(error)})`);
  }
  const files: Partial<Record<keyof StoryFiles, string>> = {};
  const ignored: string[] = [];
  for (const [path, data] of Object.entries(entries)) {
    if (path.endsWith("/")) continue;
    const name = path.split("/").pop() ?? "";
    const key = (Object.keys(FILES) as (keyof StoryFiles)[]).find((k) => FILES[k] === name);
    if (key && path.split("/").length <= 2 && files[key] === undefined) files[key] = strFromU8(data);
    else ignored.push(path);
  }
  return { files, ignored };
}
