/**
 * Places the report names beyond the frame (Washington, Tehran) as pointers in the frame's gutter: a tag against
 * the frame's edge where the direction to the place leaves the frame ("Tehran 1,660 km" with an arrow pointing the
 * true bearing), slid along the edge until it covers nothing drawn and none of the story's own places, areas or
 * lines: a pointer never reads as an event where it stands. Pure.
 */
import type { Position } from "geojson";
import { bearing, compass, greatCircleKm } from "../../model/geo.ts";
import { strings } from "../../locale/en.ts";
import type { Rect } from "./boxes.ts";
import { unproject } from "./camera.ts";
import type { LayoutContext } from "./context.ts";
import type { PointPlace } from "./story-places.ts";
import { unit } from "./units.ts";

/** The arrow's square (CSS px), the tag's padding, and the gutter: how far from the frame's edge a tag stands. */
const ARROW = 12;
const PAD = 3;
const GUTTER = 4;

export interface PointerOptions {
  /** The place's short name ("Tehran"), or null. */
  readonly nameAt: (at: Position) => string | null;
  /** Whether a box covers the story's own areas, lines or places. */
  readonly onStory: (box: Rect) => boolean;
}

type Edge = "left" | "right" | "top" | "bottom";

export function placePointers(ctx: LayoutContext, places: readonly PointPlace[], options: PointerOptions): void {
  const u = ctx.u;
  const { width, height } = ctx.camera;
  const centre = unproject(ctx.camera, width / 2, height / 2);
  const m = GUTTER * u;
  for (const place of places) {
    const b = bearing(centre, place.at);
    const km = greatCircleKm(centre, place.at);
    const name = options.nameAt(place.at) ?? compass(b);
    const un = unit(place.statuses, ctx.dims(place.ids), strings.offMap.distance(name, km), "pointer", u);
    const w = un.w + ARROW * u + 3 * u + 2 * PAD * u;
    const h = Math.max(un.h, ARROW * u) + 2 * PAD * u;
    // Where the bearing leaves the frame, seen from its centre.
    const dx = Math.sin((b * Math.PI) / 180);
    const dy = -Math.cos((b * Math.PI) / 180);
    const tx = dx === 0 ? Infinity : Math.abs((width / 2 - m) / dx);
    const ty = dy === 0 ? Infinity : Math.abs((height / 2 - m) / dy);
    const edge: Edge = tx < ty ? (dx > 0 ? "right" : "left") : dy > 0 ? "bottom" : "top";
    const t = Math.min(tx, ty);
    const ex = width / 2 + dx * t;
    const ey = height / 2 + dy * t;
    const boxes: { box: Rect; edge: Edge }[] = [];
    const step = 6 * u;
    const along = (e: Edge, from: number) => {
      const vertical = e === "left" || e === "right";
      const span = vertical ? height : width;
      const size = vertical ? h : w;
      const slots: number[] = [];
      for (let s = m; s + size <= span - m; s += step) slots.push(s);
      slots.sort((a, c) => Math.abs(a + size / 2 - from) - Math.abs(c + size / 2 - from));
      for (const s of slots) {
        const x0 = e === "left" ? m : e === "right" ? width - m - w : s;
        const y0 = e === "top" ? m : e === "bottom" ? height - m - h : s;
        boxes.push({ box: { x0, y0, x1: x0 + w, y1: y0 + h }, edge: e });
      }
    };
    along(edge, edge === "left" || edge === "right" ? ey : ex);
    // The other edge of the nearer corner too; nearest to where the bearing leaves the frame first.
    const other: Edge = edge === "left" || edge === "right" ? (ey < height / 2 ? "top" : "bottom") : ex < width / 2 ? "left" : "right"; // prettier-ignore
    along(other, other === "left" || other === "right" ? ey : ex);
    const away = (r: Rect) =>
      Math.hypot(Math.min(Math.max(ex, r.x0), r.x1) - ex, Math.min(Math.max(ey, r.y0), r.y1) - ey);
    boxes.sort((a, c) => away(a.box) - away(c.box));
    const chosen = boxes.find((c) => ctx.fits([c.box], null) && !options.onStory(c.box)) ?? boxes.find((c) => ctx.fits([c.box], null)); // prettier-ignore
    if (!chosen) {
      ctx.notShown.push(name);
      continue;
    }
    const { box } = chosen;
    // The arrow on the side of the edge it stands against (on the left of a tag at the top or the bottom).
    const arrowFirst = chosen.edge !== "right";
    const ax = arrowFirst ? box.x0 + PAD * u + (ARROW * u) / 2 : box.x1 - PAD * u - (ARROW * u) / 2;
    const ux = arrowFirst ? box.x0 + PAD * u + ARROW * u + 3 * u : box.x0 + PAD * u;
    const { badge, text } = un.at(ux, box.y0 + (h - un.h) / 2);
    ctx.commit(
      { key: `pointer:${place.key}`, kind: "pointer", ids: place.ids, at: null, frame: box, arrow: { x: ax, y: (box.y0 + box.y1) / 2, bearing: b }, ...(badge ? { badge } : {}), ...(text ? { text } : {}) }, // prettier-ignore
      [box],
    );
  }
}
