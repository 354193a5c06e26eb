/**
 * The one static SVG map, drawn with d3-geo from the same data and theme as the live map: land by country,
 * borders as lines, the story's features (hatched when approximate, status shapes and dashes from the theme), and
 * the main place names with their markers. Pure: it returns an SVG tree (render/svg-tree.ts), so it runs in the
 * browser (the static first paint, the no-WebGL map, the SVG export) and in node (snapshot tests, prerendering).
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { forD3, greatCircleKm } from "../../model/geo.ts";
import type { StoryFeature } from "../../model/types.ts";
import { BORDER_SYMBOLS, PLACE_MARKERS, PLACE_TEXT, type BorderKind, type PlaceClass } from "../../theme/basemap.ts";
import { FONT_STACK } from "../../theme/fonts.ts";
import { palette, selection } from "../../theme/palette.ts";
import {
  AREA,
  HATCH,
  LINE,
  POINT,
  SPREAD_PX,
  STATUS_ORDER,
  STATUS_SYMBOLS,
  hatchOpacity,
  type StatusName,
} from "../../theme/status.ts";
import { hatchSegments } from "../marks/hatch.ts";
import { markToSvg } from "../marks/svg.ts";
import { symbolMarks } from "../marks/symbol.ts";
import { storySource } from "../story-features.ts";
import { h, type SvgAttrs, type SvgNode } from "../svg-tree.ts";
import type { BasemapData } from "./basemap.ts";

export interface SvgMapInput {
  readonly width: number;
  readonly height: number;
  /** Output pixels per CSS pixel (line widths and symbols scale with it). */
  readonly unit: number;
  /** [west, south, east, north]. */
  readonly bounds: readonly [number, number, number, number] | readonly number[];
  readonly basemap: BasemapData;
  readonly features: readonly StoryFeature[];
  readonly hidden: readonly string[];
  /** Positions to report in map pixels (numbered markers of an export, say). */
  readonly positions?: readonly Position[];
  /** The selected feature: outlined on top (dashed when approximate), its points ringed. */
  readonly selected?: string | null;
  /** Prefix of the ids this map defines (its hatch patterns), so several maps can share one document. */
  readonly idPrefix?: string;
}

export interface SvgMap {
  /** The map's marks, in a group (the caller places and clips it). */
  readonly group: SvgNode;
  /** Definitions the group refers to (hatch patterns), for the document's <defs>. */
  readonly defs: readonly SvgNode[];
  readonly markers: readonly { x: number; y: number }[];
  /** Ground metres per output pixel at the centre. */
  readonly metresPerPixel: number;
}

const LAND_COLORS: Readonly<Record<string, string>> = {
  EGY: palette.land.egypt,
  ISR: palette.land.israel,
  JOR: palette.land.jordan,
  WEST_BANK: palette.land.westBank,
  GAZA: palette.land.gazaStrip,
};

const APPROXIMATE = ["approximate", "area-not-named"];

function polygonal(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === "Polygon" || g.type === "MultiPolygon";
}

function projectionFor(input: SvgMapInput): GeoProjection {
  const [w, s, e, n] = input.bounds as [number, number, number, number];
  const frame: Feature<Polygon> = {
    type: "Feature",
    properties: {},
    // d3 winding (clockwise)
    geometry: { type: "Polygon", coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] }, // prettier-ignore
  };
  const extent: [[number, number], [number, number]] = [[0, 0], [input.width, input.height]]; // prettier-ignore
  return geoMercator().fitExtent(extent, frame).clipExtent(extent);
}

/** One hatch pattern per status: a tile of one period with the theme's lines. */
function hatchPatterns(prefix: string, unit: number): SvgNode[] {
  const p = HATCH.period * unit;
  const lines = hatchSegments(0, 0, p, p, p, HATCH.lineWidth * unit);
  return STATUS_ORDER.map((status) =>
    h(
      "pattern",
      { id: `${prefix}hatch-${status}`, patternUnits: "userSpaceOnUse", width: p, height: p },
      lines.map(([x1, y1, x2, y2]) =>
        h("line", { x1, y1, x2, y2, stroke: STATUS_SYMBOLS[status].color, "stroke-width": HATCH.lineWidth * unit }),
      ),
    ),
  );
}

