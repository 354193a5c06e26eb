/**
 * "Embed": the ready snippet for the current state, with the article page's origin for the message API. The
 * markup (panel-markup.ts) is written at build time; the script fills in the snippet and keeps it current.
 */
import type { Store } from "../state/store.ts";
import { hashFromState, type UrlContext } from "../state/url-state.ts";
import { ensureMarkup } from "../panels/dom.ts";
import { embedPanelMarkup } from "./panel-markup.ts";
import { storyFolder, type PagePlace } from "../stories/page.ts";
import { parseOrigins } from "./messages.ts";
import { embedSnippet } from "./snippet.ts";

/**
 * `place`: where this page is; `ownPages`: whether the story has pages of its own (then the snippet points at its
 * embed page, an address that stays this story's whichever story the site opens with).
 */
export function renderEmbedPanel(
  host: HTMLElement,
  store: Store,
  ctx: UrlContext,
  title: string,
  place: PagePlace,
  ownPages: boolean,
): void {
  ensureMarkup(host, ctx.storyId, embedPanelMarkup);
  const origin = host.querySelector<HTMLInputElement>("input[name=origin]");
  const code = host.querySelector<HTMLTextAreaElement>("textarea.embed-code");
  if (!origin || !code) return;
  const update = () => {
    code.value = embedSnippet({
      base: new URL(place.root, location.href).href,
      page: ownPages ? `${storyFolder(ctx.storyId)}embed.html` : "embed.html",
      hash: hashFromState(store.get(), { ...ctx, defaultStoryId: ownPages ? ctx.storyId : "" }),
      title,
      origins: parseOrigins(origin.value.trim()),
      height: 640,
    });
  };
  origin.addEventListener("input", update);
  store.subscribe(update);
  update();
}
