/** A legend swatch as an inline SVG element (drawn by the same marks as the exported legends). */
import { marksToSvg } from "../../render/marks/svg.ts";
import { SWATCH, swatchMarks, type Swatch } from "../../render/marks/swatch.ts";
import { h, toDom } from "../../render/svg-tree.ts";

export function swatchSvg(swatch: Swatch, doc: Document = document): SVGElement {
  const { width, height } = SWATCH;
  const node = h(
    "svg",
    { width, height, viewBox: `0 0 ${width} ${height}`, "aria-hidden": "true", focusable: "false" },
    marksToSvg(swatchMarks(swatch, 0, 0, 1)),
  );
  return toDom(node, doc);
}
