/** The whole style, built from code: sources from the repository's GeoJSON, layers from the theme. */
import type { FontFacesSpecification, StyleSpecification } from "maplibre-gl";
import { allLayers, SOURCE } from "./layers.ts";
import type { Palette } from "./theme.ts";
import { strings } from "../strings.ts";

export interface BasemapUrls {
  readonly land: string;
  readonly borders: string;
  readonly places: string;
}

export function buildStyle(urls: BasemapUrls, fontFaces: FontFacesSpecification, p: Palette): StyleSpecification {
  return {
    version: 8,
    name: "rafah-map",
    "font-faces": fontFaces,
    sources: {
      [SOURCE.land]: { type: "geojson", data: urls.land, attribution: strings.attribution.osm },
      [SOURCE.borders]: { type: "geojson", data: urls.borders },
      [SOURCE.places]: { type: "geojson", data: urls.places, attribution: strings.attribution.geonames },
    },
    layers: allLayers(p),
  };
}
