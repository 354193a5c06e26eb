/**
 * What the layout returns: every name, mark, callout, leader line and pointer of a map frame with its box, in the
 * order it was placed (its priority). Every renderer draws these (the static SVG map, the exports, the live map's
 * overlay) and the layout audit measures them. Boxes are in output pixels of the frame. Pure data.
 */
import type { Position } from "geojson";
import type { LabelRole } from "../../theme/labels.ts";
import type { PlaceClass } from "../../theme/basemap.ts";
import type { StatusName } from "../../theme/status.ts";
import type { Rect } from "./boxes.ts";
import type { Camera } from "./camera.ts";

export interface TextPart {
  readonly text: string;
  /** The baseline's start (anchor "start"), middle or end. */
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly role: LabelRole;
  readonly box: Rect;
}

export interface BadgePart {
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly statuses: readonly StatusName[];
  readonly dims: readonly boolean[];
  readonly box: Rect;
}

export interface SymbolPart {
  readonly x: number;
  readonly y: number;
  readonly status: StatusName;
  readonly dimmed: boolean;
  readonly box: Rect;
}

export interface MarkerPart {
  readonly x: number;
  readonly y: number;
  readonly cls: PlaceClass;
  readonly box: Rect;
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export type ItemKind =
  | "symbol" // one statement at a point
  | "stack" // several statements at a point (or close points): a badge on a stem or leader
  | "named" // statements about a named place as a whole: a badge beside its name
  | "area" // a story area's label
  | "callout" // a statement about a whole territory, in words
  | "line" // the label of statements about a border
  | "pointer" // a place beyond the frame, at its edge
  | "number" // an export's numbered marker
  | "name"; // a basemap name (country, territory, water, region, neighbourhood, or a place with its marker)

/** One statement of a label: its status symbol and its short name. */
export interface Row {
  readonly badge: BadgePart;
  readonly text: TextPart;
}

export interface LayoutItem {
  /** Unique in the layout. */
  readonly key: string;
  readonly kind: ItemKind;
  /** The story features it stands for (empty for basemap names). */
  readonly ids: readonly string[];
  /** The geographic point it belongs to: it follows the camera when the live map moves. */
  readonly at: Position | null;
  readonly text?: TextPart;
  /** A name's further lines (a narrow land's name, one word a line). */
  readonly more?: readonly TextPart[];
  readonly badge?: BadgePart;
  /** A label's statements, one per line (areas, callouts, lines). */
  readonly rows?: readonly Row[];
  readonly symbol?: SymbolPart;
  readonly marker?: MarkerPart;
  /** The place a badge or label stands for, at the end of its stem or leader. */
  readonly foot?: { readonly x: number; readonly y: number; readonly dot: boolean };
  readonly leader?: Segment;
  /** A pointer's arrow: where it is and the bearing it points to (degrees clockwise from north). */
  readonly arrow?: { readonly x: number; readonly y: number; readonly bearing: number };
  /** A white box behind the item (callouts, pointers, numbers). */
  readonly frame?: Rect;
  /**
   * What a name must lie inside: a basemap land ("land:EGY"), a body of water ("water:Mediterranean Sea") or a story
   * area ("feature:<id>"); with a leader, the leader's end lies inside it instead.
   */
  readonly within?: string;
  /** Everything the item draws, with its halo. */
  readonly box: Rect;
}

export interface MapLayout {
  readonly camera: Camera;
  readonly items: readonly LayoutItem[];
  /** The basemap names left out for room (the key says how many). */
  readonly notShown: readonly string[];
  /** Statements the text gives no place for: listed beside the map. */
  readonly notOnMap: readonly string[];
}
