/** The places of a page template that its build fills (elements by id), and filling one for a story. */
import { RENDERED_ATTRIBUTE } from "../panels/dom.ts";

export function slot(doc: Document, id: string): HTMLElement {
  const node = doc.getElementById(id);
  if (!node) throw new Error(`the page template has no #${id}`);
  return node;
}

/** Fills a host with markup written for the story (the browser's panel attaches to it). */
export function fill(host: HTMLElement, storyId: string, nodes: readonly Node[]): void {
  host.replaceChildren(...nodes);
  host.setAttribute(RENDERED_ATTRIBUTE, storyId);
}
