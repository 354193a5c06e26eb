/**
 * The static map a page carries from its build: the story's default view drawn by the one SVG map
 * (render/svg-map) for two frames, a narrow one (phones) and a wide one, shown by the map box's width. Each is
 * drawn beyond its frame (the viewBox) so that a box of another shape shows more of the map around the view rather
 * than blank bands; it is scaled to fit the view in the box, as the live map frames it.
 */
import type { Story } from "../model/types.ts";
import type { Band, Padding } from "../render/bands.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import { svgMapDocument } from "../render/svg-map/map.ts";
import type { SvgNode } from "../render/svg-tree.ts";
import type { Position } from "geojson";

export interface Frame {
  readonly width: number;
  readonly height: number;
}

export interface StaticFrames {
  readonly narrow: Frame;
  readonly wide: Frame;
}

/** The app's map box on a phone (375 × 46 % of 812) and on a laptop (a 1280 × 800 window). */
export const APP_FRAMES: StaticFrames = { narrow: { width: 380, height: 380 }, wide: { width: 800, height: 600 } };
/** The embed's map box at 320-559 px and at 560-640 px wide. */
export const EMBED_FRAMES: StaticFrames = { narrow: { width: 380, height: 300 }, wide: { width: 620, height: 430 } };

/** How far beyond the frame the map is drawn, as a share of the frame's size on each side. */
const BEYOND = 0.35;

export interface StaticMapInput {
  readonly story: Story;
  readonly basemap: BasemapData;
  readonly bands: readonly Band[];
  readonly basemapMarkers: readonly Position[];
  /** The camera padding for a map box of this width (the page's controls). */
  readonly padding: (width: number) => Padding;
}

function frameSvg(input: StaticMapInput, frame: Frame, name: keyof StaticFrames): SvgNode {
  const view = input.story.views.views.find((v) => v.id === input.story.views.defaultId) ?? input.story.views.views[0];
  if (!view) throw new Error(`story ${input.story.id} has no view`);
  const ex = Math.round(frame.width * BEYOND);
  const ey = Math.round(frame.height * BEYOND);
  const pad = input.padding(frame.width);
  const padding = { top: pad.top + ey, right: pad.right + ex, bottom: pad.bottom + ey, left: pad.left + ex };
  const { svg } = svgMapDocument(
    {
      width: frame.width + 2 * ex,
      height: frame.height + 2 * ey,
      unit: 1,
      bounds: view.bounds,
      basemap: input.basemap,
      features: input.story.features,
      hidden: [],
      selected: null,
      padding,
      reserved: padding,
      bands: input.bands,
      basemapMarkers: input.basemapMarkers,
      storyBounds: input.story.bounds,
      named: input.story.article,
      idPrefix: `${name}-`,
    },
    {
      class: `static-frame static-frame-${name}`,
      role: "img",
      "aria-label": `Static map: ${view.title}`,
      preserveAspectRatio: "xMidYMid meet",
    },
  );
  // The frame is the viewBox; the rest is drawn around it.
  const attrs = Object.fromEntries(Object.entries(svg.attrs).filter(([k]) => k !== "width" && k !== "height"));
  return { ...svg, attrs: { ...attrs, viewBox: `${ex} ${ey} ${frame.width} ${frame.height}` } };
}

export function staticMapSvgs(input: StaticMapInput, frames: StaticFrames): SvgNode[] {
  return [frameSvg(input, frames.wide, "wide"), frameSvg(input, frames.narrow, "narrow")];
}
