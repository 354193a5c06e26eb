/** Marks as SVG nodes: the vector backend of every composition (SVG exports, legend swatches). Pure. */
import { FONT_STACK } from "../../theme/fonts.ts";
import { h, type SvgAttrs, type SvgNode } from "../svg-tree.ts";
import type { Primitive } from "./primitives.ts";

const dashAttr = (dash: readonly number[] | undefined): SvgAttrs =>
  dash ? { "stroke-dasharray": dash.map((d) => Number(d.toFixed(2))).join(" ") } : {};
const strokeAttrs = (stroke: string | undefined, width: number | undefined): SvgAttrs =>
  stroke ? { stroke, "stroke-width": width ?? 1 } : {};

export function markToSvg(p: Primitive): SvgNode {
  switch (p.kind) {
    case "rect":
      return h("rect", {
        x: p.x,
        y: p.y,
        width: p.w,
        height: p.h,
        fill: p.fill,
        ...(p.opacity !== undefined ? { "fill-opacity": p.opacity } : {}),
        ...strokeAttrs(p.stroke, p.strokeWidth),
        ...dashAttr(p.dash),
      });
    case "line":
      return h("line", {
        x1: p.x1,
        y1: p.y1,
        x2: p.x2,
        y2: p.y2,
        stroke: p.stroke,
        "stroke-width": p.width,
        ...(p.cap && p.cap !== "butt" ? { "stroke-linecap": p.cap } : {}),
        ...dashAttr(p.dash),
      });
    case "path":
      return h("path", {
        d: p.d,
        fill: p.fill,
        ...(p.opacity !== undefined ? { "fill-opacity": p.opacity } : {}),
        ...strokeAttrs(p.stroke, p.strokeWidth),
      });
    case "circle":
      return h("circle", {
        cx: p.cx,
        cy: p.cy,
        r: p.r,
        fill: p.fill,
        ...(p.opacity !== undefined ? { "fill-opacity": p.opacity } : {}),
        ...strokeAttrs(p.stroke, p.strokeWidth),
      });
    case "text":
      return h(
        "text",
        {
          x: p.x,
          y: p.y,
          "font-size": p.size,
          "font-weight": p.weight,
          ...(p.italic ? { "font-style": "italic" } : {}),
          fill: p.color,
          "font-family": FONT_STACK,
          "text-anchor": p.anchor,
          ...(p.halo
            ? { stroke: p.halo, "stroke-width": p.size / 4, "paint-order": "stroke", "stroke-linejoin": "round" }
            : {}),
        },
        [p.text],
      );
  }
}

export function marksToSvg(marks: readonly Primitive[]): SvgNode[] {
  return marks.map(markToSvg);
}
