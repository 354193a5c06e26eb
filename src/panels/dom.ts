/**
 * Building panels with an explicit document, so that the same code writes a page's markup at build time (in node,
 * on a linkedom document: src/pages/) and in the browser; and the convention by which a panel finds the markup it
 * wrote at build time and attaches to it instead of writing it again. Text is only ever set as text.
 */

/** On a panel's host: the id of the story whose markup the host holds (written at build time). */
export const RENDERED_ATTRIBUTE = "data-rendered";

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button (type="button": it never submits a form). */
export function button(doc: Document, className: string, text?: string): HTMLButtonElement {
  const b = el(doc, "button", className, text);
  b.type = "button";
  return b;
}

/** Sets or removes a boolean attribute (written into the markup, unlike the matching DOM property). */
export function flag(node: Element, name: "open" | "checked" | "disabled" | "hidden" | "selected", on: boolean): void {
  if (on) node.setAttribute(name, "");
  else node.removeAttribute(name);
}

/** Whether the host holds the markup written for this story (then the panel attaches to it). */
export function holdsMarkup(host: Element, storyId: string): boolean {
  return host.getAttribute(RENDERED_ATTRIBUTE) === storyId && host.firstElementChild !== null;
}

/** Writes the markup into the host unless it holds it already; either way the host then says whose it is. */
export function ensureMarkup(host: HTMLElement, storyId: string, write: (doc: Document) => Node[]): void {
  if (!holdsMarkup(host, storyId)) host.replaceChildren(...write(host.ownerDocument));
  host.setAttribute(RENDERED_ATTRIBUTE, storyId);
}

/** The elements under `root` that match, as an array. */
export function all<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  return [...root.querySelectorAll<E>(selector)];
}

/**
 * Replaces a link written for reading without scripts (it goes to an anchor of the page) by a button with the same
 * class and content, once the script handles it. Layout stays the same: both are styled alike.
 */
export function linkToButton(link: HTMLAnchorElement): HTMLButtonElement {
  const b = button(link.ownerDocument, link.className);
  for (const { name, value } of [...link.attributes]) {
    if (name !== "href" && name !== "class") b.setAttribute(name, value);
  }
  b.append(...link.childNodes);
  link.replaceWith(b);
  return b;
}
