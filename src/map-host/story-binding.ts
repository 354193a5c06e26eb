/**
 * Puts a validated story on the live map and keeps map and store in step. The story is drawn as marks (one place,
 * one mark: render/story-marks.ts); clicks and hovers on marks go to the store (a mark of several statements
 * selects them in turn); the store's selection, hover and time range come back as feature-state on the marks that
 * draw each feature (no GeoJSON re-upload); hiding a group redraws the marks of the visible features once. A
 * selected feature that is not in view is brought into view, with a minimum of context around it.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import { dimmedBy, inHiddenGroup } from "../model/filters.ts";
import { positionsOf } from "../model/positions.ts";
import type { Story, StoryFeature } from "../model/types.ts";
import { interactiveLayers, STORY_SOURCE } from "../render/maplibre/story-layers.ts";
import { addMissingImage } from "../render/maplibre/images.ts";
import { marksByFeature, storyMarks, type MarksOptions, type StoryMarks } from "../render/story-marks.ts";
import type { Store, UiState } from "../state/store.ts";
import type { Emitter } from "./events.ts";
import type { HostEvents } from "./host-events.ts";
import { signalWhenIdle } from "./ready.ts";

/** How far (in CSS pixels) around the pointer a feature still counts as under it. */
const PICK_PX = 3;
/** A selection is never shown closer than this: the smallest box the camera moves to, in km. */
export const MIN_CONTEXT_KM = 5;
export const MAX_SELECTION_ZOOM = 12.5;

