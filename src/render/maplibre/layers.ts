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

export const SOURCE = { land: "land", borders: "borders", places: "places", labels: "labels" } as const;

/** Each zoom band's [minzoom, maxzoom) (render/bands.ts). */
export type LabelBands = ReadonlyMap<string, readonly [number, number]>;

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

/** Collision priority of place names: by rank, the places the text names first. */
export function placeSortKey(named: string): ExpressionSpecification {
  return ["case", ["in", ["get", "name"], named.slice(0, 50_000)], ["-", ["get", "rank"], 10], ["get", "rank"]];
}

/**
 * Dots and names of towns, crossings and sites; rank drives collision priority and size, and the places the story's
 * text names come first (`named`: the text, searched for each place's name).
 */
export function placeLayer(p: Palette, named = ""): SymbolLayerSpecification {
  return {
    id: "place-points",
    type: "symbol",
    source: SOURCE.places,
    filter: classIs("capital", "city", "town", "crossing", "site"),
    layout: {
      "symbol-sort-key": placeSortKey(named),
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

/** Label properties by class of the banded labels (data/basemap/labels.geojson). */
const byClass = <T>(country: T, territory: T, water: T, neighbourhood: T): ExpressionSpecification =>
  ["match", ["get", "class"], "country", country, "territory", territory, "water", water, neighbourhood] as unknown as ExpressionSpecification; // prettier-ignore

/**
 * Country, territory and sea names placed for each zoom band (on both sides of every border at every scale), and the
 * neighbourhoods, camps and areas at city scale (approximate: italic, no marker, their extent is not drawn).
 */
export function bandLabelLayers(
  p: Palette,
  bands: LabelBands,
  which: "areas" | "neighbourhoods",
): SymbolLayerSpecification[] {
  return [...bands.entries()].map(([band, [minzoom, maxzoom]]) => ({
    id: `label-${which === "areas" ? "area" : "neighbourhood"}-${band}`,
    type: "symbol",
    source: SOURCE.labels,
    minzoom,
    maxzoom,
    filter: ["all", ["==", ["get", "band"], band], which === "areas" ? ["!=", ["get", "class"], "neighbourhood"] : ["==", ["get", "class"], "neighbourhood"]], // prettier-ignore
    layout: {
      "text-field": ["get", "name"],
      "text-font": byClass(["literal", [fonts.semibold]], ["literal", [fonts.semibold]], ["literal", [fonts.italic]], ["literal", [fonts.italic]]), // prettier-ignore
      "text-size": byClass(15, 13, 13, 11.5),
      "text-letter-spacing": byClass(0.25, 0.18, 0.1, 0.04),
      "text-max-width": 8,
      "text-padding": 3,
    },
    paint: {
      "text-color": byClass(p.text.country, p.text.territory, p.text.water, p.text.region),
      "text-halo-color": byClass(p.halo, p.halo, p.waterHalo, p.halo),
      "text-halo-width": 1.4,
    },
  }));
}

export function labelLayers(p: Palette, bands: LabelBands = new Map(), named = ""): SymbolLayerSpecification[] {
  const zoomSize = (a: number, b: number): ExpressionSpecification => [
    "interpolate",
    ["linear"],
    ["zoom"],
    6,
    a,
    11,
    b,
  ];
  const water = areaLabel("label-water", ["water"], fonts.italic, p.text.water, p.waterHalo, zoomSize(12, 16), 0.1, 5);
  return [
    // The Mediterranean is named in each band (below); the Dead Sea and the Gulf of Aqaba by their anchors.
    { ...water, filter: ["all", classIs("water"), ["!=", ["get", "name"], "Mediterranean Sea"]] },
    areaLabel("label-region", ["region"], fonts.italic, p.text.region, p.halo, zoomSize(13, 20), 0.4, 5, 10),
    ...bandLabelLayers(p, bands, "neighbourhoods"),
    placeLayer(p, named),
    ...bandLabelLayers(p, bands, "areas"),
  ];
}

export function allLayers(p: Palette, bands: LabelBands = new Map(), named = ""): LayerSpecification[] {
  return [seaLayer(p), landLayer(p), ...borderLayers(), ...labelLayers(p, bands, named)];
}

/** Ids of the basemap's label layers (the "labels" group a reader can hide). */
export function isLabelLayer(id: string): boolean {
  return id === "place-points" || id.startsWith("label-");
}
