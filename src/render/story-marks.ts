/**
 * The story as marks on a map: what the live map's source and the SVG map draw, built once from the visible
 * features. One place is drawn once: several statements at one point are one stack (a badge with each status's
 * symbol, on a stem), several about one area one hatch whose lines take each status's colour in turn, several about
 * one line parallel bands side by side. A statement about a basemap thing leaves the basemap as it is: a stack
 * stands beside a basemap marker, a copy of a basemap border or land is drawn as a halo under the basemap's line.
 * Areas with a short name get a direct label in each zoom band. Pure.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { groupOf } from "../model/groups.ts";
import { placesOf, type Place } from "../model/places.ts";
import type { StoryFeature } from "../model/types.ts";
import type { Band } from "./bands.ts";
import { insetFrame, labelPoint, type Frame } from "./label-point.ts";
import { stackImage } from "./marks/stack.ts";

export type MarkKind = "point" | "stack" | "line" | "halo" | "area" | "extent" | "label";

export interface MarkProperties {
  /** Unique in the source (MapLibre's promoteId): feature-state is set per mark. */
  mark: string;
  /** The features this mark draws, space-separated, in the order of the text. */
  ids: string;
  kind: MarkKind;
  /** The first feature's status, and every feature's (space-separated, in order). */
  status: string;
  statuses: string;
  /** The icon or pattern image ("status-claimed", "stack-stated-denied-claimed", "hatch-reported-planned"), or "". */
  image: string;
  precision: string;
  /** Hatched with a dotted edge (approximate areas and extents). */
  approximate: boolean;
  /** Circle radius in pixels at zoom 0 of an approximate point's uncertainty (0 when none, or when it has an extent). */
  r0: number;
  /** Parallel slot of a line or halo among the statements about one line (0 alone; −0.5, 0.5 for two …). */
  offset: number;
  /** A label's text and zoom band (label marks), else "". */
  label: string;
  band: string;
  /** The layer groups of the features (for the legend and filters): space-separated. */
  groups: string;
  /** For a stack: 1 for each feature (in `ids` order) outside the reader's time range, else 0 (space-separated). */
  dims: string;
}

export type StoryMarks = FeatureCollection<Geometry, MarkProperties>;

export interface MarksOptions {
  /** Positions of the basemap's place markers (data/basemap/markers.json). */
  readonly basemapMarkers: readonly Position[];
  /** The zoom bands labels are placed for (the basemap's named views). */
  readonly bands: readonly Band[];
  /** The story's extent: positions outside it are off the map (pointers and the inset show them). */
  readonly bounds: readonly number[];
  /** The features outside the reader's time range (their symbols in a stack are greyed). */
  readonly dimmed?: ReadonlySet<string>;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_SIZE = 512;
/** A statement this close to a basemap marker stands beside it (as a stack) instead of covering it. */
const NEAR_MARKER_M = 300;
/** Room left for the map's controls when placing a label in a band: [top, right, bottom, left] of the view. */
export const LABEL_INSET: readonly [number, number, number, number] = [0.14, 0.1, 0.16, 0.06];

export function radiusFactor(radiusM: number, latitude: number): number {
  return (radiusM * TILE_SIZE) / (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180));
}

function metres(a: Position, b: Position): number {
  const k = Math.cos(((a[1] as number) * Math.PI) / 180);
  const dx = ((a[0] as number) - (b[0] as number)) * k;
  const dy = (a[1] as number) - (b[1] as number);
  return Math.hypot(dx, dy) * 111_320;
}

const isBasemapCopy = (f: StoryFeature, layer: "borders" | "land") =>
  f.properties.derivation?.method === "copy" &&
  f.properties.derivation.of.some((r) => r.startsWith(`basemap:${layer}#`));

/** The label of an area several statements share: their short names, or how many they are when that is long. */
function sharedLabel(fs: readonly StoryFeature[]): string {
  const names = fs.map(shortLabel);
  const joined = names.join(" · ");
  return names.every((n) => n !== null) && joined.length <= 56 ? joined : `${fs.length} statements`;
}

/** The short name a feature has for the map (none: no direct label). */
export function shortLabel(f: StoryFeature): string | null {
  return f.properties.label ?? null;
}

