/**
 * The one layout of a map frame: given the story, the camera, the frame and the rectangles of what stands over the
 * map (controls, the key), it places every name, mark, callout, leader line and pointer in one priority order (the
 * story's places and statements, then country, territory and water names, then other places), each where it
 * covers nothing placed before it and nothing of what stands over the map, and says what it left out. The static
 * SVG map, every export and the live map's overlay draw this. Pure and deterministic: it runs in node and in the
 * browser alike.
 */
import type { Position } from "geojson";
import type { StoryFeature } from "../../model/types.ts";
import { Occupancy, segmentHits, type Rect } from "./boxes.ts";
import { positionsOf } from "../../model/positions.ts";
import { project, unproject, type Camera } from "./camera.ts";
import { LayoutContext } from "./context.ts";
import { placeAreaLabel, placeLineLabel } from "./place-areas.ts";
import { placeAreaName, placeNeighbourhood, placePlace, type AreaName, type Neighbourhood } from "./place-names.ts";
import { placeNumbers } from "./place-numbers.ts";
import { placePoints } from "./place-points.ts";
import { placePointers } from "./place-pointers.ts";
import { Regions, take, type Land } from "./regions.ts";
import { storyPlaces, type AreaPlace, type BasemapPlace, type PointPlace, type StoryPlaces } from "./story-places.ts";
import type { MapLayout } from "./types.ts";

export interface LayoutBasemap {
  readonly lands: readonly Land[];
  /** The basemap's extent: nothing is drawn beyond it. */
  readonly extent: readonly number[];
  readonly places: readonly BasemapPlace[];
  readonly areaNames: readonly AreaName[];
  readonly neighbourhoods: readonly Neighbourhood[];
}

export interface LayoutInput {
  readonly camera: Camera;
  readonly basemap: LayoutBasemap;
  /** The story's features drawn (in the visible groups). */
  readonly features: readonly StoryFeature[];
  readonly storyBounds: readonly number[];
  /** The story's text: the places it names are named first, and named places are found in its passages. */
  readonly article: string;
  /** What stands over the map (controls, the key, notices), in output pixels of the frame. */
  readonly obstacles?: readonly Rect[];
  /** Features outside the reader's time range (their symbols are greyed). */
  readonly dimmed?: ReadonlySet<string>;
  /** An export's footnote numbers, by feature. */
  readonly numbers?: ReadonlyMap<string, number>;
  /** Whether the basemap's names are shown (the reader can hide them). */
  readonly names?: boolean;
  /** The short name of an off-map place ("Tehran"). */
  readonly nameAt?: (at: Position) => string | null;
  /** Neighbourhoods are named from this zoom; region names (Sinai, Negev) up to `regionsUntilZoom`. */
  readonly neighbourhoodsFromZoom?: number;
  readonly regionsUntilZoom?: number;
  /**
   * Statements placed before the lands' names and the other statements (the reader's selection, the guided step's
   * statements, when the layout without them had no room for them: what a reader asked for is always on the map).
   */
  readonly first?: readonly string[];
}

/** The raster's cell, in CSS pixels. */
const CELL = 4;

/**
 * Whether a box covers the story's own areas, territories or lines (a pointer must not stand there): the labelled
 * areas and the territories by their cells, the others (a story may have hundreds) by their boxes.
 */
function storyCover(ctx: LayoutContext, places: StoryPlaces, labelled: readonly AreaPlace[]): (box: Rect) => boolean {
  const regions = [...labelled, ...places.callouts].filter((a) => projectedBox(ctx, a.geometry) !== null).map((a) => ctx.areaRegion(a.key, a.geometry)); // prettier-ignore
  const others = places.areas.filter((a) => !labelled.includes(a)).flatMap((a) => { const b = projectedBox(ctx, a.geometry); return b ? [b] : []; }); // prettier-ignore
  const segments = places.lines.flatMap((l) => {
    const g = l.geometry;
    const lines: Position[][] = g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : []; // prettier-ignore
    return lines.flatMap((line) => {
      const xy = line.map((p) => project(ctx.camera, p));
      return xy.slice(1).map((b, i) => [...(xy[i] as [number, number]), ...b] as [number, number, number, number]);
    });
  });
  const hits = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
  return (box) => regions.some((r) => r.touches(1, box)) || others.some((o) => hits(o, box)) || segments.some(([a, b, c, d]) => segmentHits(a, b, c, d, box)); // prettier-ignore
}

