/**
 * The story's layers, pure functions of the theme over the story's marks (render/story-marks.ts). Status is encoded
 * by colour and also by line dash and point shape (so it reads in greyscale); approximate areas are hatched with
 * only a dotted edge, never a confident outline. Areas, extents and halos lie under the basemap's borders, so a
 * border keeps its styling; points, stacks and labels lie above the place names. Selection, hover and dimming are
 * feature-state per mark, so nothing is re-uploaded when they change.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import type { Story } from "../../model/types.ts";
import { fonts } from "../../theme/fonts.ts";
import { selection } from "../../theme/palette.ts";
import { AREA, HALO, HATCH, LINE, POINT, STATUS_ORDER, STATUS_SYMBOLS, type StatusName } from "../../theme/status.ts";
import { STACK } from "../marks/stack.ts";
import { storyMarks, type MarksOptions } from "../story-marks.ts";
import type { Overlay } from "./style.ts";

export const STORY_SOURCE = "story";

export type BandRanges = ReadonlyMap<string, readonly [number, number]>;

export function statusColor(): ExpressionSpecification {
  const pairs = STATUS_ORDER.flatMap((s) => [s, STATUS_SYMBOLS[s].color]);
  return ["match", ["get", "status"], ...pairs, STATUS_SYMBOLS.context.color] as unknown as ExpressionSpecification;
}

/** Statuses grouped by their line dash (one line layer per dash), named solid, dashed and dotted. */
function dashGroups(): [string, StatusName[], readonly number[] | null][] {
  const groups = new Map<string, StatusName[]>();
  for (const s of STATUS_ORDER) {
    const key = JSON.stringify(STATUS_SYMBOLS[s].dash);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((statuses) => {
    const first = statuses[0] as StatusName;
    const dash = STATUS_SYMBOLS[first].dash;
    return [dash === null ? "solid" : STATUS_SYMBOLS[first].underline, statuses, dash];
  });
}

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const hovered: ExpressionSpecification = ["boolean", ["feature-state", "hovered"], false];
const dimmed: ExpressionSpecification = ["boolean", ["feature-state", "dimmed"], false];
const kindIs = (...k: string[]): ExpressionSpecification => ["in", ["get", "kind"], ["literal", k]];
const approx = (yes: boolean): ExpressionSpecification => ["==", ["get", "approximate"], yes];
const statusIn = (statuses: StatusName[]): ExpressionSpecification => ["in", ["get", "status"], ["literal", statuses]];
const opacity = (base: number, active: number): ExpressionSpecification => [
  "case",
  dimmed,
  base * 0.25,
  ["any", selected, hovered],
  active,
  base,
];
const edge = (id: string, filter: ExpressionSpecification, width: ExpressionSpecification, dash?: readonly number[]): LineLayerSpecification => ({
  id,
  type: "line",
  source: STORY_SOURCE,
  filter,
  layout: { "line-cap": dash ? "round" : "butt", "line-join": "round" },
  paint: {
    "line-color": ["case", selected, selection.stroke, statusColor()],
    "line-width": width,
    "line-opacity": opacity(0.85, 1),
    ...(dash ? { "line-dasharray": [...dash] } : {}),
  },
}); // prettier-ignore

/** Areas, extents and halos: drawn under the basemap's borders. */
export function storyUnderLayers(): LayerSpecification[] {
  const extentFill: FillLayerSpecification = {
    id: "story-extent-fill",
    type: "fill",
    source: STORY_SOURCE,
    filter: kindIs("extent"),
    paint: { "fill-color": statusColor(), "fill-opacity": opacity(POINT.uncertaintyOpacity, 0.2) },
  };
  const solid: FillLayerSpecification = {
    id: "story-area-solid",
    type: "fill",
    source: STORY_SOURCE,
    filter: ["all", kindIs("area"), approx(false)],
    paint: { "fill-color": statusColor(), "fill-opacity": opacity(AREA.fillOpacity, AREA.fillOpacityActive) },
  };
  const hatch: FillLayerSpecification = {
    id: "story-area-hatch",
    type: "fill",
    source: STORY_SOURCE,
    filter: ["all", kindIs("area"), approx(true)],
    paint: {
      "fill-pattern": ["get", "image"],
      "fill-opacity": [
        "case",
        ["==", ["get", "status"], "context"],
        opacity(HATCH.opacity.context, HATCH.opacity.contextActive),
        opacity(HATCH.opacity.statement, HATCH.opacity.active),
      ],
    },
  };
  const halos = dashGroups().map(([name, statuses, dash]): LineLayerSpecification => ({
    id: `story-halo-${name}`,
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", kindIs("halo"), statusIn(statuses)],
    layout: { "line-join": "round", "line-cap": dash ? "butt" : "round" },
    paint: {
      "line-color": statusColor(),
      "line-width": ["interpolate", ["linear"], ["zoom"], 7, ["case", selected, HALO.widthSelected * 0.4, HALO.width * 0.35], 11, ["case", selected, HALO.widthSelected, HALO.width]], // prettier-ignore
      "line-offset": ["interpolate", ["linear"], ["zoom"], 7, ["*", ["get", "offset"], HALO.width * 0.35], 11, ["*", ["get", "offset"], HALO.width]], // prettier-ignore
      "line-opacity": opacity(HALO.opacity, HALO.opacityActive),
      ...(dash ? { "line-dasharray": [...dash] } : {}),
    },
  }));
  return [
    extentFill,
    edge("story-extent-edge", kindIs("extent"), ["case", selected, 2, HATCH.edgeWidth], HATCH.edgeDash),
    solid,
    hatch,
    edge("story-area-outline", ["all", kindIs("area"), approx(false)], ["case", selected, AREA.edgeWidthSelected, AREA.edgeWidth]), // prettier-ignore
    edge("story-area-edge-approximate", ["all", kindIs("area"), approx(true)], ["case", selected, 2, HATCH.edgeWidth], HATCH.edgeDash), // prettier-ignore
    ...halos,
  ];
}

/** The story's own lines (not basemap copies): above the borders, under the place names. */
export function storyLineLayers(): LayerSpecification[] {
  const offset: ExpressionSpecification = ["*", ["get", "offset"], LINE.casing];
  const casing: LineLayerSpecification = {
    id: "story-line-casing",
    type: "line",
    source: STORY_SOURCE,
    filter: kindIs("line"),
    layout: { "line-join": "round", "line-cap": "round" },
    paint: {
      "line-color": ["case", selected, selection.stroke, selection.halo],
      "line-width": ["case", selected, LINE.casingSelected, LINE.casing],
      "line-offset": offset,
      "line-opacity": opacity(0.9, 1),
    },
  };
  const lines = dashGroups().map(([name, statuses, dash]): LineLayerSpecification => ({
    id: `story-line-${name}`,
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", kindIs("line"), statusIn(statuses)],
    layout: { "line-join": "round", "line-cap": dash ? "butt" : "round" },
    paint: {
      "line-color": statusColor(),
      "line-width": ["case", selected, LINE.widthSelected, LINE.width],
      "line-offset": offset,
      "line-opacity": opacity(1, 1),
      ...(dash ? { "line-dasharray": [...dash] } : {}),
    },
  }));
  return [casing, ...lines];
}

const pointLayout = (image: string | ExpressionSpecification): SymbolLayerSpecification["layout"] => ({
  "icon-image": image,
  "icon-allow-overlap": true,
  "icon-ignore-placement": true,
});

/**
 * Area labels in each zoom band: the area's short name, and a stack's badge where several statements share it.
 * Under the basemap's names, which are placed first (a country's name wins over an area's).
 */
export function storyLabelLayers(ranges: BandRanges): SymbolLayerSpecification[] {
  return [...ranges.entries()].flatMap(([band, [minzoom, maxzoom]]): SymbolLayerSpecification[] => {
    const base = {
      type: "symbol" as const,
      source: STORY_SOURCE,
      minzoom,
      maxzoom,
      paint: { "text-color": "#262626", "text-halo-color": "rgba(255,255,255,0.95)", "text-halo-width": 1.6, "icon-opacity": opacity(1, 1), "text-opacity": opacity(1, 1) }, // prettier-ignore
    };
    const text = {
      "text-field": ["get", "label"] as ExpressionSpecification,
      "text-font": [fonts.semibold],
      "text-size": 12,
      "text-max-width": 12,
      "text-padding": 2,
    };
    // A label alone may move around its point to find room; one with a badge keeps its badge to its left.
    const movable = { ...text, "text-variable-anchor": ["center", "top", "bottom", "left", "right"] as ("center" | "top" | "bottom" | "left" | "right")[], "text-radial-offset": 0.8 }; // prettier-ignore
    return [
      { ...base, id: `story-label-${band}`, filter: ["all", kindIs("label"), ["==", ["get", "band"], band], ["==", ["get", "image"], ""]], layout: movable }, // prettier-ignore
      {
        ...base,
        id: `story-label-badge-${band}`,
        filter: ["all", kindIs("label"), ["==", ["get", "band"], band], ["!=", ["get", "image"], ""]],
        layout: { ...text, "icon-image": ["get", "image"], "icon-anchor": "right", "text-anchor": "left", "text-offset": [0.3, 0], "icon-offset": [-2, 0] }, // prettier-ignore
      },
    ];
  });
}

/** Points, stacks and the selection ring: above the place names. */
export function storyPointLayers(): LayerSpecification[] {
  const uncertainty: CircleLayerSpecification = {
    id: "story-point-uncertainty",
    type: "circle",
    source: STORY_SOURCE,
    filter: ["all", kindIs("point"), [">", ["get", "r0"], 0]],
    paint: {
      "circle-radius": [
        "interpolate",
        ["exponential", 2],
        ["zoom"],
        0,
        ["get", "r0"],
        20,
        ["*", ["get", "r0"], 2 ** 20],
      ],
      "circle-color": statusColor(),
      "circle-opacity": opacity(POINT.uncertaintyOpacity, 0.18),
      "circle-stroke-color": statusColor(),
      "circle-stroke-width": 1,
      "circle-stroke-opacity": opacity(0.5, 0.9),
    },
  };
  const ring: SymbolLayerSpecification = {
    id: "story-point-selection",
    type: "symbol",
    source: STORY_SOURCE,
    filter: kindIs("point", "stack"),
    layout: pointLayout("selection-ring"),
    paint: { "icon-opacity": ["case", selected, 1, hovered, 0.75, 0] },
  };
  const symbol: SymbolLayerSpecification = {
    id: "story-point",
    type: "symbol",
    source: STORY_SOURCE,
    filter: kindIs("point"),
    layout: pointLayout(["get", "image"]),
    paint: { "icon-opacity": opacity(1, 1) },
  };
  const stack: SymbolLayerSpecification = {
    id: "story-stack",
    type: "symbol",
    source: STORY_SOURCE,
    filter: kindIs("stack"),
    // At small scales stacks that would overlap give way to the one with the most statements (zoom in for the rest).
    layout: {
      "icon-image": ["get", "image"],
      "icon-allow-overlap": false,
      "icon-ignore-placement": true,
      "icon-anchor": "bottom",
      "icon-offset": [0, STACK.dot],
      "symbol-sort-key": ["-", 0, ["length", ["get", "statuses"]]],
    },
    paint: { "icon-opacity": opacity(1, 1) },
  };
  return [uncertainty, ring, symbol, stack];
}

/** Layer ids a pointer can select, from top to bottom. */
export function interactiveLayers(ranges: BandRanges): string[] {
  const bands = [...ranges.keys()];
  return [
    "story-stack",
    "story-point",
    ...bands.flatMap((b) => [`story-label-badge-${b}`, `story-label-${b}`]),
    ...dashGroups().map(([name]) => `story-line-${name}`),
    ...dashGroups().map(([name]) => `story-halo-${name}`),
    "story-area-hatch",
    "story-area-solid",
    "story-extent-fill",
  ];
}

/**
 * The story's source and layers for the style. With no story the source starts empty, so the map can load while
 * the story is still being fetched and validated.
 */
export function storyOverlay(story: Story | null, options: MarksOptions, ranges: BandRanges): Overlay {
  const data = story ? storyMarks(story.features, options) : { type: "FeatureCollection" as const, features: [] };
  return {
    sources: { [STORY_SOURCE]: { type: "geojson", data, promoteId: "mark" } },
    under: storyUnderLayers(),
    below: [...storyLineLayers(), ...storyLabelLayers(ranges)],
    above: storyPointLayers(),
  };
}
