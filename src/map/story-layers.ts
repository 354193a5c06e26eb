/**
 * Layers for the story's features, pure functions of the theme. Status is encoded by colour and also by line dash
 * and point shape (so it reads in greyscale); approximate areas are hatched with only a dotted edge, never a
 * confident outline. Selection and hover are feature-state, so nothing is re-uploaded when they change.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import { selection, statusColors, type StatusName } from "./theme.ts";
import { MAX_DXK } from "./story-source.ts";

export const STORY_SOURCE = "story";

const STATUSES = Object.keys(statusColors) as StatusName[];

/** The point shape of each status ("status-<status>" images). */
export const STATUS_SHAPES: Readonly<
  Record<StatusName, "circle" | "diamond" | "cross" | "square" | "triangle" | "ring-dot">
> = {
  reported: "circle",
  claimed: "diamond",
  denied: "cross",
  stated: "square",
  planned: "triangle",
  context: "ring-dot",
};

/** Line dash of each status: solid for reported, stated and context; dashed for claimed and planned; dotted for denied. */
export const STATUS_DASH: Readonly<Record<StatusName, number[] | null>> = {
  reported: null,
  stated: null,
  context: null,
  claimed: [3, 1.5],
  planned: [3, 1.5],
  denied: [0.6, 1.6],
};

export function statusColor(): ExpressionSpecification {
  const pairs = STATUSES.flatMap((s) => [s, statusColors[s]]);
  return ["match", ["get", "status"], ...pairs, statusColors.context] as unknown as ExpressionSpecification;
}

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const hovered: ExpressionSpecification = ["boolean", ["feature-state", "hovered"], false];
const dimmed: ExpressionSpecification = ["boolean", ["feature-state", "dimmed"], false];
const geomIs = (g: string): ExpressionSpecification => ["==", ["get", "geom"], g];
const precisionIn = (...p: string[]): ExpressionSpecification => ["in", ["get", "precision"], ["literal", p]];
const statusIn = (statuses: StatusName[]): ExpressionSpecification => ["in", ["get", "status"], ["literal", statuses]];
const opacity = (base: number, active: number): ExpressionSpecification => [
  "case",
  dimmed,
  base * 0.25,
  ["any", selected, hovered],
  active,
  base,
];

const APPROXIMATE = ["approximate", "area-not-named"];
const EXACT_AREA = ["exact", "area", "off-map"];

export function storyAreaLayers(): LayerSpecification[] {
  const solid: FillLayerSpecification = {
    id: "story-area-solid",
    type: "fill",
    source: STORY_SOURCE,
    filter: ["all", geomIs("area"), precisionIn(...EXACT_AREA)],
    paint: { "fill-color": statusColor(), "fill-opacity": opacity(0.12, 0.3) },
  };
  const hatch: FillLayerSpecification = {
    id: "story-area-hatch",
    type: "fill",
    source: STORY_SOURCE,
    filter: ["all", geomIs("area"), precisionIn(...APPROXIMATE)],
    paint: {
      "fill-pattern": ["concat", "hatch-", ["get", "status"]],
      "fill-opacity": ["case", ["==", ["get", "status"], "context"], opacity(0.35, 0.8), opacity(0.75, 1)],
    },
  };
  const outline: LineLayerSpecification = {
    id: "story-area-outline",
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", geomIs("area"), precisionIn(...EXACT_AREA)],
    paint: {
      "line-color": statusColor(),
      "line-width": ["case", selected, 3, 1.5],
      "line-opacity": opacity(0.9, 1),
    },
  };
  const approxEdge: LineLayerSpecification = {
    id: "story-area-edge-approximate",
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", geomIs("area"), precisionIn(...APPROXIMATE)],
    layout: { "line-cap": "round" },
    paint: {
      "line-color": ["case", selected, selection.stroke, statusColor()],
      "line-width": ["case", selected, 2, 1],
      "line-dasharray": [0.1, 3],
      "line-opacity": opacity(0.8, 1),
    },
  };
  return [solid, hatch, outline, approxEdge];
}

export function storyLineLayers(): LayerSpecification[] {
  const casing: LineLayerSpecification = {
    id: "story-line-casing",
    type: "line",
    source: STORY_SOURCE,
    filter: geomIs("line"),
    layout: { "line-join": "round", "line-cap": "round" },
    paint: {
      "line-color": ["case", selected, selection.stroke, selection.halo],
      "line-width": ["case", selected, 9, 6],
      "line-opacity": opacity(0.9, 1),
    },
  };
  const groups: [string, StatusName[], number[] | null][] = [
    ["solid", ["reported", "stated", "context"], null],
    ["dashed", ["claimed", "planned"], STATUS_DASH.claimed],
    ["dotted", ["denied"], STATUS_DASH.denied],
  ];
  const lines = groups.map(([name, statuses, dash]): LineLayerSpecification => ({
    id: `story-line-${name}`,
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", geomIs("line"), statusIn(statuses)],
    layout: { "line-join": "round", "line-cap": dash ? "butt" : "round" },
    paint: {
      "line-color": statusColor(),
      "line-width": ["case", selected, 5, 3.5],
      "line-opacity": opacity(1, 1),
      ...(dash ? { "line-dasharray": dash } : {}),
    },
  }));
  return [casing, ...lines];
}

/** Icon offset for points that share a position: dxk half-slots of 8 px. */
export function iconOffset(): ExpressionSpecification {
  const cases: unknown[] = [];
  for (let k = -MAX_DXK; k <= MAX_DXK; k++) {
    if (k !== 0) cases.push(k, ["literal", [k * 8, 0]]);
  }
  return ["match", ["get", "dxk"], ...cases, ["literal", [0, 0]]] as unknown as ExpressionSpecification;
}

function pointLayout(image: string | ExpressionSpecification): SymbolLayerSpecification["layout"] {
  return {
    "icon-image": image,
    "icon-offset": iconOffset(),
    "icon-allow-overlap": true,
    "icon-ignore-placement": true,
  };
}

export function storyPointLayers(): LayerSpecification[] {
  const uncertainty: CircleLayerSpecification = {
    id: "story-point-uncertainty",
    type: "circle",
    source: STORY_SOURCE,
    filter: ["all", geomIs("point"), [">", ["get", "r0"], 0]],
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
      "circle-opacity": opacity(0.08, 0.18),
      "circle-stroke-color": statusColor(),
      "circle-stroke-width": 1,
      "circle-stroke-opacity": opacity(0.5, 0.9),
    },
  };
  const ring: SymbolLayerSpecification = {
    id: "story-point-selection",
    type: "symbol",
    source: STORY_SOURCE,
    filter: geomIs("point"),
    layout: { ...pointLayout("selection-ring"), "icon-size": 1 },
    paint: { "icon-opacity": ["case", selected, 1, hovered, 0.75, 0] },
  };
  const symbol: SymbolLayerSpecification = {
    id: "story-point",
    type: "symbol",
    source: STORY_SOURCE,
    filter: geomIs("point"),
    layout: pointLayout(["concat", "status-", ["get", "status"]]),
    paint: { "icon-opacity": opacity(1, 1) },
  };
  return [uncertainty, ring, symbol];
}

/** Layer ids a pointer can select, from top to bottom. */
export const INTERACTIVE_LAYERS = [
  "story-point",
  "story-line-solid",
  "story-line-dashed",
  "story-line-dotted",
  "story-area-hatch",
  "story-area-solid",
];

export function storyLayers(): LayerSpecification[] {
  return [...storyAreaLayers(), ...storyLineLayers(), ...storyPointLayers()];
}
