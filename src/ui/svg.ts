/** Creating SVG elements from code (DOM, no markup strings): one helper for the legend, inset, exports and maps. */

export const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with its attributes; numbers are written with at most two decimals. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
): SVGElementTagNameMap[K] {
  const n = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs))
    n.setAttribute(k, typeof v === "number" ? String(Number(v.toFixed(2))) : v);
  return n;
}