function borders(input: SvgMapInput, d: (g: Geometry) => string): SvgNode[] {
  const out: SvgNode[] = [];
  for (const f of input.basemap.borders.features) {
    const b = BORDER_SYMBOLS[(f.properties.kind in BORDER_SYMBOLS ? f.properties.kind : "international") as BorderKind];
    const path = d(f.geometry);
    const width = b.width * input.unit;
    if (b.casing) out.push(h("path", { d: path, fill: "none", stroke: b.casing.color, "stroke-width": b.casing.width * input.unit })); // prettier-ignore
    out.push(
      h("path", {
        d: path,
        fill: "none",
        stroke: b.color,
        "stroke-width": width,
        "stroke-linejoin": "round",
        ...(b.dash ? { "stroke-dasharray": b.dash.map((x) => x * width).join(" ") } : {}),
      }),
    );
  }
  return out;
}

function places(input: SvgMapInput, projection: GeoProjection): SvgNode[] {
  if (input.hidden.includes("labels")) return [];
  const u = input.unit;
  const out: SvgNode[] = [];
  for (const f of input.basemap.places.features) {
    if (f.geometry.type !== "Point" || f.properties.rank > 3 || f.properties.rank < 1) continue;
    const xy = projection(f.geometry.coordinates as [number, number]);
    if (!xy || xy[0] < 8 || xy[1] < 8 || xy[0] > input.width - 8 || xy[1] > input.height - 8) continue;
    const cls = (f.properties.class in PLACE_MARKERS ? f.properties.class : "town") as PlaceClass;
    const m = PLACE_MARKERS[cls];
    const r = (m.size / 2) * u;
    out.push(...symbolMarks(m.shape, xy[0], xy[1], r, { fill: m.fill, halo: m.halo, haloWidth: u }).map(markToSvg));
    const label = {
      x: xy[0] + r + 3 * u,
      y: xy[1] + 4 * u,
      "font-size": 12 * u,
      "font-family": FONT_STACK,
      ...(cls === "crossing" || cls === "site" ? { "font-style": "italic" } : {}),
      fill: PLACE_TEXT[cls],
      stroke: "#ffffff",
      "stroke-width": 3 * u,
      "paint-order": "stroke",
      "stroke-linejoin": "round",
    };
    out.push(h("text", label, [f.properties.name]));
  }
  return out;
}