/** An area seen on the frame as an area (it is labelled), as a spot (smaller than this, CSS px), or barely at all. */
const SPOT_PX = 24;
const SLIVER_CELLS = 12;
/** At most this many areas are labelled on one frame (the largest): a story of hundreds would bury the map. */
const MAX_AREAS = 60;

/** The projected box of a polygon, or null when it lies wholly outside the frame. */
function projectedBox(ctx: LayoutContext, g: AreaPlace["geometry"]): Rect | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of g.type === "Polygon" ? g.coordinates : g.coordinates.flat()) {
    for (const p of ring) {
      const [x, y] = project(ctx.camera, p);
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return x1 < 0 || y1 < 0 || x0 > ctx.camera.width || y0 > ctx.camera.height ? null : { x0, y0, x1, y1 };
}

function sizeUp(ctx: LayoutContext, all: readonly AreaPlace[]): { areas: AreaPlace[]; spots: PointPlace[] } {
  const areas: AreaPlace[] = [];
  const spots: PointPlace[] = [];
  const big: { a: AreaPlace; size: number }[] = [];
  for (const a of all) {
    const box = projectedBox(ctx, a.geometry);
    if (!box) continue;
    if (box.x1 - box.x0 < SPOT_PX * ctx.u && box.y1 - box.y0 < SPOT_PX * ctx.u) {
      const at = unproject(ctx.camera, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2);
      spots.push({ key: a.key, ids: a.ids, statuses: a.statuses, at, onMarker: null, named: null });
    } else big.push({ a, size: (box.x1 - box.x0) * (box.y1 - box.y0) });
  }
  for (const { a } of big.sort((x, y) => y.size - x.size).slice(0, MAX_AREAS)) {
    if (ctx.areaRegion(a.key, a.geometry).count(1) >= SLIVER_CELLS) areas.push(a);
  }
  return { areas, spots };
}

/** A point of a feature that the frame shows (for a numbered marker that has no label to stand beside). */
function visiblePoint(ctx: LayoutContext, places: StoryPlaces, id: string): { x: number; y: number } | null {
  const area = [...places.areas, ...places.callouts].find((a) => a.ids.includes(id));
  if (area) {
    const pole = take(ctx.areaRegion(area.key, area.geometry).cellsOf(1), 1)[0];
    return pole ? { x: pole.x, y: pole.y } : null;
  }
  const f = ctx.byId.get(id);
  for (const p of f ? positionsOf(f) : []) {
    const [x, y] = project(ctx.camera, p);
    if (ctx.occ.inFrame({ x0: x, y0: y, x1: x, y1: y })) return { x, y };
  }
  return null;
}

/** The story's places, derived once for a set of features and a basemap (they do not depend on the camera). */
const derived = new WeakMap<readonly unknown[], WeakMap<readonly BasemapPlace[], StoryPlaces>>();
function placesOfStory(input: LayoutInput): StoryPlaces {
  let byBasemap = derived.get(input.features);
  if (!byBasemap) derived.set(input.features, (byBasemap = new WeakMap()));
  let places = byBasemap.get(input.basemap.places);
  if (!places) byBasemap.set(input.basemap.places, (places = storyPlaces(input.features, input.storyBounds, input.article, input.basemap.places))); // prettier-ignore
  return places;
}

export function layoutMap(input: LayoutInput): MapLayout {
  const { camera } = input;
  const u = camera.unit;
  const regions = new Regions(camera, input.basemap.lands, CELL * u, input.basemap.extent);
  const occ = new Occupancy(camera.width, camera.height, 2 * u, 2 * u);
  for (const o of input.obstacles ?? []) occ.add(o);
  const byId = new Map(input.features.map((f) => [f.id, f]));
  const ctx = new LayoutContext(camera, occ, regions, byId, input.dimmed ?? new Set(), input.basemap.extent);
  const places = placesOfStory(input);

  // An area too small on this frame to be seen as one is a spot: its statements join the points (and their
  // stacks); one that barely reaches into the frame is not labelled here.
  const { areas, spots } = sizeUp(ctx, places.areas);

  // The story first: the symbols on its places. Then the lands' names, before the badges and labels of the
  // statements (which can stand beside what they are about, on leaders): a reader must first tell which side of a
  // border is which. Then the statements.
  const points = placePoints(ctx, [...places.points, ...spots]);
  const names = input.names === false ? [] : input.basemap.areaNames;
  const byRole = (role: AreaName["role"]) => names.filter((n) => n.role === role);
  // The statements placed first: their labels, before anything else that could take their room.
  const first = new Set(input.first ?? []);
  const has = (p: { ids: readonly string[] }) => p.ids.some((id) => first.has(id));
  const inSpot = (a: AreaPlace) => spots.some((s) => s.key === a.key);
  const firstAreas = places.areas.filter((a) => has(a) && projectedBox(ctx, a.geometry) !== null && !inSpot(a));
  const firstCallouts = places.callouts.filter((c) => has(c) && projectedBox(ctx, c.geometry) !== null);
  const firstLines = places.lines.filter(has);
  const labelled = [...firstAreas.filter((a) => !areas.includes(a)), ...areas];
  for (const a of firstAreas) placeAreaLabel(ctx, a, "area");
  for (const c of firstCallouts) placeAreaLabel(ctx, c, "callout");
  for (const l of firstLines) placeLineLabel(ctx, l);

  for (const n of [...byRole("country"), ...byRole("territory")]) placeAreaName(ctx, n);
  const hosts = points.movable();
  for (const p of hosts.markers) placePlace(ctx, p, "host");
  const nearDrawn = input.names === false ? [] : hosts.near.filter((p) => placePlace(ctx, p, "near"));
  for (const a of areas) if (!firstAreas.includes(a)) placeAreaLabel(ctx, a, "area");
  const areaRegions = labelled.map((a) => ctx.areaRegion(a.key, a.geometry));
  for (const c of places.callouts) if (!firstCallouts.includes(c)) placeAreaLabel(ctx, c, "callout", (box) => areaRegions.some((r) => r.touches(1, box))); // prettier-ignore
  placePointers(ctx, places.offMap, { nameAt: input.nameAt ?? (() => null), onStory: storyCover(ctx, places, labelled) }); // prettier-ignore
  for (const l of places.lines) if (!firstLines.includes(l)) placeLineLabel(ctx, l);
  if (input.numbers && input.numbers.size > 0) placeNumbers(ctx, input.numbers, (id) => visiblePoint(ctx, places, id));

  // Then the basemap's other names.
  if (input.names !== false) {
    for (const n of byRole("water")) placeAreaName(ctx, n);
    const drawn = new Set([...hosts.named, ...hosts.markers, ...nearDrawn].map((p) => p.name));
    const named = (p: BasemapPlace) => (new RegExp(`\\b${p.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(input.article) ? -10 : 0); // prettier-ignore
    const towns = input.basemap.places.filter((p) => !drawn.has(p.name)).map((p) => ({ p, key: p.rank + named(p) }));
    for (const { p } of towns.sort((a, b) => a.key - b.key || a.p.name.localeCompare(b.p.name))) placePlace(ctx, p);
    if (camera.zoom >= (input.neighbourhoodsFromZoom ?? Infinity)) {
      for (const n of input.basemap.neighbourhoods) placeNeighbourhood(ctx, n);
    }
    if (camera.zoom <= (input.regionsUntilZoom ?? -Infinity)) for (const n of byRole("region")) placeAreaName(ctx, n);
  }
  return { camera, items: ctx.items, notShown: ctx.notShown, notOnMap: places.unlocated };
}
