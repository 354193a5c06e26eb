/** The Embed panel's markup: the origin field and the (empty) snippet box, written at build time and in the browser. */
import { strings } from "../locale/en.ts";
import { el } from "../panels/dom.ts";

export function embedPanelMarkup(doc: Document): Node[] {
  const details = el(doc, "details", "export-panel embed-panel");
  const originLabel = el(doc, "label", "export-field");
  const origin = el(doc, "input");
  origin.type = "url";
  origin.name = "origin";
  origin.placeholder = "https://news.example";
  originLabel.append(el(doc, "span", undefined, strings.embed.origin), origin);
  const codeLabel = el(doc, "label", "embed-code-label", strings.embed.code);
  const code = el(doc, "textarea", "embed-code");
  code.readOnly = true;
  code.setAttribute("readonly", "");
  code.rows = 6;
  code.setAttribute("rows", "6");
  codeLabel.append(code);
  details.append(el(doc, "summary", undefined, strings.embed.heading), originLabel, codeLabel);
  return [details];
}