export function renderSvgMap(input: SvgMapInput): SvgMap {
  const u = input.unit;
  const prefix = input.idPrefix ?? "";
  const projection = projectionFor(input);
  const path = geoPath(projection);
  const d = (g: Geometry) => path(polygonal(g) ? forD3(g) : g) ?? "";
  const color = (status: string) => STATUS_SYMBOLS[status as StatusName].color;
  const children: SvgNode[] = [h("rect", { x: 0, y: 0, width: input.width, height: input.height, fill: palette.sea })];
  for (const f of input.basemap.land.features) {
    children.push(h("path", { d: d(f.geometry), fill: LAND_COLORS[f.properties.id] ?? palette.land.other }));
  }
  children.push(...borders(input, d));

  const source = storySource({ features: input.features }).features.filter(
    (f) => !input.hidden.includes(f.properties.group),
  );
  const selectedMark = (id: string): SvgAttrs => (id === input.selected ? { class: "is-selected" } : {});
  const outlines: SvgNode[] = [];
  for (const f of source.filter((x) => x.properties.geom === "area")) {
    const approximate = APPROXIMATE.includes(f.properties.precision);
    const status = f.properties.status as StatusName;
    const d0 = d(f.geometry);
    const attrs: SvgAttrs = {
      "data-feature": f.properties.id,
      ...selectedMark(f.properties.id),
      d: d0,
      fill: approximate ? `url(#${prefix}hatch-${status})` : color(status),
      "fill-opacity": approximate ? hatchOpacity(status) : AREA.fillOpacity,
      stroke: color(status),
      "stroke-width": (approximate ? HATCH.edgeWidth : AREA.edgeWidth) * u,
      ...(approximate ? { "stroke-dasharray": `${u} ${3 * u}` } : {}),
    };
    children.push(h("path", attrs));
    if (f.properties.id === input.selected) outlines.push(outline(d0, approximate, u, f.properties.id));
  }
  for (const f of source.filter((x) => x.properties.geom === "line")) {
    const dash = STATUS_SYMBOLS[f.properties.status as StatusName].dash;
    const width = LINE.width * u;
    const line = d(f.geometry);
    children.push(h("path", { d: line, fill: "none", stroke: selection.halo, "stroke-width": LINE.casing * u, "stroke-linejoin": "round" })); // prettier-ignore
    children.push(
      h("path", {
        "data-feature": f.properties.id,
        ...selectedMark(f.properties.id),
        d: line,
        fill: "none",
        stroke: color(f.properties.status),
        "stroke-width": width,
        "stroke-linejoin": "round",
        ...(dash ? { "stroke-dasharray": dash.map((x) => x * width).join(" ") } : {}),
      }),
    );
    if (f.properties.id === input.selected) outlines.push(outline(line, dash !== null, u, f.properties.id));
  }
  const rings: SvgNode[] = [];
  for (const f of source.filter((x) => x.properties.geom === "point")) {
    const c = f.geometry.type === "Point" ? f.geometry.coordinates : null;
    const xy = c ? projection([c[0] as number, c[1] as number]) : null;
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > input.width || xy[1] > input.height) continue;
    const sym = STATUS_SYMBOLS[f.properties.status as StatusName];
    const x = xy[0] + f.properties.dxk * SPREAD_PX * u;
    const marks = symbolMarks(sym.shape, x, xy[1], (POINT.size / 2 - 1) * u, {
      fill: sym.color,
      halo: selection.halo,
      haloWidth: POINT.haloWidth * u,
    }).map(markToSvg);
    children.push(h("g", { "data-feature": f.properties.id, ...selectedMark(f.properties.id) }, marks));
    if (f.properties.id === input.selected) {
      rings.push(h("circle", { class: "static-view-ring", cx: x, cy: xy[1], r: 13 * u, fill: "none", stroke: selection.stroke, "stroke-width": 3 * u })); // prettier-ignore
    }
  }
  children.push(...places(input, projection), ...outlines, ...rings);

  const markers = (input.positions ?? []).map((p) => {
    const xy = projection([p[0] as number, p[1] as number]) ?? [-1, -1];
    return { x: xy[0], y: xy[1] };
  });
  const cx = input.width / 2;
  const cy = input.height / 2;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  const metresPerPixel = a && b ? (greatCircleKm(a, b) * 1000) / 100 : 0;
  return { group: h("g", {}, children), defs: hatchPatterns(prefix, u), markers, metresPerPixel };
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
    "data-feature": id,
    ...(dashed ? { "stroke-dasharray": `${7 * u} ${5 * u}` } : {}),
  });
}

/** The map as a whole <svg> document of its size (the static first paint and the no-WebGL map). */
export function svgMapDocument(
  input: SvgMapInput,
  attrs: Readonly<Record<string, string>> = {},
): { svg: SvgNode } & SvgMap {
  const map = renderSvgMap(input);
  const svg = h(
    "svg",
    { width: input.width, height: input.height, viewBox: `0 0 ${input.width} ${input.height}`, ...attrs },
    [h("defs", {}, map.defs), map.group],
  );
  return { svg, ...map };
}
