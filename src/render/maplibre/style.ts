/** The whole style, built from code: sources from the repository's GeoJSON, layers from the theme. */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { allLayers, SOURCE } from "./layers.ts";
import type { Palette } from "../../theme/palette.ts";

export interface BasemapUrls {
  readonly land: string;
  readonly borders: string;
}

/**
 * Extra sources and layers drawn with the basemap: `under` goes under the borders (so they keep their styling),
 * `above` on top of them.
 */
export interface Overlay {
  readonly sources: Readonly<Record<string, SourceSpecification>>;
  readonly under?: readonly LayerSpecification[];
  readonly above: readonly LayerSpecification[];
}

/**
 * The style of the live map: land, borders and the story's geometry. It draws no text (no glyphs, no font files):
 * every name is the layout's, drawn over the map by the overlay, so the credits of the data are the page's own
 * credits line (© OpenStreetMap contributors, GeoNames) rather than the style's attribution.
 */
export function buildStyle(urls: BasemapUrls, p: Palette, overlay?: Overlay): StyleSpecification {
  const base = allLayers(p);
  const firstBorder = base.findIndex((l) => l.id.startsWith("border-"));
  const layers = overlay
    ? [...base.slice(0, firstBorder), ...(overlay.under ?? []), ...base.slice(firstBorder), ...overlay.above]
    : base;
  return {
    version: 8,
    name: "rafah-map",
    sources: {
      [SOURCE.land]: { type: "geojson", data: urls.land },
      [SOURCE.borders]: { type: "geojson", data: urls.borders },
      ...overlay?.sources,
    },
    layers,
  };
}
