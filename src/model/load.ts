/** Fetches a story's three files and validates them. The fetch function is passed in; no DOM. */
import { FILES, validateStory, type StoryFiles, type ValidationResult } from "./validate.ts";
import type { NamedView } from "./views.ts";
import type { Problem } from "./problems.ts";

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

export async function loadStory(
  id: string,
  urls: { story: string; features: string; article: string },
  sharedViews: readonly NamedView[],
  fetcher: Fetcher,
): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const get = async (url: string, file: string): Promise<string> => {
    if (url === "") {
      problems.push({ severity: "error", file, message: "file is missing" });
      return "";
    }
    try {
      const response = await fetcher(url);
      if (!response.ok) {
        problems.push({ severity: "error", file, message: `could not be loaded (HTTP ${response.status})` });
        return "";
      }
      return await response.text();
    } catch (error) {
      problems.push({ severity: "error", file, message: `could not be loaded (${(error as Error).message})` });
      return "";
    }
  };
  const prefix = `data/stories/${id}/`;
  const [story, features, article] = await Promise.all([
    get(urls.story, `${prefix}${FILES.story}`),
    get(urls.features, `${prefix}${FILES.features}`),
    get(urls.article, `${prefix}${FILES.article}`),
  ]);
  if (problems.length > 0) return { story: null, problems };
  const files: StoryFiles = { story, features, article };
  return validateStory(files, { dirName: id, sharedViews, pathPrefix: prefix });
}
