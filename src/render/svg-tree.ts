/**
 * SVG as a small tree of plain objects, so that one renderer runs in the browser and in node: `serialize` writes
 * it as XML text (escaped), `toDom` builds it element by element (text as text nodes, never as markup). Tag and
 * attribute names come from code only; values may be data and are always escaped. Numbers get at most 2 decimals.
 */

export const SVG_NS = "http://www.w3.org/2000/svg";

export type SvgAttrs = Readonly<Record<string, string | number>>;

export interface SvgNode {
  readonly tag: string;
  readonly attrs: SvgAttrs;
  /** Child elements and text (text is only ever a text node). */
  readonly children: readonly (SvgNode | string)[];
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** An SVG element node. */
export function h(tag: string, attrs: SvgAttrs = {}, children: readonly (SvgNode | string)[] = []): SvgNode {
  if (!NAME.test(tag)) throw new Error(`svg-tree: bad tag name "${tag}"`);
  for (const k of Object.keys(attrs)) if (!NAME.test(k)) throw new Error(`svg-tree: bad attribute name "${k}"`);
  return { tag, attrs, children };
}

export function formatValue(v: string | number): string {
  return typeof v === "number" ? String(Number(v.toFixed(2))) : v;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/**
 * The node as XML text (no XML declaration); `xmlns` is added to the root <svg>. `indent` puts each element on a
 * line of its own (for snapshot files people read); elements with text stay on one line.
 */
export function serialize(node: SvgNode, indent: string | null = null, depth = 0): string {
  const attrs = { ...(depth === 0 && node.tag === "svg" ? { xmlns: SVG_NS } : {}), ...node.attrs };
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(formatValue(v))}"`)
    .join("");
  if (node.children.length === 0) return `<${node.tag}${a}/>`;
  const hasText = node.children.some((c) => typeof c === "string");
  const pad = indent === null || hasText ? "" : `\n${indent.repeat(depth + 1)}`;
  const inner = node.children
    .map((c) => (typeof c === "string" ? escapeText(c) : serialize(c, hasText ? null : indent, depth + 1)))
    .map((c) => pad + c)
    .join("");
  const close = pad === "" ? "" : `\n${(indent ?? "").repeat(depth)}`;
  return `<${node.tag}${a}>${inner}${close}</${node.tag}>`;
}

/** The node as DOM elements of `doc`. */
export function toDom(node: SvgNode, doc: Document = document): SVGElement {
  const el: SVGElement = doc.createElementNS(SVG_NS, node.tag as "svg");
  for (const [k, v] of Object.entries(node.attrs)) el.setAttribute(k, formatValue(v));
  for (const c of node.children) el.append(typeof c === "string" ? doc.createTextNode(c) : toDom(c, doc));
  return el;
}

/** Every node of the tree, depth first (for tests and for finding marks by attribute). */
export function* walk(node: SvgNode): Generator<SvgNode> {
  yield node;
  for (const c of node.children) if (typeof c !== "string") yield* walk(c);
}

/** One SVG element of `document` with its attributes (for DOM code that updates its elements in place). */
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}): SVGElementTagNameMap[K] {
  return toDom(h(tag, attrs)) as SVGElementTagNameMap[K];
}
