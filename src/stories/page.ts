/**
 * Whose a page is and where it is: the build writes every story's pages (the default story's at the site's root,
 * each story's at stories/<id>/) and marks their root element with the story's id and the way back to the site's
 * root; the page's script reads it. A page without the marks (the dev server's) is the default story's, at the root.
 */

export const STORY_ATTRIBUTE = "data-story";
export const ROOT_ATTRIBUTE = "data-root";
export const FOLDER_ATTRIBUTE = "data-folder";

export interface PagePlace {
  /** The site's root, relative to the page ("./" or "../../"). */
  readonly root: string;
  /** The page's folder under the root: "" for the root's pages, "stories/<id>/" for a story's own. */
  readonly folder: string;
}

export interface PageInfo extends PagePlace {
  /** The story the page was written for at build time, or null. */
  readonly story: string | null;
}

/** A story's own folder under the site's root. */
export function storyFolder(id: string): string {
  return `stories/${encodeURIComponent(id)}/`;
}

export function pageAttributes(place: PagePlace, storyId: string): Record<string, string> {
  return { [STORY_ATTRIBUTE]: storyId, [ROOT_ATTRIBUTE]: place.root, [FOLDER_ATTRIBUTE]: place.folder };
}

const SAFE_ROOT = /^(\.\/|(\.\.\/)+)$/;
const SAFE_FOLDER = /^(stories\/[A-Za-z0-9%._-]+\/)?$/;

export function readPage(el: Element): PageInfo {
  const root = el.getAttribute(ROOT_ATTRIBUTE) ?? "./";
  const folder = el.getAttribute(FOLDER_ATTRIBUTE) ?? "";
  return {
    story: el.getAttribute(STORY_ATTRIBUTE),
    root: SAFE_ROOT.test(root) ? root : "./",
    folder: SAFE_FOLDER.test(folder) ? folder : "",
  };
}

/** The URL of a story's own page (the app's, or its embed.html) keeping the hash, less the story it names. */
export function ownPageUrl(place: PagePlace, id: string, file: "" | "embed.html", hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  params.delete("story");
  const rest = params.toString();
  return `${place.root}${storyFolder(id)}${file}${rest ? `#${rest}` : ""}`;
}
