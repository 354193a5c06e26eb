/**
 * Layer specifications as pure functions of the palette. Polygon outlines are never stroked (the crop box would
 * show as straight "borders"); borders are their own line features derived from shared edges.
 */
import type {
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import { fonts, type Palette } from "./theme.ts";

export const SOURCE = { land: "land", borders: "borders", places: "places" } as const;

export function seaLayer(p: Palette): BackgroundLayerSpecification {
  return { id: "sea", type: "background", paint: { "background-color": p.sea } };
}

export function landLayer(p: Palette): FillLayerSpecification {
  return {
    id: "land",
    type: "fill",
    source: SOURCE.land,
    paint: {
      "fill-color": [
        "match",
        ["get", "id"],
        "EGY",
        p.land.egypt,
        "ISR",
        p.land.israel,
        "JOR",
        p.land.jordan,
        "WEST_BANK",
        p.land.westBank,
        "GAZA",
        p.land.gazaStrip,
        p.land.other,
      ],
      "fill-antialias": false,
    },
  };
}

const byKind = (kind: string): ExpressionSpecification => ["==", ["get", "kind"], kind];

export function borderLayers(p: Palette): LineLayerSpecification[] {
  const width: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 6, 0.8, 10, 1.4, 14, 2];
  return [
    {
      id: "border-international",
      type: "line",
      source: SOURCE.borders,
      filter: byKind("international"),
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": p.border, "line-width": width },
    },
    {
      id: "border-armistice",
      type: "line",
      source: SOURCE.borders,
      filter: byKind("armistice-1949"),
      layout: { "line-join": "round" },
      paint: { "line-color": p.armistice, "line-width": width, "line-dasharray": [3, 2] },
    },
    {
      id: "border-egypt-gaza-casing",
      type: "line",
      source: SOURCE.borders,
      filter: byKind("egypt-gaza"),
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": p.borderCasing,
        "line-width": ["interpolate", ["linear"], ["zoom"], 6, 3, 10, 5, 14, 8],
      },
    },
    {
      id: "border-egypt-gaza",
      type: "line",
      source: SOURCE.borders,
      filter: byKind("egypt-gaza"),
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": p.egyptGaza,
        "line-width": ["interpolate", ["linear"], ["zoom"], 6, 1.5, 10, 2.5, 14, 4],
      },
    },
  ];
}

const classIs = (...classes: string[]): ExpressionSpecification => ["in", ["get", "class"], ["literal", classes]];

function areaLabel(
  id: string,
  classes: string[],
  font: string,
  color: string,
  halo: string,
  size: ExpressionSpecification,
  spacing: number,
  minzoom: number,
  maxzoom = 24,
): SymbolLayerSpecification {
  return {
    id,
    type: "symbol",
    source: SOURCE.places,
    filter: classIs(...classes),
    minzoom,
    maxzoom,
    layout: {
      "text-field": ["get", "name"],
      "text-font": [font],
      "text-size": size,
      "text-letter-spacing": spacing,
      "text-max-width": 8,
      "text-padding": 4,
    },
    paint: { "text-color": color, "text-halo-color": halo, "text-halo-width": 1.2 },
  };
}

/** Dots and names of towns, crossings and sites; rank drives collision priority and size. */
export function placeLayer(p: Palette): SymbolLayerSpecification {
  return {
    id: "place-points",
    type: "symbol",
    source: SOURCE.places,
    filter: classIs("capital", "city", "town", "crossing", "site"),
    layout: {
      "symbol-sort-key": ["get", "rank"],
      "icon-image": ["concat", "marker-", ["get", "class"]],
      "icon-allow-overlap": false,
      "text-field": ["get", "name"],
      "text-font": [
        "match",
        ["get", "class"],
        "capital",
        ["literal", [fonts.semibold]],
        "site",
        ["literal", [fonts.italic]],
        "crossing",
        ["literal", [fonts.italic]],
        ["literal", [fonts.regular]],
      ],
      "text-size": [
        "interpolate",
        ["linear"],
        ["zoom"],
        6,
        ["match", ["get", "class"], "capital", 12, "city", 11, 10],
        12,
        ["match", ["get", "class"], "capital", 16, "city", 15, 13],
      ],
      "text-variable-anchor-offset": [
        "literal",
        ["left", [0.6, 0], "right", [-0.6, 0], "top", [0, 0.5], "bottom", [0, -0.5]],
      ],
      "text-justify": "auto",
      "text-max-width": 9,
      "text-padding": 3,
      "text-optional": false,
    },
    paint: {
      "text-color": [
        "match",
        ["get", "class"],
        "capital",
        p.text.capital,
        "city",
        p.text.city,
        "crossing",
        p.marker.crossing,
        "site",
        p.text.site,
        p.text.town,
      ],
      "text-halo-color": p.halo,
      "text-halo-width": 1.5,
    },
  };
}

export function labelLayers(p: Palette): SymbolLayerSpecification[] {
  const zoomSize = (a: number, b: number): ExpressionSpecification => [
    "interpolate",
    ["linear"],
    ["zoom"],
    6,
    a,
    11,
    b,
  ];
  return [
    areaLabel("label-water", ["water"], fonts.italic, p.text.water, p.waterHalo, zoomSize(12, 16), 0.1, 5),
    areaLabel("label-region", ["region"], fonts.italic, p.text.region, p.halo, zoomSize(13, 20), 0.4, 5, 10),
    areaLabel("label-country", ["country"], fonts.semibold, p.text.country, p.halo, zoomSize(13, 20), 0.25, 4, 11),
    areaLabel("label-territory", ["territory"], fonts.semibold, p.text.territory, p.halo, zoomSize(11, 16), 0.2, 6),
    placeLayer(p),
  ];
}

export function allLayers(p: Palette): LayerSpecification[] {
  return [seaLayer(p), landLayer(p), ...borderLayers(p), ...labelLayers(p)];
}
