/** The embed code for the current state: an iframe (lazy, sandboxed, titled) and the optional host script. Pure. */

/**
 * allow-scripts: the map is a script. allow-same-origin: its module scripts, worker and data load from its own
 * origin (without it the frame has an opaque origin and they are refused). allow-popups (and escaping the sandbox
 * for them): "Open full map" opens the full map in a new tab. Nothing else: no forms, no top navigation.
 */
export const SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

export interface SnippetInput {
  /** The map's base URL, ending with a slash (where embed.html and embed.js are). */
  readonly base: string;
  /** The embed page under the base: embed.html (the default story) or stories/<id>/embed.html. */
  readonly page?: string;
  /** The state as a hash ("#view=border&feature=..."), without the allowlist. */
  readonly hash: string;
  readonly title: string;
  /** Origins of the article pages allowed to talk to the map (for select and view messages). */
  readonly origins: readonly string[];
  readonly height: number;
}

function attr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function embedSnippet(input: SnippetInput): string {
  const params = input.hash.replace(/^#/, "");
  const origins = input.origins.length > 0 ? `origins=${input.origins.join(",")}` : "";
  const hash = [params, origins].filter((p) => p !== "").join("&");
  const src = `${input.base}${input.page ?? "embed.html"}${hash ? `#${hash}` : ""}`;
  return [
    `<iframe data-rafah-map src="${attr(src)}" title="${attr(`Map: ${input.title}`)}" loading="lazy"`,
    `  sandbox="${SANDBOX}" referrerpolicy="no-referrer"`,
    `  style="width:100%;height:${input.height}px;border:0"></iframe>`,
    `<script src="${attr(`${input.base}embed.js`)}" async></script>`,
  ].join("\n");
}