/** Bounds of the feature's positions that lie inside `within` (so off-map ends are left out), or null. */
export function featureBounds(f: StoryFeature, within: readonly number[]): [number, number, number, number] | null {
  const positions = positionsOf(f);
  const [w, s, e, n] = within as [number, number, number, number];
  const inside = positions.filter(
    ([x, y]) => (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n,
  );
  if (inside.length === 0) return null;
  const xs = inside.map((p) => p[0] as number);
  const ys = inside.map((p) => p[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The box the camera frames when a feature is selected: its positions on the map, with context around them. */
export function selectionBounds(f: StoryFeature, within: readonly number[]): [number, number, number, number] | null {
  const box = featureBounds(f, within);
  return box && withContext(box, MIN_CONTEXT_KM);
}

/** The box grown around its centre to at least `km` on each side (a selection with context around it). */
export function withContext(
  box: readonly [number, number, number, number],
  km: number,
): [number, number, number, number] {
  const [w, s, e, n] = box;
  const cy = (s + n) / 2;
  const cx = (w + e) / 2;
  const halfLat = Math.max((n - s) / 2, km / 2 / 111.32);
  const halfLon = Math.max((e - w) / 2, km / 2 / (111.32 * Math.cos((cy * Math.PI) / 180)));
  return [cx - halfLon, cy - halfLat, cx + halfLon, cy + halfLat];
}

export interface BindingOptions {
  readonly reducedMotion: () => boolean;
  /** Whether to bring an initially selected feature into view (the embed keeps its requested view instead). */
  readonly moveToInitialSelection: boolean;
  /** The map host's events: measuring (clicks measure instead of selecting) and a lost or restored context. */
  readonly events: Emitter<HostEvents>;
  /** What the marks are built with (basemap markers, the story's extent). */
  readonly marks: MarksOptions;
  /** The camera padding for the map's controls. */
  readonly padding: () => { top: number; right: number; bottom: number; left: number };
}

/** The next feature a click on a mark selects: its first, or the one after the selected one (in turn). */
export function nextOf(ids: readonly string[], selected: string | null): string | null {
  const i = selected === null ? -1 : ids.indexOf(selected);
  return ids[(i + 1) % ids.length] ?? null;
}

export function bindStoryInteraction(
  map: MapLibreMap,
  story: Story,
  store: Store,
  options: BindingOptions,
): () => void {
  const { reducedMotion, moveToInitialSelection, events } = options;
  const byId = new Map(story.features.map((f) => [f.id, f]));
  let marks: StoryMarks = { type: "FeatureCollection", features: [] };
  let marksOf = new Map<string, string[]>();
  let live = true;
  let measuring = false;

  const idsUnder = (e: MapMouseEvent): string[] => {
    if (!live) return [];
    const layers = interactiveLayers().filter((id) => map.getLayer(id));
    if (layers.length === 0) return [];
    const { x, y } = e.point;
    const hits = map.queryRenderedFeatures([[x - PICK_PX, y - PICK_PX], [x + PICK_PX, y + PICK_PX]], { layers }); // prettier-ignore
    const ids = (hits[0]?.properties as { ids?: unknown } | undefined)?.ids;
    return typeof ids === "string" ? ids.split(" ") : [];
  };
  const onClick = (e: MapMouseEvent) => {
    if (measuring) return;
    const ids = idsUnder(e);
    const id = nextOf(ids, store.get().selected);
    if (id !== null) store.select(id, "map");
  };
  const onMove = (e: MapMouseEvent) => {
    const id = idsUnder(e)[0] ?? null;
    const cursor = id === null ? "" : "pointer";
    if (map.getCanvas().style.cursor !== cursor) map.getCanvas().style.cursor = cursor;
    store.set({ hovered: id });
  };
  const onOut = () => {
    map.getCanvas().style.cursor = "";
    store.set({ hovered: null });
  };
  map.on("click", onClick);
  map.on("mousemove", onMove);
  map.on("mouseout", onOut);
  const offMeasure = events.on("measure", ({ active }) => {
    measuring = active;
  });

  const setState = (id: string | null, state: Record<string, boolean>) => {
    if (!live || id === null) return;
    for (const mark of marksOf.get(id) ?? []) map.setFeatureState({ source: STORY_SOURCE, id: mark }, state);
  };
  /** Dims the marks whose features are all outside the time range or the guided step. */
  const applyDims = (state: Pick<UiState, "timeRange" | "focus">) => {
    if (!live) return;
    for (const m of marks.features) {
      const dim = m.properties.ids.split(" ").every((id) => {
        const f = byId.get(id);
        return f ? dimmedBy(f, state) : false;
      });
      map.setFeatureState({ source: STORY_SOURCE, id: m.properties.mark }, { dimmed: dim });
    }
  };
  /** Draws the geometry of the features in visible groups (one upload), and puts the reader's state back on it. */
  const draw = (hidden: readonly string[]) => {
    if (!live) return;
    marks = storyMarks(
      story.features.filter((f) => !inHiddenGroup(f, hidden)),
      options.marks,
    );
    marksOf = marksByFeature(marks);
    // Composite hatches are drawn now, before the tiles ask for them.
    for (const image of new Set(marks.features.map((m) => m.properties.image))) if (image) addMissingImage(map, image);
    void map.getSource<GeoJSONSource>(STORY_SOURCE)?.setData(marks);
    const state = store.get();
    applyDims(state);
    setState(state.selected, { selected: true });
    setState(state.hovered, { hovered: true });
  };
  // While the GPU context is lost the style is gone: nothing is sent to the map, and the whole state is applied
  // again once the rebuilt style is drawn (feature-state does not survive the rebuild).
  const offMode = events.on("mode", ({ mode }) => {
    if (mode === "lost" || mode === "static") live = false;
    else if (mode === "live" && !live) {
      live = true;
      draw(store.get().hidden);
    }
  });
  const moveTo = (feature: StoryFeature) => {
    const box = selectionBounds(feature, story.bounds);
    if (!box || !live) return;
    map.fitBounds(box, {
      padding: options.padding(),
      maxZoom: MAX_SELECTION_ZOOM,
      animate: !reducedMotion(),
      duration: 700,
    });
    // The camera moved: the map is ready again once the new view is drawn.
    signalWhenIdle(map, map.getContainer());
  };

  // The story as it opens (with the URL's state), once the style has its source.
  whenStyleLoaded(map, () => {
    const initial = store.get();
    draw(initial.hidden);
    const feature = initial.selected === null ? undefined : byId.get(initial.selected);
    if (feature && moveToInitialSelection) moveTo(feature);
  });

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hidden !== previous.hidden) draw(state.hidden);
    if (state.hovered !== previous.hovered) {
      setState(previous.hovered, { hovered: false });
      setState(state.hovered, { hovered: true });
    }
    if (state.timeRange !== previous.timeRange || state.focus !== previous.focus) applyDims(state);
    if (state.selected !== previous.selected) {
      setState(previous.selected, { selected: false });
      setState(state.selected, { selected: true });
      performance.mark("rafah-map:highlighted");
      const feature = state.selected === null ? undefined : byId.get(state.selected);
      if (feature && state.selectedFrom !== "map") moveTo(feature);
    }
  });
  return () => {
    unsubscribe();
    offMeasure();
    offMode();
    map.off("click", onClick);
    map.off("mousemove", onMove);
    map.off("mouseout", onOut);
  };
}

/** Runs `fn` now if the style (with the story source) is in place, else once it has loaded. */
export function whenStyleLoaded(map: MapLibreMap, fn: () => void): void {
  if (map.getSource(STORY_SOURCE)) fn();
  else map.once("style.load", fn);
}
