/**
 * The map part of an SVG export, drawn with d3-geo from the same data and theme as the live map: land by
 * country, borders as lines, the story's features (hatched when approximate), and the main place names as text.
 */
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { forD3, greatCircleKm } from "../inset/geo.ts";
import { palette, statusColors, type StatusName } from "../map/theme.ts";
import { STATUS_DASH, STATUS_SHAPES } from "../map/story-layers.ts";
import { storySource } from "../map/story-source.ts";
import type { Story } from "../model/validate.ts";
import { shapePath } from "./scene.ts";
import { EXPORT_FONT } from "./render.ts";
import { svgEl } from "../ui/svg.ts";

export interface BasemapData {
  readonly land: FeatureCollection<MultiPolygon, { id: string }>;
  readonly borders: FeatureCollection<Geometry, { id: string; kind: string }>;
  readonly places: FeatureCollection<Geometry, { name: string; class: string; rank: number }>;
}

const LAND_COLORS: Record<string, string> = {
  EGY: palette.land.egypt,
  ISR: palette.land.israel,
  JOR: palette.land.jordan,
  WEST_BANK: palette.land.westBank,
  GAZA: palette.land.gazaStrip,
};

function polygonal(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === "Polygon" || g.type === "MultiPolygon";
}

export interface VectorResult {
  readonly markers: readonly { x: number; y: number }[];
  readonly metresPerPixel: number;
}

export function renderMapVector(
  group: SVGGElement,
  defs: SVGDefsElement,
  size: { width: number; height: number },
  unit: number,
  bounds: readonly [number, number, number, number],
  basemap: BasemapData,
  story: Pick<Story, "features">,
  hiddenGroups: readonly string[],
  positions: readonly Position[],
): VectorResult {
  const [w, s, e, n] = bounds;
  const frame: Feature<Polygon> = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    }, // d3 winding (clockwise)
  };
  const projection = geoMercator().fitExtent([[0, 0], [size.width, size.height]], frame).clipExtent([[0, 0], [size.width, size.height]]); // prettier-ignore
  const path = geoPath(projection);
  const d = (g: Geometry) => path(polygonal(g) ? forD3(g) : g) ?? "";

  group.append(svgEl("rect", { x: 0, y: 0, width: size.width, height: size.height, fill: palette.sea }));
  for (const f of basemap.land.features) {
    group.append(svgEl("path", { d: d(f.geometry), fill: LAND_COLORS[f.properties.id] ?? palette.land.other }));
  }
  for (const f of basemap.borders.features) {
    const egyptGaza = f.properties.kind === "egypt-gaza";
    if (egyptGaza)
      group.append(
        svgEl("path", { d: d(f.geometry), fill: "none", stroke: palette.borderCasing, "stroke-width": 5 * unit }),
      );
    group.append(
      svgEl("path", {
        d: d(f.geometry),
        fill: "none",
        stroke: egyptGaza ? palette.egyptGaza : palette.border,
        "stroke-width": (egyptGaza ? 2.5 : 1.2) * unit,
        ...(f.properties.kind === "armistice-1949" ? { "stroke-dasharray": `${3 * unit} ${2 * unit}` } : {}),
      }),
    );
  }

  // Hatch patterns for approximate areas, one per status colour.
  for (const status of Object.keys(statusColors) as StatusName[]) {
    const p = svgEl("pattern", {
      id: `hatch-${status}`,
      patternUnits: "userSpaceOnUse",
      width: 8 * unit,
      height: 8 * unit,
      patternTransform: "rotate(45)",
    });
    p.append(
      svgEl("line", { x1: 0, y1: 0, x2: 0, y2: 8 * unit, stroke: statusColors[status], "stroke-width": 1.6 * unit }),
    );
    defs.append(p);
  }
  const source = storySource(story).features.filter((f) => !hiddenGroups.includes(f.properties.group));
  const color = (status: string) => statusColors[status as StatusName];
  for (const f of source.filter((x) => x.properties.geom === "area")) {
    const approximate = ["approximate", "area-not-named"].includes(f.properties.precision);
    group.append(
      svgEl("path", {
        "data-feature": f.properties.id,
        d: d(f.geometry),
        fill: approximate ? `url(#hatch-${f.properties.status})` : color(f.properties.status),
        "fill-opacity": approximate ? (f.properties.status === "context" ? 0.45 : 0.8) : 0.15,
        stroke: color(f.properties.status),
        "stroke-width": (approximate ? 1 : 1.5) * unit,
        ...(approximate ? { "stroke-dasharray": `${unit} ${3 * unit}` } : {}),
      }),
    );
  }
  for (const f of source.filter((x) => x.properties.geom === "line")) {
    const dash = STATUS_DASH[f.properties.status as StatusName];
    group.append(
      svgEl("path", {
        d: d(f.geometry),
        fill: "none",
        stroke: "#ffffff",
        "stroke-width": 6 * unit,
        "stroke-linejoin": "round",
      }),
    );
    group.append(
      svgEl("path", {
        "data-feature": f.properties.id,
        d: d(f.geometry),
        fill: "none",
        stroke: color(f.properties.status),
        "stroke-width": 3.5 * unit,
        "stroke-linejoin": "round",
        ...(dash ? { "stroke-dasharray": dash.map((x) => x * 3.5 * unit).join(" ") } : {}),
      }),
    );
  }
  for (const f of source.filter((x) => x.properties.geom === "point")) {
    const c = f.geometry.type === "Point" ? f.geometry.coordinates : null;
    const xy = c ? projection([c[0] as number, c[1] as number]) : null;
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > size.width || xy[1] > size.height) continue;
    const status = f.properties.status as StatusName;
    const x = xy[0] + f.properties.dxk * 8 * unit;
    group.append(
      svgEl("path", {
        "data-feature": f.properties.id,
        d: shapePath(STATUS_SHAPES[status], x, xy[1], 7 * unit),
        fill: color(status),
        stroke: "#ffffff",
        "stroke-width": 1.4 * unit,
      }),
    );
  }

  // Place names: capitals, cities, crossings and sites inside the frame (text, with a halo).
  for (const f of basemap.places.features) {
    if (
      f.geometry.type !== "Point" ||
      f.properties.rank > 3 ||
      f.properties.rank < 1 ||
      hiddenGroups.includes("labels")
    )
      continue;
    const xy = projection(f.geometry.coordinates as [number, number]);
    if (!xy || xy[0] < 8 || xy[1] < 8 || xy[0] > size.width - 8 || xy[1] > size.height - 8) continue;
    group.append(
      svgEl("circle", {
        cx: xy[0],
        cy: xy[1],
        r: 2.5 * unit,
        fill: palette.marker.place,
        stroke: "#ffffff",
        "stroke-width": unit,
      }),
    );
    const t = svgEl("text", {
      x: xy[0] + 6 * unit,
      y: xy[1] + 4 * unit,
      "font-size": 12 * unit,
      "font-family": EXPORT_FONT,
      fill: f.properties.class === "crossing" ? palette.marker.crossing : palette.text.city,
      stroke: "#ffffff",
      "stroke-width": 3 * unit,
      "paint-order": "stroke",
      "stroke-linejoin": "round",
    });
    t.textContent = f.properties.name;
    group.append(t);
  }

  const markers = positions.map((p) => {
    const xy = projection([p[0] as number, p[1] as number]) ?? [-1, -1];
    return { x: xy[0], y: xy[1] };
  });
  const cx = size.width / 2;
  const cy = size.height / 2;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  const metresPerPixel = a && b ? (greatCircleKm(a, b) * 1000) / 100 : 0;
  return { markers, metresPerPixel };
}
