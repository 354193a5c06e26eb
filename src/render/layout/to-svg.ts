/**
 * The layout drawn as SVG (render/svg-tree.ts): every item a group carrying the features it stands for, its parts
 * tagged for the layout audit (data-layout: name, mark or pointer) and the point it follows (data-at). The static
 * map, the exports and the live map's overlay all draw their names and marks with this. Pure.
 */
import { LABEL_STYLES, HALO_WIDTH } from "../../theme/labels.ts";
import { PLACE_MARKERS } from "../../theme/basemap.ts";
import { selection } from "../../theme/palette.ts";
import { POINT, STATUS_SYMBOLS } from "../../theme/status.ts";
import { STACK, stackLayout, stackMarks } from "../marks/stack.ts";
import { markToSvg } from "../marks/svg.ts";
import { symbolMarks } from "../marks/symbol.ts";
import { h, type SvgAttrs, type SvgNode } from "../svg-tree.ts";
import type { Rect } from "./boxes.ts";
import type { LayoutItem, MapLayout, TextPart } from "./types.ts";

export interface LayoutSvgOptions {
  /** The font family list of the names. */
  readonly fontFamily: string;
  readonly selected?: string | null;
}

const DIMMED = "#d4d4d4";
const r2 = (n: number) => Number(n.toFixed(2));

function text(t: TextPart, u: number): SvgNode {
  const s = LABEL_STYLES[t.role];
  return h(
    "text",
    {
      "data-layout": "name",
      x: t.x,
      y: t.y,
      "font-size": s.size * u,
      ...(s.weight !== 400 ? { "font-weight": s.weight } : {}),
      ...(s.italic ? { "font-style": "italic" } : {}),
      ...(s.spacing ? { "letter-spacing": `${s.spacing}em` } : {}),
      fill: s.color,
      ...(t.role === "number" ? {} : { stroke: s.halo, "stroke-width": HALO_WIDTH * u, "paint-order": "stroke", "stroke-linejoin": "round" }), // prettier-ignore
    },
    [t.text],
  );
}

const rect = (b: Rect, attrs: SvgAttrs): SvgNode => h("rect", { x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0, ...attrs }); // prettier-ignore

/** A pointer's arrow: a shaft and a head pointing north, turned to the bearing. */
function arrow(x: number, y: number, bearing: number, u: number): SvgNode {
  const k = 5.5 * u;
  const d = `M${r2(x)} ${r2(y + k)}L${r2(x)} ${r2(y - k + 3 * u)}M${r2(x - 3.5 * u)} ${r2(y - k + 4 * u)}L${r2(x)} ${r2(y - k)}L${r2(x + 3.5 * u)} ${r2(y - k + 4 * u)}`; // prettier-ignore
  return h("path", { d, fill: "none", stroke: STACK.ink, "stroke-width": 1.8 * u, "stroke-linecap": "round", "stroke-linejoin": "round", transform: `rotate(${r2(bearing)} ${r2(x)} ${r2(y)})` }); // prettier-ignore
}

/** A selection ring is drawn with every mark, shown only while its feature is selected (the live map toggles it). */
const ring = (shown: boolean): SvgAttrs => (shown ? {} : { display: "none" });

/** Shows the selection's rings and marks its items, in a drawn layout (the live map's overlay, the static map). */
export function markSelected(root: Element, selected: string | null): void {
  for (const g of root.querySelectorAll<SVGGElement>(".layout-item[data-features]")) {
    const on = selected !== null && (g.dataset.features ?? "").split(" ").includes(selected);
    g.classList.toggle("is-selected", on);
    for (const r of g.querySelectorAll(".layout-ring")) {
      if (on) r.removeAttribute("display");
      else r.setAttribute("display", "none");
    }
  }
}

