/**
 * The guided reading's bar, at the top of the report (it stays in view while the text scrolls): what the map does
 * now, and the button that pauses it or makes it follow the text again. Written at build time as it reads once the
 * page's script runs (following), so nothing moves then; without scripts it is not shown (noscript.css).
 */
import { strings } from "../../locale/en.ts";
import { button, el } from "../dom.ts";

export function guideBarMarkup(doc: Document): HTMLElement {
  const bar = el(doc, "div", "guide-bar");
  bar.dataset.guide = "following";
  const state = el(doc, "p", "guide-state", strings.guide.following);
  const toggle = button(doc, "guide-toggle", strings.guide.pause);
  toggle.setAttribute("aria-pressed", "false");
  // What the map shows at each step, for screen readers (a polite live region; the bar's text is not one).
  const said = el(doc, "p", "guide-said visually-hidden");
  said.setAttribute("role", "status");
  said.setAttribute("aria-live", "polite");
  bar.append(state, toggle, said);
  return bar;
}
