/**
 * Puts a validated story on the map and keeps map and store in step: clicks and hovers on features go to the
 * store; the store's selection and hover come back as feature-state (no GeoJSON re-upload), and a selected feature
 * that is not in view is brought into view.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import { outsideRange } from "../model/filters.ts";
import { FEATURE_GROUPS } from "../model/groups.ts";
import { positionsOf } from "../model/positions.ts";
import type { Story, StoryFeature } from "../model/types.ts";
import {
  INTERACTIVE_LAYERS,
  STORY_SOURCE,
  storyAreaLayers,
  storyLineLayers,
  storyPointLayers,
} from "../render/maplibre/story-layers.ts";
import { storySource } from "../render/story-features.ts";
import type { Store } from "../state/store.ts";
import type { Emitter } from "./events.ts";
import type { HostEvents } from "./host-events.ts";
import { signalWhenIdle } from "./ready.ts";

/** How far (in CSS pixels) around the pointer a feature still counts as under it. */
const PICK_PX = 3;

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

/** Ids of the basemap's label layers (the "labels" group). */
const LABEL_LAYERS = ["place-points", "label-water", "label-region", "label-country", "label-territory"];

export interface BindingOptions {
  readonly reducedMotion: () => boolean;
  /** Whether to bring an initially selected feature into view (the embed keeps its requested view instead). */
  readonly moveToInitialSelection: boolean;
  /** The map host's events: measuring (clicks measure instead of selecting) and a lost or restored context. */
  readonly events: Emitter<HostEvents>;
}

export function bindStoryInteraction(
  map: MapLibreMap,
  story: Story,
  store: Store,
  options: BindingOptions,
): () => void {
  const { reducedMotion, moveToInitialSelection, events } = options;
  const byId = new Map(story.features.map((f) => [f.id, f]));
  const baseFilters = new Map(
    [...storyAreaLayers(), ...storyLineLayers(), ...storyPointLayers()].map((l) => [
      l.id,
      ("filter" in l ? l.filter : undefined) as ExpressionSpecification | undefined,
    ]),
  );
  // One handler for all story layers: the feature drawn on top under the pointer wins (points over lines over
  // areas), within a few pixels so that small markers are easy to hit.
  let layers: string[] = [];
  const topmost = (e: MapMouseEvent): string | null => {
    if (!live || layers.length === 0) return null;
    const { x, y } = e.point;
    const hits = map.queryRenderedFeatures(
      [
        [x - PICK_PX, y - PICK_PX],
        [x + PICK_PX, y + PICK_PX],
      ],
      { layers },
    );
    const id = hits[0]?.id;
    return typeof id === "string" ? id : null;
  };
  let measuring = false;
  const offMeasure = events.on("measure", ({ active }) => {
    measuring = active;
  });
  const onClick = (e: MapMouseEvent) => {
    if (measuring) return;
    const id = topmost(e);
    if (id !== null) store.select(id, "map");
  };
  const onMove = (e: MapMouseEvent) => {
    const id = topmost(e);
    const cursor = id === null ? "" : "pointer";
    if (map.getCanvas().style.cursor !== cursor) map.getCanvas().style.cursor = cursor;
    store.set({ hovered: id });
  };
  const onOut = () => {
    map.getCanvas().style.cursor = "";
    store.set({ hovered: null });
  };
  // The layers exist once the style has loaded: the story can be validated before that (seen under load).
  whenStyleLoaded(map, () => {
    layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
  });
  map.on("click", onClick);
  map.on("mousemove", onMove);
  map.on("mouseout", onOut);

  // While the GPU context is lost the style is gone: nothing is sent to the map, and the whole state is applied
  // again once the rebuilt style is drawn (feature-state does not survive the rebuild).
  let live = true;
  const offMode = events.on("mode", ({ mode }) => {
    if (mode === "lost" || mode === "static") live = false;
    else if (mode === "live" && !live) {
      live = true;
      const state = store.get();
      applyHidden(state.hidden);
      applyTime(state.timeRange);
      setState(state.selected, { selected: true });
      setState(state.hovered, { hovered: true });
    }
  });

  const setState = (id: string | null, state: Record<string, boolean>) => {
    if (!live || id === null || !byId.get(id)?.geometry) return;
    map.setFeatureState({ source: STORY_SOURCE, id }, state);
  };
  const applyHidden = (hidden: readonly string[]) => {
    if (!live) return;
    const visible = FEATURE_GROUPS.filter((g) => !hidden.includes(g));
    for (const [id, base] of baseFilters) {
      const groupFilter: ExpressionSpecification = ["in", ["get", "group"], ["literal", visible]];
      map.setFilter(id, base ? ["all", base, groupFilter] : groupFilter);
    }
    const labels = hidden.includes("labels") ? "none" : "visible";
    for (const id of LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", labels);
  };
  const applyTime = (range: readonly [number, number] | null) => {
    for (const f of story.features) setState(f.id, { dimmed: outsideRange(f.when, range) });
  };
  const moveTo = (feature: StoryFeature) => {
    const box = featureBounds(feature, story.bounds);
    if (!box || !live) return;
    map.fitBounds(box, {
      padding: 60,
      maxZoom: 12.5,
      animate: !reducedMotion(),
      duration: 700,
    });
    // The camera moved: the map is ready again once the new view is drawn.
    signalWhenIdle(map, map.getContainer());
  };

  // The state the page opened with (from the URL), once the style can take filters and feature-state.
  const applyInitial = () => {
    const initial = store.get();
    if (initial.hidden.length > 0) applyHidden(initial.hidden);
    if (initial.timeRange) applyTime(initial.timeRange);
    if (initial.selected) {
      setState(initial.selected, { selected: true });
      const feature = byId.get(initial.selected);
      if (feature && moveToInitialSelection) moveTo(feature);
    }
  };
  if (map.isStyleLoaded()) applyInitial();
  else map.once("load", applyInitial);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hovered !== previous.hovered) {
      setState(previous.hovered, { hovered: false });
      setState(state.hovered, { hovered: true });
    }
    if (state.hidden !== previous.hidden) applyHidden(state.hidden);
    if (state.timeRange !== previous.timeRange) applyTime(state.timeRange);
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

/**
 * Draws a validated story into the (empty) story source: one upload, when the story arrives. The story can be
 * validated before the style has loaded (the source does not exist yet): then it waits for the style.
 */
export function showStory(map: MapLibreMap, story: Story): void {
  const data = storySource(story);
  whenStyleLoaded(map, () => {
    void map.getSource<GeoJSONSource>(STORY_SOURCE)?.setData(data);
  });
}

/** Runs `fn` now if the style (with the story source) is in place, else once it has loaded. */
export function whenStyleLoaded(map: MapLibreMap, fn: () => void): void {
  if (map.getSource(STORY_SOURCE)) fn();
  else map.once("style.load", fn);
}
