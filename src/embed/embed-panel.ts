/** "Embed": the ready snippet for the current state, with the article page's origin for the message API. */
import type { Store } from "../state/store.ts";
import { hashFromState, type UrlContext } from "../state/url-state.ts";
import { strings } from "../locale/en.ts";
import { parseOrigins } from "./messages.ts";
import { embedSnippet } from "./snippet.ts";

export function renderEmbedPanel(host: HTMLElement, store: Store, ctx: UrlContext, title: string): void {
  const details = document.createElement("details");
  details.className = "export-panel embed-panel";
  const summary = document.createElement("summary");
  summary.textContent = strings.embed.heading;
  const originLabel = document.createElement("label");
  originLabel.className = "export-field";
  const originText = document.createElement("span");
  originText.textContent = strings.embed.origin;
  const origin = document.createElement("input");
  origin.type = "url";
  origin.placeholder = "https://news.example";
  originLabel.append(originText, origin);
  const codeLabel = document.createElement("label");
  codeLabel.textContent = strings.embed.code;
  codeLabel.className = "embed-code-label";
  const code = document.createElement("textarea");
  code.readOnly = true;
  code.rows = 6;
  code.className = "embed-code";
  codeLabel.append(code);
  const update = () => {
    code.value = embedSnippet({
      base: new URL("./", location.href).href,
      hash: hashFromState(store.get(), { ...ctx, defaultStoryId: "" }),
      title,
      origins: parseOrigins(origin.value.trim()),
      height: 640,
    });
  };
  origin.addEventListener("input", update);
  store.subscribe(update);
  update();
  details.append(summary, originLabel, codeLabel);
  host.replaceChildren(details);
}
