/**
 * The one static SVG map, drawn with d3-geo from the same data and theme as the live map, through the camera every
 * renderer shares (render/layout/camera.ts): land by country, borders as lines, the story's geometry (one place
 * drawn once: hatching for approximate areas, bands for statements about borders, circles of uncertainty), then the
 * layout's names, marks, callouts and pointers (render/layout), placed once so that nothing sits on anything else.
 * Pure: it returns an SVG tree (render/svg-tree.ts), so it runs in the browser (the static first paint, the
 * no-WebGL map, the SVG export) and in node (snapshot tests, prerendering).
 */
import { geoPath } from "d3-geo";
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { inHiddenGroup } from "../../model/filters.ts";
import { forD3 } from "../../model/geo.ts";
import type { StoryFeature } from "../../model/types.ts";
import { BORDER_SYMBOLS, type BorderKind } from "../../theme/basemap.ts";
import { FONT_STACK } from "../../theme/fonts.ts";
import { palette } from "../../theme/palette.ts";
import type { Band } from "../bands.ts";
import { layoutBasemap, neighbourhoodZoom, REGIONS_UNTIL_ZOOM } from "../layout/basemap.ts";
import type { Rect } from "../layout/boxes.ts";
import {
  cameraKey,
  d3Projection,
  fitCamera,
  metresPerPixel,
  project,
  type Camera,
  type Padding,
} from "../layout/camera.ts";
import { layoutMap, type LayoutBasemap } from "../layout/layout.ts";
import { siteNameAt } from "../site-names.ts";
import { layoutSvg } from "../layout/to-svg.ts";
import type { MapLayout } from "../layout/types.ts";
import { storyMarks } from "../story-marks.ts";
import { h, type SvgNode } from "../svg-tree.ts";
import type { BasemapData } from "./basemap.ts";
import { hatchPatterns, lines, underBorders } from "./story.ts";

export interface SvgMapInput {
  readonly width: number;
  readonly height: number;
  /** Output pixels per CSS pixel (line widths, symbols and names scale with it). */
  readonly unit: number;
  /** [west, south, east, north] to frame (inside `padding`), unless a camera is given. */
  readonly bounds: readonly [number, number, number, number] | readonly number[];
  /** The camera, when the frame is not fitted to `bounds` (the live map's camera, say). */
  readonly camera?: Camera;
  readonly basemap: BasemapData;
  readonly features: readonly StoryFeature[];
  readonly hidden: readonly string[];
  /** The selected feature: outlined on top (dashed when approximate), its mark ringed. */
  readonly selected?: string | null;
  /** The guided step's features (model/steps.ts): like the selection, always on the map. */
  readonly focus?: readonly string[] | null;
  /** Prefix of the ids this map defines (its hatch patterns), so several maps can share one document. */
  readonly idPrefix?: string;
  /** Room around the bounds (the live map's camera padding, so both frame a view alike); none by default. */
  readonly padding?: Padding;
  /** The zoom bands (the basemap's named views) and the story's extent. */
  readonly bands?: readonly Band[];
  readonly storyBounds?: readonly number[];
  /** The story's text: the places it names are named first. */
  readonly named?: string;
  /** What stands over the map (controls, the key, an export's north arrow), in output pixels of the frame. */
  readonly obstacles?: readonly Rect[];
  /** An export's footnote numbers, by feature (drawn as numbered markers). */
  readonly numbers?: ReadonlyMap<string, number>;
  /** Features outside the reader's time range (greyed). */
  readonly dimmed?: ReadonlySet<string>;
  /** The short name of an off-map place, for its pointer. */
  readonly nameAt?: (at: Position) => string | null;
  /** The names' font family list (the exports carry their own faces; the page's map has its own family). */
  readonly fontFamily?: string;
  /** The basemap's extent (nothing is drawn beyond it). */
  readonly extent?: readonly number[];
}

export interface SvgMap {
  /** The map's marks, in a group (the caller places and clips it). */
  readonly group: SvgNode;
  /** Definitions the group refers to (hatch patterns), for the document's <defs>. */
  readonly defs: readonly SvgNode[];
  readonly camera: Camera;
  /** Ground metres per output pixel at the centre. */
  readonly metresPerPixel: number;
  /** Every name and mark placed, with its box. */
  readonly layout: MapLayout;
}

const LAND_COLORS: Readonly<Record<string, string>> = {
  EGY: palette.land.egypt,
  ISR: palette.land.israel,
  JOR: palette.land.jordan,
  WEST_BANK: palette.land.westBank,
  GAZA: palette.land.gazaStrip,
};

const WORLD = [-180, -85, 180, 85];
const round = (v: number, digits: number) => Number(v.toFixed(digits));

