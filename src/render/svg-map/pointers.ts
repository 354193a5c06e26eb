/** The SVG map's off-map pointers (render/pointers.ts): an arrow at the frame's edge, a badge and the distance. Pure. */
import type { Position } from "geojson";
import type { StoryFeature } from "../../model/types.ts";
import { FONT_STACK } from "../../theme/fonts.ts";
import type { StatusName } from "../../theme/status.ts";
import type { Padding } from "../bands.ts";
import { STACK, stackLayout, stackMarks } from "../marks/stack.ts";
import { markToSvg } from "../marks/svg.ts";
import { partPath } from "../marks/symbol.ts";
import { offMapPlaces, placePointers } from "../pointers.ts";
import { h, type SvgNode } from "../svg-tree.ts";
import type { Collisions } from "./labels.ts";

export function pointerMarks(
  features: readonly StoryFeature[],
  storyBounds: readonly number[],
  centre: Position | undefined,
  size: { width: number; height: number },
  padding: Padding,
  u: number,
  taken: Collisions,
): SvgNode[] {
  if (!centre) return [];
  const scaled = { top: padding.top * u, right: padding.right * u, bottom: padding.bottom * u, left: padding.left * u };
  return placePointers(offMapPlaces(features, storyBounds), centre, size, scaled, 18 * u).map((p) => {
    const [ax, ay] = p.arrow;
    const [tx, ty] = p.tag;
    const layout = stackLayout(p.place.statuses as StatusName[], "none");
    const textW = p.text.length * 11 * u * 0.55;
    const w = layout.width * u + 4 * u + textW;
    const hh = layout.height * u;
    // The whole tag inside the frame, clear of the controls' room.
    const x0 = Math.min(Math.max(tx - w / 2, scaled.left + 4 * u), size.width - scaled.right - w - 4 * u);
    const y0 = Math.min(Math.max(ty - hh / 2, scaled.top + 4 * u), size.height - scaled.bottom - hh - 4 * u);
    taken.reserve({ x0, y0, x1: x0 + w, y1: y0 + layout.height * u });
    const arrow = h("path", {
      d: partPath({ kind: "polygon", points: [[0, -1], [0.8, 0.8], [-0.8, 0.8]], paint: "fill" }, ax, ay, 7 * u), // prettier-ignore
      fill: STACK.ink,
      stroke: STACK.paper,
      "stroke-width": u,
      transform: `rotate(${p.bearing.toFixed(1)} ${ax.toFixed(2)} ${ay.toFixed(2)})`,
    });
    const text = h("text", { x: x0 + layout.width * u + 4 * u, y: y0 + hh / 2 + 4 * u, "font-size": 11 * u, "font-weight": 600, "font-family": FONT_STACK, fill: STACK.ink, stroke: STACK.paper, "stroke-width": 3 * u, "paint-order": "stroke", "stroke-linejoin": "round" }, [p.text]); // prettier-ignore
    return h("g", { class: "offmap-pointer", "data-feature": p.place.ids[0] ?? "", "data-features": p.place.ids.join(" ") }, [arrow, ...stackMarks(layout, x0, y0, u).map(markToSvg), text]); // prettier-ignore
  });
}
