/**
 * Basemap symbology as data: borders (colour, width, dash, casing) and the place markers by class. Read by the
 * live map's layers and images, the SVG map and the legend, so the legend's basemap rows are what the map draws.
 * Widths are CSS pixels at the story's scales (the live map interpolates them by zoom around these). Pure data.
 */
import { palette } from "./palette.ts";
import type { PointShapeName } from "./shapes.ts";

export type BorderKind = "international" | "armistice-1949" | "egypt-gaza";

export interface BorderSymbol {
  readonly color: string;
  /** Width at zoom 10 (the legend's and the static map's width). */
  readonly width: number;
  /** Widths at zooms 6, 10 and 14 on the live map. */
  readonly byZoom: readonly [number, number, number];
  /** In multiples of the line's width; null for solid. */
  readonly dash: readonly number[] | null;
  /** A wider line drawn underneath, or null. */
  readonly casing: {
    readonly color: string;
    readonly width: number;
    readonly byZoom: readonly [number, number, number];
  } | null;
}

export const BORDER_SYMBOLS: Readonly<Record<BorderKind, BorderSymbol>> = {
  international: { color: palette.border, width: 1.4, byZoom: [0.8, 1.4, 2], dash: null, casing: null },
  "armistice-1949": { color: palette.armistice, width: 1.4, byZoom: [0.8, 1.4, 2], dash: [3, 2], casing: null },
  "egypt-gaza": {
    color: palette.egyptGaza,
    width: 2.5,
    byZoom: [1.5, 2.5, 4],
    dash: null,
    casing: { color: palette.borderCasing, width: 5, byZoom: [3, 5, 8] },
  },
};

export type PlaceClass = "capital" | "city" | "town" | "crossing" | "site";

export interface MarkerSymbol {
  readonly shape: PointShapeName;
  /** Size in CSS pixels. */
  readonly size: number;
  readonly fill: string;
  readonly halo: string;
}

/** The marker of each place class (the live map's "marker-<class>" images, the SVG map, the legend). */
export const PLACE_MARKERS: Readonly<Record<PlaceClass, MarkerSymbol>> = {
  capital: { shape: "ring-dot", size: 11, fill: palette.marker.place, halo: palette.marker.outline },
  city: { shape: "circle", size: 8, fill: palette.marker.place, halo: palette.marker.outline },
  town: { shape: "circle", size: 6, fill: palette.marker.place, halo: palette.marker.outline },
  crossing: { shape: "diamond", size: 10, fill: palette.marker.crossing, halo: palette.marker.outline },
  site: { shape: "square", size: 8, fill: palette.marker.site, halo: palette.marker.outline },
};

export const PLACE_CLASSES = Object.keys(PLACE_MARKERS) as PlaceClass[];

/** The label colour of each place class. */
export const PLACE_TEXT: Readonly<Record<PlaceClass, string>> = {
  capital: palette.text.capital,
  city: palette.text.city,
  town: palette.text.town,
  crossing: palette.marker.crossing,
  site: palette.text.site,
};
