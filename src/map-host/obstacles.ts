/**
 * What stands over a map box, for the layout (render/layout) to keep clear of: the elements the page has put there
 * (view buttons, the key, the credits, a notice), measured, and the live map's own controls where they stand (zoom,
 * full screen and measure buttons, the scale bar, the locator), whether the live map is there yet or not. So the
 * static map and the live map keep the same room clear, and lay their names out alike. Rectangles in CSS pixels of
 * the box.
 */
import type { Rect } from "../render/layout/boxes.ts";
import { PHONE_WIDTH } from "./padding.ts";

export type MapProfile = "app" | "embed";

/** Elements over the map in every mode (measured). */
const OVER_THE_MAP = [
  ".view-control",
  ".map-key",
  ".map-credit",
  ".static-view-notice:not([hidden])",
  ".embed-static-note:not([hidden])",
  ".guide-control",
  ".inset:not(:empty)",
  ".notice",
].join(", ");

/** The live map's controls (map-host/live-map.ts and the stylesheets place them so), for a box of this size. */
export function liveControls(profile: MapProfile, width: number, height: number, insetShown: boolean): Rect[] {
  const out: Rect[] = [];
  if (profile === "app") {
    // Zoom, full screen and measure, one above the other at the top right.
    out.push({ x0: width - 42, y0: 6, x1: width - 6, y1: 150 });
    if (insetShown) out.push({ x0: width - 98, y0: 150, x1: width - 6, y1: 240 });
    // The scale bar, bottom left (above the credits' line on a narrow map).
    const lift = width < PHONE_WIDTH ? 20 : 0;
    out.push({ x0: 6, y0: height - 34 - lift, x1: 96, y1: height - 4 - lift });
  } else {
    // Zoom and full screen at the top right; the scale bar bottom right (the credits are under the map).
    out.push({ x0: width - 42, y0: 6, x1: width - 6, y1: 112 });
    out.push({ x0: width - 96, y0: height - 34, x1: width - 4, y1: height - 4 });
  }
  return out;
}

/** The rectangles of the elements over the map now, relative to `box`. */
export function measuredOverlays(box: HTMLElement, scope: ParentNode = box): Rect[] {
  const origin = box.getBoundingClientRect();
  const out: Rect[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(OVER_THE_MAP)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({
      x0: r.left - origin.left,
      y0: r.top - origin.top,
      x1: r.right - origin.left,
      y1: r.bottom - origin.top,
    });
  }
  return out;
}

/** Everything the layout keeps clear of on a map box: the elements over it and the live map's controls. */
export function mapObstacles(box: HTMLElement, profile: MapProfile): Rect[] {
  const r = box.getBoundingClientRect();
  // The app's map column holds the map, its locator and its key; the embed's map box its map, key and notes.
  const scope = box.closest(profile === "app" ? ".map-column" : ".embed-map-box") ?? box;
  const inset = profile === "app" && r.width >= PHONE_WIDTH;
  return [...measuredOverlays(box, scope), ...liveControls(profile, r.width, r.height, inset)];
}

export const appObstacles = (box: HTMLElement): Rect[] => mapObstacles(box, "app");
export const embedObstacles = (box: HTMLElement): Rect[] => mapObstacles(box, "embed");

/** The elements over a map box as the page's build writes them, before they can be measured (estimates). */
export function builtOverlays(profile: MapProfile, width: number, height: number): Rect[] {
  const narrow = width < PHONE_WIDTH;
  const out: Rect[] = [];
  if (profile === "app") out.push({ x0: 6, y0: 6, x1: 318, y1: 48 }); // the view buttons
  // The key: folded on a narrow map, a band of rows on a wide one, above the scale bar.
  const keyBottom = height - (narrow && profile === "app" ? 56 : 36);
  out.push(narrow ? { x0: 6, y0: keyBottom - 28, x1: 60, y1: keyBottom } : { x0: 6, y0: keyBottom - 52, x1: Math.min(width - 110, 680), y1: keyBottom }); // prettier-ignore
  if (profile === "app") out.push({ x0: width - 372, y0: height - 20, x1: width, y1: height }); // the credits
  return out;
}
