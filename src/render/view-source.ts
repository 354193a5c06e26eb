/** What an export copies from the map on screen: what it shows (the live map's camera, or the static map's view). */
import type { BBox } from "../model/views.ts";

export interface ViewSource {
  /** The bounds in view, [west, south, east, north]. */
  bounds(): BBox;
  /** The map's size in CSS pixels. */
  size(): { width: number; height: number };
}
