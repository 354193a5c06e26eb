/**
 * The one static SVG map, drawn with d3-geo from the same data and theme as the live map: land by country,
 * borders as lines, the story's marks (render/story-marks.ts: one place drawn once, halos for statements about
 * basemap things, hatching for approximate areas), the zoom band's names and the place names, kept clear of each
 * other. Pure: it returns an SVG tree (render/svg-tree.ts), so it runs in the browser (the static first paint, the
 * no-WebGL map, the SVG export) and in node (snapshot tests, prerendering).
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { inHiddenGroup } from "../../model/filters.ts";
import { forD3, greatCircleKm } from "../../model/geo.ts";
import type { StoryFeature } from "../../model/types.ts";
import { BORDER_SYMBOLS, type BorderKind } from "../../theme/basemap.ts";
import { palette } from "../../theme/palette.ts";
import { bandAt, bandRanges, type Band, type Padding } from "../bands.ts";
import { storyMarks } from "../story-marks.ts";
import { h, type SvgNode } from "../svg-tree.ts";
import type { BasemapData } from "./basemap.ts";
import { Collisions, names } from "./labels.ts";
import { pointerMarks } from "./pointers.ts";
import { areaLabels, hatchPatterns, lines, points, underBorders } from "./story.ts";

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
  /** Room around the bounds (the live map's camera padding, so both frame a view alike); none by default. */
  readonly padding?: Padding;
  /** The zoom bands (the basemap's named views), the basemap's marker positions and the story's extent. */
  readonly bands?: readonly Band[];
  readonly basemapMarkers?: readonly Position[];
  readonly storyBounds?: readonly number[];
  /** The story's text: the places it names are named first. */
  readonly named?: string;
  /** Room kept clear for what is drawn over the map (an export's north arrow and scale bar), for the pointers. */
  readonly reserved?: Padding;
}

export interface SvgMap {
  /** The map's marks, in a group (the caller places and clips it). */
  readonly group: SvgNode;
  /** Definitions the group refers to (hatch patterns), for the document's <defs>. */
  readonly defs: readonly SvgNode[];
  readonly markers: readonly { x: number; y: number }[];
  /** Ground metres per output pixel at the centre. */
  readonly metresPerPixel: number;
  /** The boxes of what is drawn on top (names, symbols, stacks): numbered markers keep clear of them. */
  readonly obstacles: readonly { x0: number; y0: number; x1: number; y1: number }[];
}

const LAND_COLORS: Readonly<Record<string, string>> = {
  EGY: palette.land.egypt,
  ISR: palette.land.israel,
  JOR: palette.land.jordan,
  WEST_BANK: palette.land.westBank,
  GAZA: palette.land.gazaStrip,
};

function polygonal(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === "Polygon" || g.type === "MultiPolygon";
}

function projectionFor(input: SvgMapInput): GeoProjection {
  const [w, s, e, n] = input.bounds as [number, number, number, number];
  const pad = input.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const u = input.unit;
  const frame: Feature<Polygon> = {
    type: "Feature",
    properties: {},
    // d3 winding (clockwise)
    geometry: { type: "Polygon", coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] }, // prettier-ignore
  };
  const fit: [[number, number], [number, number]] = [[pad.left * u, pad.top * u], [input.width - pad.right * u, input.height - pad.bottom * u]]; // prettier-ignore
  const extent: [[number, number], [number, number]] = [[0, 0], [input.width, input.height]]; // prettier-ignore
  return geoMercator().fitExtent(fit, frame).clipExtent(extent);
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

export function renderSvgMap(input: SvgMapInput): SvgMap {
  const u = input.unit;
  const prefix = input.idPrefix ?? "";
  const size = { width: input.width, height: input.height };
  const projection = projectionFor(input);
  const path = geoPath(projection);
  const d = (g: Geometry) => path(polygonal(g) ? forD3(g) : g) ?? "";
  const project = (p: Position) => projection([p[0] as number, p[1] as number]);
  const cx = input.width / 2;
  const cy = input.height / 2;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  const metresPerPixel = a && b ? (greatCircleKm(a, b) * 1000) / 100 : 0;
  // The zoom band: the live map's, for a map of this size with this padding.
  const zoom = Math.log2((projection.scale() * 2 * Math.PI) / 512 / u);
  const padding = input.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const bands = input.bands ?? [];
  const band = bands.length > 0 ? bandAt(zoom, bandRanges(bands, input.width / u, input.height / u, padding)) : null;

  const marks = storyMarks(
    input.features.filter((f) => !inHiddenGroup(f, input.hidden)),
    { basemapMarkers: input.basemapMarkers ?? [], bands, bounds: input.storyBounds ?? [-180, -90, 180, 90] },
  );
  const drawing = { marks, unit: u, selected: input.selected ?? null, band, metresPerPixel, idPrefix: prefix, path: d, project, size }; // prettier-ignore
  const outlines: SvgNode[] = [];
  const rings: SvgNode[] = [];
  const children: SvgNode[] = [h("rect", { x: 0, y: 0, width: input.width, height: input.height, fill: palette.sea })];
  for (const f of input.basemap.land.features) {
    children.push(h("path", { d: d(f.geometry), fill: LAND_COLORS[f.properties.id] ?? palette.land.other }));
  }
  children.push(...underBorders(drawing, outlines), ...borders(input, d), ...lines(drawing, outlines));
  const taken = new Collisions(input.width, input.height);
  // The story's points and stacks reserve their room first; then the names; then the story's area labels.
  const story = points(drawing, taken, rings);
  const labels = input.hidden.includes("labels") ? [] : names({ basemap: input.basemap, band, named: input.named ?? "", unit: u, project }, taken); // prettier-ignore
  const fitCentre = projection.invert?.([(padding.left * u + input.width - padding.right * u) / 2, (padding.top * u + input.height - padding.bottom * u) / 2]); // prettier-ignore
  const clear = input.reserved ?? padding;
  const pointers = pointerMarks(input.features.filter((f) => !inHiddenGroup(f, input.hidden)), input.storyBounds ?? [-180, -90, 180, 90], fitCentre ?? undefined, size, clear, u, taken); // prettier-ignore
  const areaNames = areaLabels(drawing, taken);
  children.push(...labels, ...story, ...pointers, ...areaNames, ...outlines, ...rings);

  const markers = (input.positions ?? []).map((p) => {
    const xy = project(p) ?? [-1, -1];
    return { x: xy[0], y: xy[1] };
  });
  return { group: h("g", {}, children), defs: hatchPatterns(marks, prefix, u), markers, metresPerPixel, obstacles: taken.taken }; // prettier-ignore
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
