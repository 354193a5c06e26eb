/**
 * The static map a page carries from its build: the story's default view drawn by the one SVG map
 * (render/svg-map) for two frames, a narrow one (phones) and a wide one, shown by the map box's width. Each frame is
 * the map box of a common screen (a 1280 × 800 laptop, a 375 × 812 phone; the embed at 640 and 320 px), laid out
 * with the room the page's controls take there; in a box of another size it covers the box until the page's script
 * draws the box's own (map-host/static-view.ts), with the same layout as the live map's.
 */
import type { Position } from "geojson";
import type { Story } from "../model/types.ts";
import { builtOverlays, liveControls, type MapProfile } from "../map-host/obstacles.ts";
import { PHONE_WIDTH } from "../map-host/padding.ts";
import type { Band, Padding } from "../render/bands.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import { svgMapDocument } from "../render/svg-map/map.ts";
import { constrain, fitCamera, holdBounds } from "../render/layout/camera.ts";
import type { SvgNode } from "../render/svg-tree.ts";
import { MAP_FONT_STACK } from "../theme/fonts.ts";

export interface Frame {
  readonly width: number;
  readonly height: number;
}

export interface StaticFrames {
  readonly narrow: Frame;
  readonly wide: Frame;
}

/** The app's map box on a phone (375 × 42 % of 812) and on a laptop (a 1280 × 800 window). */
export const APP_FRAMES: StaticFrames = { narrow: { width: 375, height: 341 }, wide: { width: 794, height: 546 } };
/** The embed's map box at 320 and at 640 px wide. */
export const EMBED_FRAMES: StaticFrames = { narrow: { width: 320, height: 300 }, wide: { width: 640, height: 435 } };

export interface StaticMapInput {
  readonly story: Story;
  readonly basemap: BasemapData;
  readonly bands: readonly Band[];
  readonly basemapMarkers?: readonly Position[];
  /** The basemap's extent. */
  readonly extent: readonly number[];
  /** The camera padding for a map box of this width (the page's controls). */
  readonly padding: (width: number) => Padding;
}

function frameSvg(input: StaticMapInput, frame: Frame, name: keyof StaticFrames, profile: MapProfile): SvgNode {
  const view = input.story.views.views.find((v) => v.id === input.story.views.defaultId) ?? input.story.views.views[0];
  if (!view) throw new Error(`story ${input.story.id} has no view`);
  const { width, height } = frame;
  const { svg } = svgMapDocument(
    {
      width,
      height,
      unit: 1,
      bounds: view.bounds,
      camera: constrain(fitCamera(view.bounds, { width, height, unit: 1 }, input.padding(width)), holdBounds(input.story.bounds, input.extent)), // prettier-ignore
      basemap: input.basemap,
      features: input.story.features,
      hidden: [],
      selected: null,
      padding: input.padding(width),
      obstacles: [...builtOverlays(profile, width, height), ...liveControls(profile, width, height, profile === "app" && width >= PHONE_WIDTH)], // prettier-ignore
      bands: input.bands,
      storyBounds: input.story.bounds,
      named: input.story.article,
      idPrefix: `${name}-`,
      extent: input.extent,
      fontFamily: MAP_FONT_STACK,
    },
    {
      class: `static-frame static-frame-${name}`,
      role: "img",
      "aria-label": `Static map: ${view.title}`,
      preserveAspectRatio: "xMidYMid slice",
      "data-frame": `${width}x${height}`,
    },
  );
  // The box sizes the drawing (CSS): no fixed size of its own.
  const attrs = Object.fromEntries(Object.entries(svg.attrs).filter(([k]) => k !== "width" && k !== "height"));
  return { ...svg, attrs };
}

export function staticMapSvgs(input: StaticMapInput, frames: StaticFrames, profile: MapProfile): SvgNode[] {
  return [frameSvg(input, frames.wide, "wide", profile), frameSvg(input, frames.narrow, "narrow", profile)];
}
