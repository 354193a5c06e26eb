/**
 * What the static map draws for a request: the whole drawing, or only its layout of names and marks for a drawing
 * already on the page (the same camera, other controls). Pure: run in the static map's worker, or in the page
 * where no worker can be made.
 */
import type { StoryFeature } from "../model/types.ts";
import type { BasemapUrls, BasemapData } from "../render/svg-map/basemap.ts";
import { layoutOfMap, svgMapDocument, type SvgMapInput } from "../render/svg-map/map.ts";
import { layoutSvg } from "../render/layout/to-svg.ts";
import type { SvgNode } from "../render/svg-tree.ts";
import { MAP_FONT_STACK } from "../theme/fonts.ts";

/** The story's part of a drawing, sent once (a story may have thousands of features). */
export interface StaticStory {
  readonly features: readonly StoryFeature[];
  readonly storyBounds: readonly number[];
  readonly named: string;
}

export interface StaticDrawRequest {
  readonly type: "draw";
  readonly id: number;
  /** "layout": the names and marks only. */
  readonly part: "map" | "layout";
  readonly input: Omit<SvgMapInput, "basemap" | "features" | "storyBounds" | "named" | "nameAt">;
  readonly attrs: Readonly<Record<string, string>>;
}

export type WorkerMessage =
  | { readonly type: "basemap"; readonly urls: BasemapUrls }
  | { readonly type: "story"; readonly story: StaticStory | null }
  | StaticDrawRequest;

export interface StaticDrawn {
  readonly svg: SvgNode;
  readonly notShown: number;
}

export function drawStatic(request: StaticDrawRequest, basemap: BasemapData, story: StaticStory | null): StaticDrawn {
  const input: SvgMapInput = { ...request.input, basemap, features: story?.features ?? [], storyBounds: story?.storyBounds ?? [-180, -90, 180, 90], named: story?.named ?? "" }; // prettier-ignore
  if (request.part === "layout") {
    const camera = input.camera;
    if (!camera) throw new Error("a layout needs its camera");
    const layout = layoutOfMap(input, camera);
    return { svg: layoutSvg(layout, { fontFamily: MAP_FONT_STACK, selected: null }), notShown: layout.notShown.length };
  }
  const { svg, layout } = svgMapDocument(input, request.attrs);
  return { svg, notShown: layout.notShown.length };
}