export function storyMarks(features: readonly StoryFeature[], options: MarksOptions): StoryMarks {
  const byId = new Map(features.map((f) => [f.id, f]));
  const out: Feature<Geometry, MarkProperties>[] = [];
  const [w, s, e, n] = options.bounds as [number, number, number, number];
  const onMap = (p: Position) => (p[0] as number) >= w && (p[0] as number) <= e && (p[1] as number) >= s && (p[1] as number) <= n; // prettier-ignore
  const push = (
    geometry: Geometry,
    ids: readonly string[],
    p: Partial<MarkProperties> & Pick<MarkProperties, "mark" | "kind">,
  ) => {
    const fs = ids.map((id) => byId.get(id) as StoryFeature);
    const lead = fs[0] as StoryFeature;
    out.push({
      type: "Feature",
      geometry,
      properties: {
        ids: ids.join(" "),
        status: lead.properties.status,
        statuses: fs.map((f) => f.properties.status).join(" "),
        image: "",
        precision: lead.properties.precision.type,
        approximate: false,
        r0: 0,
        offset: 0,
        label: "",
        band: "",
        groups: [...new Set(fs.map((f) => groupOf(f.properties)))].join(" "),
        dims: "",
        ...p,
      },
    });
  };
  const places = placesOf(features);
  // An area's label keeps clear of the story's points in it.
  const pointsAt = places.filter((p) => p.shape === "point").map((p) => (p.geometry as GeoJSON.Point).coordinates);
  places.forEach((place, i) => {
    const fs = place.ids.map((id) => byId.get(id) as StoryFeature);
    const statuses = fs.map((f) => f.properties.status);
    if (place.shape === "point") pointMarks(place, i, fs, statuses, options, onMap, push);
    else if (place.shape === "line") {
      fs.forEach((f, k) => {
        push(place.geometry, [f.id], { mark: `l${i}-${f.id}`, kind: isBasemapCopy(f, "borders") ? "halo" : "line", offset: k - (fs.length - 1) / 2 }); // prettier-ignore
      });
    } else if (fs.every((f) => isBasemapCopy(f, "land"))) {
      // A statement about a whole basemap land: a halo inside its edge, the land keeps its colour. (Rings run
      // counter-clockwise, so on screen, where y grows downwards, the inside is to their right: positive offsets.)
      fs.forEach((f, k) => {
        push(place.geometry, [f.id], { mark: `h${i}-${f.id}`, kind: "halo", offset: k + 0.5 });
      });
    } else areaMarks(place, i, fs, statuses, { ...options, avoid: pointsAt }, push);
  });
  // Where an approximate point can be, clipped to the land the source puts it in.
  for (const f of features) {
    const extent = f.properties.precision.extent as Geometry | undefined;
    if (extent && f.geometry) push(extent, [f.id], { mark: `x-${f.id}`, kind: "extent", approximate: true });
  }
  return { type: "FeatureCollection", features: out };
}

type Push = (geometry: Geometry, ids: readonly string[], p: Partial<MarkProperties> & Pick<MarkProperties, "mark" | "kind">) => void; // prettier-ignore

function pointMarks(
  place: Place,
  i: number,
  fs: readonly StoryFeature[],
  statuses: readonly string[],
  options: MarksOptions,
  onMap: (p: Position) => boolean,
  push: Push,
): void {
  const at = (place.geometry as GeoJSON.Point).coordinates;
  if (!onMap(at)) return;
  const nearMarker = options.basemapMarkers.some((m) => metres(m, at) < NEAR_MARKER_M);
  const lead = fs[0] as StoryFeature;
  if (fs.length === 1 && !nearMarker) {
    const p = lead.properties.precision;
    const r0 = p.type === "approximate" && p.radiusM !== undefined && !p.extent ? radiusFactor(p.radiusM, at[1] as number) : 0; // prettier-ignore
    push(place.geometry, [lead.id], { mark: `p${i}`, kind: "point", image: `status-${lead.properties.status}`, r0 });
  } else {
    const dims = place.ids.map((id) => options.dimmed?.has(id) ?? false);
    push(place.geometry, place.ids, { mark: `s${i}`, kind: "stack", image: stackImage(statuses, nearMarker ? "marker" : "dot", dims), dims: dims.map(Number).join(" ") }); // prettier-ignore
  }
}

function areaMarks(
  place: Place,
  i: number,
  fs: readonly StoryFeature[],
  statuses: readonly string[],
  options: MarksOptions & { avoid: readonly Position[] },
  push: Push,
): void {
  const lead = fs[0] as StoryFeature;
  const approximate = ["approximate", "area-not-named"].includes(lead.properties.precision.type);
  const unique = [...new Set(statuses)];
  push(place.geometry, place.ids, {
    mark: `a${i}`,
    kind: "area",
    approximate,
    image: approximate ? `hatch-${unique.join("-")}` : "",
  });
  const text = fs.length > 1 ? sharedLabel(fs) : shortLabel(lead);
  if (text === null) return;
  const polygons = place.geometry.type === "Polygon" || place.geometry.type === "MultiPolygon" ? [place.geometry] : [];
  for (const band of options.bands) {
    const found = labelPoint(insetFrame(band.bounds as unknown as Frame, LABEL_INSET), polygons, { grid: 24, avoid: options.avoid }); // prettier-ignore
    if (!found || found.share < 0.01) continue;
    push({ type: "Point", coordinates: found.at }, place.ids, {
      mark: `t${i}-${band.id}`,
      kind: "label",
      label: text,
      band: band.id,
      image:
        fs.length > 1
          ? stackImage(
              statuses,
              "none",
              place.ids.map((id) => options.dimmed?.has(id) ?? false),
            )
          : "",
    });
  }
}

/** The marks that draw a feature (for feature-state on selection, hover and dimming). */
export function marksByFeature(marks: StoryMarks): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of marks.features) {
    for (const id of m.properties.ids.split(" ")) out.set(id, [...(out.get(id) ?? []), m.properties.mark]);
  }
  return out;
}
