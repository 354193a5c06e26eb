/** The marker of each place class, keyed by the image name the place layer asks for ("marker-<class>"). */
import type { MarkerSpec } from "./markers.ts";
import { palette } from "./theme.ts";

export const PLACE_MARKERS: Readonly<Record<string, MarkerSpec>> = {
  "marker-capital": { shape: "ring-dot", size: 11, fill: palette.marker.place, stroke: palette.marker.outline },
  "marker-city": { shape: "circle", size: 8, fill: palette.marker.place, stroke: palette.marker.outline },
  "marker-town": { shape: "circle", size: 6, fill: palette.marker.place, stroke: palette.marker.outline },
  "marker-crossing": { shape: "diamond", size: 10, fill: palette.marker.crossing, stroke: palette.marker.outline },
  "marker-site": { shape: "square", size: 8, fill: palette.marker.site, stroke: palette.marker.outline },
};

export const MARKER_NAMES = Object.keys(PLACE_MARKERS);
