/** The whole style, built from code: sources from the repository's GeoJSON, layers from the theme. */
import type { FontFacesSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { allLayers, SOURCE, type LabelBands } from "./layers.ts";
import type { Palette } from "../../theme/palette.ts";
import { strings } from "../../locale/en.ts";

export interface BasemapUrls {
  readonly land: string;
  readonly borders: string;
  readonly places: string;
  readonly labels: string;
}

/**
 * Extra sources and layers drawn with the basemap: `under` goes under the borders (so they keep their styling),
 * `below` under the place labels, `above` on top.
 */
export interface Overlay {
  readonly sources: Readonly<Record<string, SourceSpecification>>;
  readonly under?: readonly LayerSpecification[];
  readonly below: readonly LayerSpecification[];
  readonly above: readonly LayerSpecification[];
}

/** How the basemap's labels are placed: the zoom bands, and the text whose place names come first. */
export interface LabelOptions {
  readonly bands: LabelBands;
  readonly named: string;
}

export function buildStyle(
  urls: BasemapUrls,
  fontFaces: FontFacesSpecification,
  p: Palette,
  overlay?: Overlay,
  labels: LabelOptions = { bands: new Map(), named: "" },
): StyleSpecification {
  const base = allLayers(p, labels.bands, labels.named);
  const firstBorder = base.findIndex((l) => l.id.startsWith("border-"));
  const firstLabel = base.findIndex((l) => l.type === "symbol");
  const layers = overlay
    ? [
        ...base.slice(0, firstBorder),
        ...(overlay.under ?? []),
        ...base.slice(firstBorder, firstLabel),
        ...overlay.below,
        ...base.slice(firstLabel),
        ...overlay.above,
      ]
    : base;
  return {
    version: 8,
    name: "rafah-map",
    "font-faces": fontFaces,
    sources: {
      [SOURCE.land]: { type: "geojson", data: urls.land, attribution: strings.attribution.osm },
      [SOURCE.borders]: { type: "geojson", data: urls.borders },
      [SOURCE.places]: { type: "geojson", data: urls.places, attribution: strings.attribution.geonames },
      [SOURCE.labels]: { type: "geojson", data: urls.labels },
      ...overlay?.sources,
    },
    layers,
  };
}
