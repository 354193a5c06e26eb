/** A point symbol (theme/shapes.ts) as path marks: the outline part with its halo, then the inner parts. Pure. */
import { POINT_SHAPES, type PointShapeName, type ShapePart } from "../../theme/shapes.ts";
import type { Primitive } from "./primitives.ts";

const round = (n: number) => Number(n.toFixed(2));

/** One part as an SVG path, centred at (cx, cy) with half-size r (circles as four cubic arcs). */
export function partPath(part: ShapePart, cx: number, cy: number, r: number): string {
  const f = round;
  if (part.kind === "polygon") {
    return `${part.points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${f(cx + x * r)} ${f(cy + y * r)}`).join("")}Z`;
  }
  const rr = part.r * r;
  const k = rr * 0.5523;
  return `M${f(cx - rr)} ${f(cy)}C${f(cx - rr)} ${f(cy - k)} ${f(cx - k)} ${f(cy - rr)} ${f(cx)} ${f(cy - rr)}C${f(cx + k)} ${f(cy - rr)} ${f(cx + rr)} ${f(cy - k)} ${f(cx + rr)} ${f(cy)}C${f(cx + rr)} ${f(cy + k)} ${f(cx + k)} ${f(cy + rr)} ${f(cx)} ${f(cy + rr)}C${f(cx - k)} ${f(cy + rr)} ${f(cx - rr)} ${f(cy + k)} ${f(cx - rr)} ${f(cy)}Z`;
}

export interface SymbolStyle {
  readonly fill: string;
  readonly halo: string;
  readonly haloWidth: number;
}

/** The marks of a point symbol centred at (cx, cy) with half-size r. */
export function symbolMarks(shape: PointShapeName, cx: number, cy: number, r: number, style: SymbolStyle): Primitive[] {
  return POINT_SHAPES[shape].map((part, i) => ({
    kind: "path",
    d: partPath(part, cx, cy, r),
    fill: part.paint === "halo" ? style.halo : style.fill,
    ...(i === 0 ? { stroke: style.halo, strokeWidth: style.haloWidth } : {}),
  }));
}
