/**
 * The story's geometry (render/story-marks.ts) in the SVG map, drawn as the live map's layers draw them: extents,
 * areas, halos and circles of uncertainty under the borders; lines above them; the selection's outline on top. The
 * names and marks over them are the layout's (render/layout). Pure.
 */
import type { Geometry } from "geojson";
import { selection } from "../../theme/palette.ts";
import { AREA, HALO, HATCH, LINE, POINT, STATUS_SYMBOLS, hatchOpacity, type StatusName } from "../../theme/status.ts";
import { hatchSegments } from "../marks/hatch.ts";
import type { StoryMarks } from "../story-marks.ts";
import { h, type SvgAttrs, type SvgNode } from "../svg-tree.ts";
import { offsetLine, parsePolylines, polylinePath } from "./offset.ts";

export interface StoryDrawing {
  readonly marks: StoryMarks;
  readonly unit: number;
  readonly selected: string | null;
  /** Ground metres per output pixel (for circles of uncertainty). */
  readonly metresPerPixel: number;
  readonly idPrefix: string;
  readonly path: (g: Geometry) => string;
  readonly project: (p: GeoJSON.Position) => [number, number] | null;
  readonly size: { width: number; height: number };
}

const color = (status: string) => STATUS_SYMBOLS[status as StatusName].color;
const dashOf = (status: string, width: number): SvgAttrs => {
  const dash = STATUS_SYMBOLS[status as StatusName].dash;
  return dash ? { "stroke-dasharray": dash.map((x) => x * width).join(" ") } : {};
};

/** A hatch pattern for each combination of statuses the marks use: one period per colour, the lines in turn. */
export function hatchPatterns(marks: StoryMarks, prefix: string, unit: number): SvgNode[] {
  const names = new Set(marks.features.map((m) => m.properties.image).filter((i) => i.startsWith("hatch-")));
  const p = HATCH.period * unit;
  return [...names].sort().map((name) => {
    const statuses = name.slice("hatch-".length).split("-");
    const side = p * statuses.length;
    const lines = hatchSegments(0, 0, side, side, p, HATCH.lineWidth * unit).map(([x1, y1, x2, y2]) => {
      const k = ((Math.round((x1 + y1) / p) % statuses.length) + statuses.length) % statuses.length;
      return h("line", {
        x1,
        y1,
        x2,
        y2,
        stroke: color(statuses[k] as string),
        "stroke-width": HATCH.lineWidth * unit,
      });
    });
    return h("pattern", { id: `${prefix}${name}`, patternUnits: "userSpaceOnUse", width: side, height: side }, lines);
  });
}