function polygonal(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === "Polygon" || g.type === "MultiPolygon";
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

/** The camera of a map input: its own, or its bounds fitted inside its padding. */
export function cameraOf(input: SvgMapInput): Camera {
  return input.camera ?? fitCamera(input.bounds, { width: input.width, height: input.height, unit: input.unit }, input.padding); // prettier-ignore
}

const basemaps = new WeakMap<BasemapData, LayoutBasemap>();
/** The features drawn with these groups hidden, the same array each time (the layout keeps what it derives from it). */
const visibleSets = new WeakMap<readonly StoryFeature[], Map<string, readonly StoryFeature[]>>();
function visibleOf(features: readonly StoryFeature[], hidden: readonly string[]): readonly StoryFeature[] {
  let byHidden = visibleSets.get(features);
  if (!byHidden) visibleSets.set(features, (byHidden = new Map<string, readonly StoryFeature[]>()));
  const key = [...hidden].sort().join(" ");
  let out = byHidden.get(key);
  if (!out) byHidden.set(key, (out = features.filter((f) => !inHiddenGroup(f, hidden))));
  return out;
}

/** The layout of a map input's names and marks for this camera (the live map's overlay lays out the same way). */
export function layoutOfMap(
  input: Omit<SvgMapInput, "bounds" | "width" | "height" | "unit">,
  exact: Camera,
): MapLayout {
  // The camera as its key says it (6 decimals of a degree, 4 of a zoom level): two renderers of one view (the live
  // map's camera, the static map's fit) lay it out alike to the last cell.
  const camera = { ...exact, center: [round(exact.center[0], 6), round(exact.center[1], 6)] as const, zoom: round(exact.zoom, 4) }; // prettier-ignore
  let basemap = basemaps.get(input.basemap);
  if (!basemap) {
    basemap = layoutBasemap(input.basemap, input.extent ?? WORLD);
    basemaps.set(input.basemap, basemap);
  }
  const u = camera.unit;
  const padding = input.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const laidOut = (first: readonly string[]) =>
    layoutMap({
      first,
      camera,
      basemap,
      features: visibleOf(input.features, input.hidden),
      storyBounds: input.storyBounds ?? WORLD,
      article: input.named ?? "",
      obstacles: (input.obstacles ?? []).map(roundOut),
      dimmed: input.dimmed ?? new Set(),
      numbers: input.numbers ?? new Map(),
      names: !input.hidden.includes("labels"),
      nameAt: input.nameAt ?? siteNameAt,
      neighbourhoodsFromZoom: neighbourhoodZoom(input.basemap, input.bands ?? [], camera.width / u, camera.height / u, padding), // prettier-ignore
      regionsUntilZoom: REGIONS_UNTIL_ZOOM,
    });
  const layout = laidOut([]);
  // What the reader asked for (the selection, the guided step's features) is always on the map: where the layout
  // had no room for some of it, that is placed first.
  const wanted = new Set([...(input.selected == null ? [] : [input.selected]), ...(input.focus ?? [])]);
  const located = visibleOf(input.features, input.hidden).filter((f) => wanted.has(f.id) && f.geometry !== null && f.properties.precision.type !== "off-map"); // prettier-ignore
  const missing = located.filter((f) => !layout.items.some((i) => i.ids.includes(f.id))).map((f) => f.id);
  return missing.length > 0 ? laidOut(missing) : layout;
}

export function renderSvgMap(input: SvgMapInput): SvgMap {
  const u = input.unit;
  const prefix = input.idPrefix ?? "";
  const camera = cameraOf(input);
  const size = { width: camera.width, height: camera.height };
  const path = geoPath(d3Projection(camera));
  const d = (g: Geometry) => path(polygonal(g) ? forD3(g) : g) ?? "";
  const proj = (p: Position) => project(camera, p);
  const mpp = metresPerPixel(camera);
  const visible = input.features.filter((f) => !inHiddenGroup(f, input.hidden));
  const storyBounds = input.storyBounds ?? WORLD;
  const marks = storyMarks(visible, { bounds: storyBounds, basemapMarkers: input.basemap.places.features.map((f) => (f.geometry as GeoJSON.Point).coordinates) }); // prettier-ignore
  const drawing = { marks, unit: u, selected: input.selected ?? null, metresPerPixel: mpp, idPrefix: prefix, path: d, project: proj, size }; // prettier-ignore
  const outlines: SvgNode[] = [];
  const children: SvgNode[] = [h("rect", { x: 0, y: 0, width: size.width, height: size.height, fill: palette.sea })];
  for (const f of input.basemap.land.features) {
    children.push(h("path", { d: d(f.geometry), fill: LAND_COLORS[f.properties.id] ?? palette.land.other }));
  }
  children.push(...underBorders(drawing, outlines), ...borders(input, d), ...lines(drawing, outlines), ...outlines);

  const layout = layoutOfMap(input, camera);
  children.push(layoutSvg(layout, { fontFamily: input.fontFamily ?? FONT_STACK, selected: input.selected ?? null }));
  return { group: h("g", {}, children), defs: hatchPatterns(marks, prefix, u), camera, metresPerPixel: mpp, layout };
}

/** A box in whole pixels, outwards (so a drawing's layout depends only on what its key says). */
const roundOut = (o: Rect): Rect => ({ x0: Math.floor(o.x0), y0: Math.floor(o.y0), x1: Math.ceil(o.x1), y1: Math.ceil(o.y1) }); // prettier-ignore

/** The room kept clear, as text: whole pixels, outwards. */
export function obstaclesKey(obstacles: readonly Rect[]): string {
  return obstacles.map((o) => { const r = roundOut(o); return `${r.x0} ${r.y0} ${r.x1} ${r.y1}`; }).join(","); // prettier-ignore
}

/** The map as a whole <svg> document of its size (the static first paint and the no-WebGL map). */
export function svgMapDocument(
  input: SvgMapInput,
  attrs: Readonly<Record<string, string>> = {},
): { svg: SvgNode } & SvgMap {
  const map = renderSvgMap(input);
  const c = map.camera;
  const svg = h(
    "svg",
    {
      width: input.width,
      height: input.height,
      viewBox: `0 0 ${input.width} ${input.height}`,
      // What the drawing was laid out for: its camera (the layout audit unprojects the names' boxes with it) and
      // the room it kept clear (the page draws again when its box has other controls).
      "data-camera": cameraKey(c),
      "data-obstacles": obstaclesKey(input.obstacles ?? []),
      "data-not-shown": map.layout.notShown.length,
      ...attrs,
    },
    [h("defs", {}, map.defs), map.group],
  );
  return { svg, ...map };
}
