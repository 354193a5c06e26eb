/**
 * The story's layers, pure functions of the theme over the story's geometry marks (render/story-marks.ts). Status
 * is encoded by colour and also by line dash (so it reads in greyscale); approximate areas are hatched with only a
 * dotted edge, never a confident outline, and quietly unless selected. Areas, extents and halos lie under the
 * basemap's borders, so a border keeps its styling; the story's lines and circles of uncertainty lie above them.
 * Symbols, badges and labels are the layout's (render/layout). Selection, hover and dimming are feature-state per
 * mark, so nothing is re-uploaded when they change.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from "maplibre-gl";
import type { Story } from "../../model/types.ts";
import { selection } from "../../theme/palette.ts";
import { AREA, HALO, HATCH, LINE, POINT, STATUS_ORDER, STATUS_SYMBOLS, type StatusName } from "../../theme/status.ts";
import { storyMarks, type MarksOptions } from "../story-marks.ts";
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

/** Circles of uncertainty, and the outline of a territory a statement is about (only while it is selected). */
export function storyPointLayers(): LayerSpecification[] {
  const uncertainty: CircleLayerSpecification = {
    id: "story-point-uncertainty",
    type: "circle",
    source: STORY_SOURCE,
    filter: kindIs("uncertainty"),
    paint: {
      "circle-radius": ["interpolate", ["exponential", 2], ["zoom"], 0, ["get", "r0"], 20, ["*", ["get", "r0"], 2 ** 20]], // prettier-ignore
      "circle-color": statusColor(),
      "circle-opacity": opacity(POINT.uncertaintyOpacity, 0.18),
      "circle-stroke-color": statusColor(),
      "circle-stroke-width": 1,
      "circle-stroke-opacity": opacity(0.5, 0.9),
    },
  };
  const territory: LineLayerSpecification = {
    id: "story-territory-outline",
    type: "line",
    source: STORY_SOURCE,
    filter: kindIs("territory"),
    layout: { "line-join": "round" },
    paint: { "line-color": selection.stroke, "line-width": 3, "line-opacity": ["case", selected, 1, 0] },
  };
  return [uncertainty, territory];
}

/** Layer ids a pointer can select, from top to bottom (the overlay's marks and labels are its own). */
export function interactiveLayers(): string[] {
  return [
    "story-point-uncertainty",
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
export function storyOverlay(story: Story | null, options: MarksOptions): Overlay {
  const data = story ? storyMarks(story.features, options) : { type: "FeatureCollection" as const, features: [] };
  return {
    sources: { [STORY_SOURCE]: { type: "geojson", data, promoteId: "mark" } },
    under: storyUnderLayers(),
    above: [...storyLineLayers(), ...storyPointLayers()],
  };
}