/** What lies under the borders: extents, areas and halos. */
export function underBorders(s: StoryDrawing, outlines: SvgNode[]): SvgNode[] {
  const u = s.unit;
  const out: SvgNode[] = [];
  const tag = (ids: string, selectedIn: boolean): SvgAttrs => ({ "data-feature": ids.split(" ")[0] ?? "", ...(selectedIn ? { class: "is-selected" } : {}) }); // prettier-ignore
  for (const m of s.marks.features) {
    const p = m.properties;
    const ids = p.ids.split(" ");
    const isSel = s.selected !== null && ids.includes(s.selected);
    if (p.kind === "extent") {
      const d = s.path(m.geometry);
      out.push(h("path", { ...tag(p.ids, isSel), d, fill: color(p.status), "fill-opacity": POINT.uncertaintyOpacity * 1.5, stroke: color(p.status), "stroke-width": HATCH.edgeWidth * u, "stroke-dasharray": `${u} ${3 * u}` })); // prettier-ignore
    } else if (p.kind === "area") {
      const d = s.path(m.geometry);
      const attrs: SvgAttrs = {
        ...tag(p.ids, isSel),
        d,
        fill: p.approximate ? `url(#${s.idPrefix}${p.image})` : color(p.status),
        "fill-opacity": p.approximate
          ? hatchOpacity(p.status as StatusName, isSel)
          : isSel
            ? AREA.fillOpacityActive
            : AREA.fillOpacity,
        stroke: color(p.status),
        "stroke-width": (p.approximate ? HATCH.edgeWidth : AREA.edgeWidth) * u,
        ...(p.approximate ? { "stroke-dasharray": `${u} ${3 * u}` } : {}),
      };
      out.push(h("path", attrs));
      if (isSel) outlines.push(outline(d, p.approximate, u, ids[0] ?? ""));
    } else if (p.kind === "uncertainty") {
      const at = (m.geometry as GeoJSON.Point).coordinates;
      const xy = s.project(at);
      if (xy && s.metresPerPixel > 0) {
        const radiusM = (p.r0 * 40_075_016.686 * Math.cos(((at[1] as number) * Math.PI) / 180)) / 512;
        out.push(h("circle", { ...tag(p.ids, isSel), cx: xy[0], cy: xy[1], r: radiusM / s.metresPerPixel, fill: color(p.status), "fill-opacity": POINT.uncertaintyOpacity, stroke: color(p.status), "stroke-opacity": 0.5 })); // prettier-ignore
      }
    } else if (p.kind === "territory") {
      // A statement about a whole land: named by a callout; its outline only when selected.
      if (isSel) outlines.push(outline(s.path(m.geometry), false, u, ids[0] ?? ""));
    } else if (p.kind === "halo") {
      const width = HALO.width * u;
      // d3 draws rings the other way round (clockwise): the inside of an area is to the left there.
      const sign = m.geometry.type === "Polygon" || m.geometry.type === "MultiPolygon" ? -1 : 1;
      const d = polylinePath(parsePolylines(s.path(m.geometry)).map((l) => offsetLine(l, sign * p.offset * width)));
      out.push(h("path", { ...tag(p.ids, isSel), d, fill: "none", stroke: color(p.status), "stroke-opacity": isSel ? HALO.opacityActive : HALO.opacity, "stroke-width": isSel ? HALO.widthSelected * u : width, "stroke-linejoin": "round", ...dashOf(p.status, width) })); // prettier-ignore
      if (isSel) outlines.push(outline(d, false, u, ids[0] ?? ""));
    }
  }
  return out;
}

/** The story's own lines, above the borders. */
export function lines(s: StoryDrawing, outlines: SvgNode[]): SvgNode[] {
  const u = s.unit;
  const out: SvgNode[] = [];
  for (const m of s.marks.features.filter((x) => x.properties.kind === "line")) {
    const p = m.properties;
    const width = LINE.width * u;
    const d = polylinePath(parsePolylines(s.path(m.geometry)).map((l) => offsetLine(l, p.offset * LINE.casing * u)));
    const isSel = s.selected !== null && p.ids.split(" ").includes(s.selected);
    out.push(h("path", { d, fill: "none", stroke: selection.halo, "stroke-width": LINE.casing * u, "stroke-linejoin": "round" })); // prettier-ignore
    out.push(h("path", { "data-feature": p.ids, ...(isSel ? { class: "is-selected" } : {}) as SvgAttrs, d, fill: "none", stroke: color(p.status), "stroke-width": width, "stroke-linejoin": "round", ...dashOf(p.status, width) })); // prettier-ignore
    if (isSel) outlines.push(outline(d, STATUS_SYMBOLS[p.status as StatusName].dash !== null, u, p.ids));
  }
  return out;
}

/** The selection's outline on top of everything; an approximate area stays dashed: never a confident outline. */
function outline(d: string, dashed: boolean, u: number, id: string): SvgNode {
  return h("path", {
    class: "static-view-outline",
    d,
    fill: "none",
    stroke: selection.stroke,
    "stroke-width": 3 * u,
    "stroke-linejoin": "round",
    "data-feature": id.split(" ")[0] ?? id,
    ...(dashed ? { "stroke-dasharray": `${7 * u} ${5 * u}` } : {}),
  });
}
