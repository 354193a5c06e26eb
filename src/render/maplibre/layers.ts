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
import { BORDER_SYMBOLS, PLACE_TEXT, type BorderSymbol } from "../../theme/basemap.ts";
import { fonts } from "../../theme/fonts.ts";
import type { Palette } from "../../theme/palette.ts";

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

/** The theme's widths at zooms 6, 10 and 14, interpolated. */
const byZoom = ([a, b, c]: readonly [number, number, number]): ExpressionSpecification => [
  "interpolate",
  ["linear"],
  ["zoom"],
  6,
  a,
  10,
  b,
  14,
  c,
];

function borderLine(id: string, kind: string, b: BorderSymbol, casing: boolean): LineLayerSpecification {
  const dash = casing ? null : b.dash;
  return {
    id,
    type: "line",
    source: SOURCE.borders,
    filter: byKind(kind),
    layout: { "line-join": "round", ...(dash ? {} : { "line-cap": "round" }) },
    paint: {
      "line-color": casing && b.casing ? b.casing.color : b.color,
      "line-width": byZoom(casing && b.casing ? b.casing.byZoom : b.byZoom),
      ...(dash ? { "line-dasharray": [...dash] } : {}),
    },
  };
}

/** Borders from the theme's border symbols (theme/basemap.ts): the same colours, widths and dashes as the legend. */
export function borderLayers(): LineLayerSpecification[] {
  const intl = BORDER_SYMBOLS.international;
  const armistice = BORDER_SYMBOLS["armistice-1949"];
  const egyptGaza = BORDER_SYMBOLS["egypt-gaza"];
  return [
    borderLine("border-international", "international", intl, false),
    borderLine("border-armistice", "armistice-1949", armistice, false),
    borderLine("border-egypt-gaza-casing", "egypt-gaza", egyptGaza, true),
    borderLine("border-egypt-gaza", "egypt-gaza", egyptGaza, false),
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
        PLACE_TEXT.capital,
        "city",
        PLACE_TEXT.city,
        "crossing",
        PLACE_TEXT.crossing,
        "site",
        PLACE_TEXT.site,
        PLACE_TEXT.town,
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
  return [seaLayer(p), landLayer(p), ...borderLayers(), ...labelLayers(p)];
}
