/**
 * The build's pages (prerender.ts) as a Vite plugin: once the bundle holds index.html and embed.html, it fills
 * them with the default story, adds every story's own pages, and emits the stylesheet for reading without
 * scripts. An invalid story fails the build with every problem listed. RAFAH_STORIES_DIR points the build at
 * another folder of stories (the tests build a broken copy that way). A build for the end-to-end tests
 * (--mode e2e) also writes the pages of the valid test fixtures listed here, so that the tests can read them.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import type { Band } from "../../src/render/bands.ts";
import { prerender, staticBasemap, validStories, StoryProblems } from "./prerender.ts";

const STORIES_DIR = "data/stories";
const E2E_FIXTURES = { dir: "e2e/fixtures/stories", ids: ["fixture-el-arish", "hostile-strings"] };
const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function htmlOf(bundle: Record<string, { type: string; source?: string | Uint8Array }>, name: string): string {
  const file = bundle[name];
  if (file?.type !== "asset" || file.source === undefined) throw new Error(`the bundle has no ${name}`);
  return typeof file.source === "string" ? file.source : new TextDecoder().decode(file.source);
}

export function prerenderPages(): Plugin {
  let mode = "production";
  return {
    name: "rafah-map:prerender",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      mode = config.mode;
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        let stories;
        try {
          stories = validStories(process.env.RAFAH_STORIES_DIR ?? STORIES_DIR);
          if (mode === "e2e") stories.push(...validStories(E2E_FIXTURES.dir, E2E_FIXTURES.ids));
        } catch (error) {
          if (error instanceof StoryProblems) this.error(error.message);
          throw error;
        }
        const noscript = this.emitFile({ type: "asset", name: "noscript.css", source: readFileSync("src/styles/noscript.css", "utf8") }); // prettier-ignore
        const font = Object.keys(bundle).find((f) => /noto-sans-latin-400-normal-[\w-]+\.woff2$/.test(f)) ?? null;
        const pages = prerender({
          templates: { app: htmlOf(bundle, "index.html"), embed: htmlOf(bundle, "embed.html") },
          assets: { font, noscriptCss: this.getFileName(noscript) },
          stories,
          defaultStoryId: (json("data/stories.json") as { default: string }).default,
          basemap: staticBasemap(),
          bands: (json("data/views.json") as { views: Band[] }).views,
        });
        for (const [fileName, source] of pages) {
          const existing = bundle[fileName];
          if (existing?.type === "asset") existing.source = source;
          else this.emitFile({ type: "asset", fileName, source });
        }
      },
    },
  };
}
