/** The whole style, built from code: sources from the repository's GeoJSON, layers from the theme. */
import type { FontFacesSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { allLayers, SOURCE } from "./layers.ts";
import type { Palette } from "../../theme/palette.ts";
import { strings } from "../../locale/en.ts";

export interface BasemapUrls {
  readonly land: string;
  readonly borders: string;
  readonly places: string;
}

/** Extra sources and layers drawn with the basemap: `below` goes under the place labels, `above` on top. */
export interface Overlay {
  readonly sources: Readonly<Record<string, SourceSpecification>>;
  readonly below: readonly LayerSpecification[];
  readonly above: readonly LayerSpecification[];
}

export function buildStyle(
  urls: BasemapUrls,
  fontFaces: FontFacesSpecification,
  p: Palette,
  overlay?: Overlay,
): StyleSpecification {
  const base = allLayers(p);
  const firstLabel = base.findIndex((l) => l.type === "symbol");
  const layers = overlay
    ? [...base.slice(0, firstLabel), ...overlay.below, ...base.slice(firstLabel), ...overlay.above]
    : base;
  return {
    version: 8,
    name: "rafah-map",
    "font-faces": fontFaces,
    sources: {
      [SOURCE.land]: { type: "geojson", data: urls.land, attribution: strings.attribution.osm },
      [SOURCE.borders]: { type: "geojson", data: urls.borders },
      [SOURCE.places]: { type: "geojson", data: urls.places, attribution: strings.attribution.geonames },
      ...overlay?.sources,
    },
    layers,
  };
}