function parts(item: LayoutItem, u: number, selected: string | null): SvgNode[] {
  const out: SvgNode[] = [];
  // What a click or a tap on the item hits: its whole box, not only its painted strokes.
  if (item.ids.length > 0) out.push(rect(item.box, { class: "layout-hit", fill: "none", "pointer-events": "all" }));
  const isSelected = selected !== null && item.ids.includes(selected);
  if (item.leader) {
    const l = item.leader;
    out.push(h("line", { x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, stroke: STACK.ink, "stroke-width": 1.2 * u, "stroke-linecap": "round" })); // prettier-ignore
  }
  if (item.foot?.dot) out.push(h("circle", { cx: item.foot.x, cy: item.foot.y, r: STACK.dot * u, fill: STACK.ink, stroke: STACK.paper, "stroke-width": u })); // prettier-ignore
  if (item.marker) {
    const m = PLACE_MARKERS[item.marker.cls];
    out.push(h("g", { "data-layout": "mark" }, symbolMarks(m.shape, item.marker.x, item.marker.y, (m.size / 2) * u, { fill: m.fill, halo: m.halo, haloWidth: u }).map(markToSvg))); // prettier-ignore
  }
  if (item.frame) {
    const number = item.kind === "number";
    out.push(rect(item.frame, { "data-layout": item.kind === "pointer" ? "pointer" : "mark", rx: 2 * u, fill: number ? STACK.ink : STACK.paper, "fill-opacity": number ? 1 : 0.94, stroke: number ? STACK.paper : "#8a8a8a", "stroke-width": u })); // prettier-ignore
  }
  if (item.arrow) out.push(arrow(item.arrow.x, item.arrow.y, item.arrow.bearing, u));
  if (item.symbol) {
    const s = item.symbol;
    const sym = STATUS_SYMBOLS[s.status];
    out.push(h("g", { "data-layout": "mark" }, symbolMarks(sym.shape, s.x, s.y, (POINT.size / 2 - 1) * u, { fill: s.dimmed ? DIMMED : sym.color, halo: selection.halo, haloWidth: POINT.haloWidth * u }).map(markToSvg))); // prettier-ignore
    out.push(h("circle", { class: "layout-ring", ...ring(isSelected), cx: s.x, cy: s.y, r: 13 * u, fill: "none", stroke: selection.stroke, "stroke-width": 3 * u })); // prettier-ignore
  }
  if (item.badge) {
    const b = item.badge;
    const layout = stackLayout(b.statuses, "none", b.dims);
    out.push(h("g", { "data-layout": "mark" }, stackMarks(layout, b.x, b.y, u).map(markToSvg)));
    out.push(rect(b.box, { class: "layout-ring", ...ring(isSelected), fill: "none", stroke: selection.stroke, "stroke-width": 2.5 * u, rx: 2 * u })); // prettier-ignore
  }
  if (item.text) out.push(text(item.text, u));
  for (const line of item.more ?? []) out.push(text(line, u));
  for (const row of item.rows ?? []) {
    out.push(h("g", { "data-layout": "mark" }, stackMarks(stackLayout(row.badge.statuses, "none", row.badge.dims), row.badge.x, row.badge.y, u).map(markToSvg))); // prettier-ignore
    out.push(text(row.text, u));
  }
  if (item.rows && !item.frame) {
    const b = item.rows.map((r) => r.badge.box).reduce((a, c) => ({ x0: Math.min(a.x0, c.x0), y0: Math.min(a.y0, c.y0), x1: Math.max(a.x1, c.x1), y1: Math.max(a.y1, c.y1) })); // prettier-ignore
    out.push(
      rect(b, { class: "layout-ring", ...ring(isSelected), fill: "none", stroke: selection.stroke, "stroke-width": 2 * u, rx: 2 * u }), // prettier-ignore
    );
  }
  return out;
}

/** The features an item draws greyed (outside the reader's time range). */
function dimmedOf(item: LayoutItem): string[] {
  if (item.symbol) return item.symbol.dimmed ? [...item.ids] : [];
  const dims = item.badge?.dims ?? item.rows?.flatMap((r) => r.badge.dims) ?? [];
  return item.ids.filter((_, i) => dims[i] === true);
}

export function layoutSvg(layout: MapLayout, options: LayoutSvgOptions): SvgNode {
  const u = layout.camera.unit;
  const selected = options.selected ?? null;
  const groups = layout.items.map((item) => {
    const attrs: SvgAttrs = {
      class: `layout-item layout-${item.kind}${selected !== null && item.ids.includes(selected) ? " is-selected" : ""}`,
      "data-key": item.key,
      ...(item.ids.length > 0 ? { "data-feature": item.ids[0] ?? "", "data-features": item.ids.join(" ") } : {}),
      ...(item.at ? { "data-at": `${(item.at[0] as number).toFixed(5)},${(item.at[1] as number).toFixed(5)}` } : {}),
      ...(item.within ? { "data-within": item.within } : {}),
      ...(item.leader ? { "data-leader": `${r2(item.leader.x1)},${r2(item.leader.y1)}` } : {}),
      ...(dimmedOf(item).length > 0 ? { "data-dimmed": dimmedOf(item).join(" ") } : {}),
    };
    return h("g", attrs, parts(item, u, selected));
  });
  // The names' family is said once, on the group (the names inherit it).
  return h("g", { class: "map-layout", "font-family": options.fontFamily }, groups);
}
