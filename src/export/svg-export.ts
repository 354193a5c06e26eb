/**
 * The SVG export: the one SVG map (d3-geo, render/svg-map) in the map box and the composition's marks around it,
 * as one XML document. Pure (an SVG tree, serialized), so the same code runs in the page and in node tests.
 */
import type { StoryFeature } from "../model/types.ts";
import { marksToSvg } from "../render/marks/svg.ts";
import { composeScene } from "../render/scene/compose.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import { renderSvgMap } from "../render/svg-map/map.ts";
import { h, serialize } from "../render/svg-tree.ts";
import { numberedMarkers, type PreparedExport } from "./prepare.ts";

export function svgExport(
  prepared: PreparedExport,
  features: readonly StoryFeature[],
  hidden: readonly string[],
  basemap: BasemapData,
): string {
  const { frame, size, options, content } = prepared;
  const map = renderSvgMap({
    width: frame.map.w,
    height: frame.map.h,
    unit: size.unit,
    bounds: prepared.bounds,
    basemap,
    features,
    hidden,
    positions: prepared.positions,
  });
  const info = { metresPerPixel: map.metresPerPixel, markers: numberedMarkers(prepared, map.markers) };
  const svg = h("svg", { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}` }, [
    h("title", {}, [options.title]),
    h("defs", {}, [
      h("clipPath", { id: "map-area" }, [h("rect", { width: frame.map.w, height: frame.map.h })]),
      ...map.defs,
    ]),
    h("g", { transform: `translate(${frame.map.x},${frame.map.y})`, "clip-path": "url(#map-area)" }, [map.group]),
    h("g", {}, marksToSvg(composeScene(frame, options, content, info))),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svg, "  ")}\n`;
}
