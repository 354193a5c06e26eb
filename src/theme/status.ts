/**
 * Status symbology as data, the one place every renderer reads: the live map's layers and images, the SVG map,
 * the legend (on screen and in exports), the timeline, the text's passages and the feature list. A status says who
 * said it, not whether it is true; each reads without colour too (its own point shape and line dash). Pure data.
 */
import type { Status } from "../model/schema.ts";
import type { PointShapeName } from "./shapes.ts";

export type StatusName = Status;

export interface StatusSymbol {
  /** Map colour (Okabe–Ito: distinguishable with the common colour-vision deficiencies). */
  readonly color: string;
  /** A darker variant of the same hue for text and rules on white (WCAG AA contrast): passages, badges, list. */
  readonly ink: string;
  readonly shape: PointShapeName;
  /** Line dash in multiples of the line's width (MapLibre's unit); null for a solid line. */
  readonly dash: readonly number[] | null;
  /** Underline style of a passage in the text (the dash in CSS terms). */
  readonly underline: "solid" | "dashed" | "dotted";
}

export const STATUS_ORDER: readonly StatusName[] = ["reported", "claimed", "denied", "stated", "planned", "context"];

export const STATUS_SYMBOLS: Readonly<Record<StatusName, StatusSymbol>> = {
  reported: { color: "#0072b2", ink: "#0072b2", shape: "circle", dash: null, underline: "solid" },
  claimed: { color: "#e69f00", ink: "#9a6700", shape: "diamond", dash: [3, 1.5], underline: "dashed" },
  denied: { color: "#d55e00", ink: "#c24e00", shape: "cross", dash: [0.6, 1.6], underline: "dotted" },
  stated: { color: "#009e73", ink: "#00785a", shape: "square", dash: null, underline: "solid" },
  planned: { color: "#cc79a7", ink: "#a9508a", shape: "triangle", dash: [3, 1.5], underline: "dashed" },
  context: { color: "#6b6b6b", ink: "#5c5c5c", shape: "ring-dot", dash: null, underline: "solid" },
};

/** The map colour of each status (a view of STATUS_SYMBOLS). */
export const statusColors: Readonly<Record<StatusName, string>> = Object.fromEntries(
  STATUS_ORDER.map((s) => [s, STATUS_SYMBOLS[s].color]),
) as Record<StatusName, string>;

/**
 * Hatching of approximate areas: lines running from bottom-left to top-right (x + y constant), `period` CSS pixels
 * apart along either axis, of `lineWidth`. Context areas (treaty zones) are hatched more faintly than statements.
 */
export const HATCH = {
  period: 8,
  lineWidth: 1.5,
  opacity: { statement: 0.45, context: 0.3, active: 1, contextActive: 0.8 },
  /** The dotted edge of an approximate area (in line widths): never a confident outline. */
  edgeDash: [0.1, 3],
  edgeWidth: 1,
} as const;

/** Areas with a known outline: a light fill and a solid edge. */
export const AREA = { fillOpacity: 0.12, fillOpacityActive: 0.3, edgeWidth: 1.5, edgeWidthSelected: 3 } as const;

/** Story lines: a white casing under a status-coloured line. */
export const LINE = { width: 3.5, widthSelected: 5, casing: 6, casingSelected: 9 } as const;

/**
 * A statement about a basemap line or land (a copy of a border, the Gaza Strip): a translucent band in the status's
 * colour beside the basemap's own line, which keeps its styling on top.
 */
export const HALO = { width: 13, widthSelected: 17, opacity: 0.35, opacityActive: 0.7 } as const;

/** Story points: the status symbol's size (CSS px) and its white halo. */
export const POINT = { size: 16, haloWidth: 1.4, selectionRing: 26, uncertaintyOpacity: 0.08 } as const;

/** How far apart (CSS px) points that share one position are spread. */
export const SPREAD_PX = 8;

/** The hatch opacity of an approximate area of this status: quiet, and strong when it is selected. */
export function hatchOpacity(status: StatusName, selected = false): number {
  if (status === "context") return selected ? HATCH.opacity.contextActive : HATCH.opacity.context;
  return selected ? HATCH.opacity.active : HATCH.opacity.statement;
}
