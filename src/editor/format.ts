/**
 * The story files as the repository's formatter writes them: prettier (the same version as the repository's, run
 * in the browser from its standalone build with the repository's print width), loaded only when a story is
 * downloaded. So a downloaded story passes `npm run format:check` as it is.
 */
import { draftToFiles } from "./story-files.ts";
import type { Draft } from "./draft.ts";
import type { StoryFiles } from "../model/validate.ts";

/** The repository's .prettierrc. */
const PRINT_WIDTH = 120;

export async function formattedFiles(draft: Draft): Promise<StoryFiles> {
  const [prettier, babel, estree] = await Promise.all([
    import("prettier/standalone"),
    import("prettier/plugins/babel"),
    import("prettier/plugins/estree"),
  ]);
  const files = draftToFiles(draft);
  const json = (source: string) =>
    prettier.format(source, { parser: "json", printWidth: PRINT_WIDTH, plugins: [babel, estree] });
  return { article: files.article, story: await json(files.story), features: await json(files.features) };
}
