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
import type { Story } from "../../model/types.ts";
import { selection } from "../../theme/palette.ts";
import {
  AREA,
  HATCH,
  LINE,
  POINT,
  SPREAD_PX,
  STATUS_ORDER,
  STATUS_SYMBOLS,
  type StatusName,
} from "../../theme/status.ts";
import { MAX_DXK, storySource } from "../story-features.ts";
import type { Overlay } from "./style.ts";

export const STORY_SOURCE = "story";

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
    const name = dash === null ? "solid" : STATUS_SYMBOLS[first].underline;
    return [name, statuses, dash];
  });
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
    paint: { "fill-color": statusColor(), "fill-opacity": opacity(AREA.fillOpacity, AREA.fillOpacityActive) },
  };
  const hatch: FillLayerSpecification = {
    id: "story-area-hatch",
    type: "fill",
    source: STORY_SOURCE,
    filter: ["all", geomIs("area"), precisionIn(...APPROXIMATE)],
    paint: {
      "fill-pattern": ["concat", "hatch-", ["get", "status"]],
      "fill-opacity": [
        "case",
        ["==", ["get", "status"], "context"],
        opacity(HATCH.opacity.context, HATCH.opacity.contextActive),
        opacity(HATCH.opacity.statement, HATCH.opacity.active),
      ],
    },
  };
  const outline: LineLayerSpecification = {
    id: "story-area-outline",
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", geomIs("area"), precisionIn(...EXACT_AREA)],
    paint: {
      "line-color": statusColor(),
      "line-width": ["case", selected, AREA.edgeWidthSelected, AREA.edgeWidth],
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
      "line-width": ["case", selected, 2, HATCH.edgeWidth],
      "line-dasharray": [...HATCH.edgeDash],
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
      "line-width": ["case", selected, LINE.casingSelected, LINE.casing],
      "line-opacity": opacity(0.9, 1),
    },
  };
  const lines = dashGroups().map(([name, statuses, dash]): LineLayerSpecification => ({
    id: `story-line-${name}`,
    type: "line",
    source: STORY_SOURCE,
    filter: ["all", geomIs("line"), statusIn(statuses)],
    layout: { "line-join": "round", "line-cap": dash ? "butt" : "round" },
    paint: {
      "line-color": statusColor(),
      "line-width": ["case", selected, LINE.widthSelected, LINE.width],
      "line-opacity": opacity(1, 1),
      ...(dash ? { "line-dasharray": [...dash] } : {}),
    },
  }));
  return [casing, ...lines];
}

/** Icon offset for points that share a position: dxk half-slots of SPREAD_PX. */
export function iconOffset(): ExpressionSpecification {
  const cases: unknown[] = [];
  for (let k = -MAX_DXK; k <= MAX_DXK; k++) {
    if (k !== 0) cases.push(k, ["literal", [k * SPREAD_PX, 0]]);
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
export const INTERACTIVE_LAYERS: readonly string[] = [
  "story-point",
  ...dashGroups().map(([name]) => `story-line-${name}`),
  "story-area-hatch",
  "story-area-solid",
];

export function storyLayers(): LayerSpecification[] {
  return [...storyAreaLayers(), ...storyLineLayers(), ...storyPointLayers()];
}

/**
 * The story's source and layers for the style: areas and lines under the place labels, points above them. With no
 * story the source starts empty, so the map can load while the story is still being fetched and validated.
 */
export function storyOverlay(story: Story | null): Overlay {
  const data = story ? storySource(story) : { type: "FeatureCollection" as const, features: [] };
  return {
    sources: { [STORY_SOURCE]: { type: "geojson", data, promoteId: "id" } },
    below: [...storyAreaLayers(), ...storyLineLayers()],
    above: storyPointLayers(),
  };
}
