/**
 * Text that looks like HTML markup (a tag such as <img …> or <script>, or an event handler): allowed, because
 * every renderer writes it as text, but worth a warning at its field, since a report's titles and notes have no
 * reason to hold it and an author may expect it to work. No DOM.
 */
const MARKUP = /<\s*\/?\s*[a-z][a-z0-9-]*(?:\s[^<>]*)?>|\bon[a-z]+\s*=|javascript:/i;

export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** The string fields of a value that look like markup, as field paths ("properties.title", "sources[0].ref"). */
export function markupFields(value: unknown, path = ""): string[] {
  if (typeof value === "string") return looksLikeMarkup(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => markupFields(v, `${path}[${String(i)}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => markupFields(v, path === "" ? k : `${path}.${k}`));
  }
  return [];
}

export const MARKUP_WARNING = "looks like HTML markup: it is shown as plain text, never run";
