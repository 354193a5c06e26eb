/**
 * Pages rendered at build time. Every story of data/stories/ is validated (the build fails, naming file, feature
 * and field, if one is invalid); then each gets its pages, written by the same code the browser runs
 * (src/pages/, on a linkedom document) into the built index.html and embed.html: the default story's at the
 * site's root, every story's at stories/<id>/. The pages preload the one font face their first paint needs and
 * link a stylesheet for reading without scripts inside <noscript>.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { deriveFacts } from "../../src/model/derived.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import type { Story } from "../../src/model/types.ts";
import { FILES, validateStory } from "../../src/model/validate.ts";
import { parseViews } from "../../src/model/views.ts";
import { writeAppPage } from "../../src/pages/app-page.ts";
import { writeEmbedPage } from "../../src/pages/embed-page.ts";
import { serializeNode } from "../../src/pages/serialize.ts";
import type { Band } from "../../src/render/bands.ts";
import { fullBasemap, type BasemapData } from "../../src/render/svg-map/basemap.ts";
import { storyFolder, type PagePlace } from "../../src/stories/page.ts";

export class StoryProblems extends Error {
  override name = "StoryProblems";
  constructor(readonly problems: readonly Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the stories: the pages are not built.\n` +
        problems.map(formatProblem).join("\n"),
    );
  }
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Every story folder (or those named) validated; throws StoryProblems listing every error of every story. */
export function validStories(dir: string, only?: readonly string[]): Story[] {
  const sharedViews = parseViews(json("data/views.json"), "data/views.json").views;
  const stories: Story[] = [];
  const problems: Problem[] = [];
  const folders = only ? [...only] : readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).sort(); // prettier-ignore
  for (const id of folders) {
    const read = (f: string) => {
      try {
        return readFileSync(join(dir, id, f), "utf8");
      } catch {
        return "";
      }
    };
    const prefix = `${dir.replace(/\/+$/, "")}/${id}/`;
    const result = validateStory(
      { story: read(FILES.story), features: read(FILES.features), article: read(FILES.article) },
      { dirName: id, sharedViews, pathPrefix: prefix },
    );
    problems.push(...result.problems.filter((p) => p.severity === "error"));
    if (result.story) stories.push(result.story);
  }
  if (problems.length > 0) throw new StoryProblems(problems);
  return stories;
}

/** The basemap the static map draws (the live map and the browser's static map load the same files). */
export function staticBasemap(): BasemapData {
  return fullBasemap(json("data/basemap/land.geojson"), json("data/basemap/borders.geojson"), json("data/basemap/places.geojson"), json("data/basemap/labels.geojson")); // prettier-ignore
}

/** The basemap's extent (data/basemap/meta.json). */
export const BASEMAP_EXTENT = (json("data/basemap/meta.json") as { bbox: number[] }).bbox;

export interface Templates {
  readonly app: string;
  readonly embed: string;
}

export interface PageAssets {
  /** The built regular Noto Sans face, preloaded (relative to the site's root). */
  readonly font: string | null;
  /** The stylesheet for reading without scripts (relative to the site's root). */
  readonly noscriptCss: string;
}

/** Points the template's asset references ("./assets/…") at the site's root from a page `root` away. */
function rebase(doc: Document, root: string): void {
  if (root === "./") return;
  for (const el of doc.querySelectorAll("[src], [href]")) {
    for (const name of ["src", "href"]) {
      const value = el.getAttribute(name);
      if (value?.startsWith("./assets/")) el.setAttribute(name, `${root}${value.slice(2)}`);
    }
  }
}

function addHead(doc: Document, assets: PageAssets, root: string): void {
  const head = doc.head;
  if (assets.font) {
    const preload = doc.createElement("link");
    for (const [k, v] of Object.entries({ rel: "preload", href: `${root}${assets.font}`, as: "font", type: "font/woff2", crossorigin: "" })) preload.setAttribute(k, v); // prettier-ignore
    head.append(preload);
  }
  const noscript = doc.createElement("noscript");
  const sheet = doc.createElement("link");
  sheet.setAttribute("rel", "stylesheet");
  sheet.setAttribute("href", `${root}${assets.noscriptCss}`);
  noscript.append(sheet);
  head.append(noscript);
}

export interface PrerenderInput {
  readonly templates: Templates;
  readonly assets: PageAssets;
  readonly stories: readonly Story[];
  readonly defaultStoryId: string;
  readonly basemap: BasemapData;
  readonly bands: readonly Band[];
}

/** The pages to write: file name (under the build's folder) → HTML. */
export function prerender(input: PrerenderInput): Map<string, string> {
  const pages = new Map<string, string>();
  const write = (template: string, file: string, place: PagePlace, story: Story, kind: "app" | "embed") => {
    const { document } = parseHTML(template) as unknown as { document: Document };
    const page = { story, facts: deriveFacts(story), place, basemap: input.basemap, bands: input.bands, extent: BASEMAP_EXTENT }; // prettier-ignore
    if (kind === "app") writeAppPage(document, page);
    else writeEmbedPage(document, page);
    rebase(document, place.root);
    addHead(document, input.assets, place.root);
    pages.set(file, serializeNode(document));
  };
  for (const story of input.stories) {
    const folder = storyFolder(story.id);
    const own: PagePlace = { root: "../../", folder };
    write(input.templates.app, `${folder}index.html`, own, story, "app");
    write(input.templates.embed, `${folder}embed.html`, own, story, "embed");
    if (story.id === input.defaultStoryId) {
      const rootPlace: PagePlace = { root: "./", folder: "" };
      write(input.templates.app, "index.html", rootPlace, story, "app");
      write(input.templates.embed, "embed.html", rootPlace, story, "embed");
    }
  }
  if (!pages.has("index.html")) throw new Error(`the default story "${input.defaultStoryId}" is not among the stories`);
  return pages;
}
