/**
 * Layer specifications as pure functions of the palette. Polygon outlines are never stroked (the crop box would
 * show as straight "borders"); borders are their own line features derived from shared edges. The names are not
 * the style's: the layout places them (render/layout) and the live map's overlay draws them.
 */
import type {
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from "maplibre-gl";
import { BORDER_SYMBOLS, type BorderSymbol } from "../../theme/basemap.ts";
import type { Palette } from "../../theme/palette.ts";

export const SOURCE = { land: "land", borders: "borders" } as const;

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

/** The basemap: sea, land and borders. Its names are the layout's (render/layout), drawn over the map. */
export function allLayers(p: Palette): LayerSpecification[] {
  return [seaLayer(p), landLayer(p), ...borderLayers()];
}
