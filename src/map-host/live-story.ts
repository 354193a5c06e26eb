/**
 * What only the live map needs, kept apart from the host so that pages start without it (the embed loads it with
 * MapLibre): the story drawn and bound to the store, and the measuring tool, both speaking through the host's events.
 */
import type { Story } from "../model/types.ts";
import type { MapHost } from "./host.ts";
import { marksOptions, rangesFor } from "./live-map.ts";
import { MeasureControl } from "./measure-control.ts";
import { OffMapPointers } from "./offmap-pointers.ts";
import { placeSortKey } from "../render/maplibre/layers.ts";
import { bindStoryInteraction, whenStyleLoaded } from "./story-binding.ts";

/** Draws the story on the host's live map and binds it to the store (the embed keeps its view on a selection). */
export function showStoryLive(host: MapHost, story: Story, moveToInitialSelection: boolean): void {
  const map = host.live;
  const store = host.store;
  if (!map || !store) return;
  const container = map.getContainer();
  new OffMapPointers(map, story, store, host.padding);
  whenStyleLoaded(map, () => {
    map.setLayoutProperty("place-points", "symbol-sort-key", placeSortKey(story.article));
  });
  bindStoryInteraction(map, story, store, {
    reducedMotion: host.reducedMotion,
    moveToInitialSelection,
    events: host.events,
    marks: marksOptions(story),
    padding: host.padding,
    ranges: () => rangesFor(container, host.padding()),
  });
}

/** A measuring tool whose switching on and off the host announces ("measure" events). */
export function measureControl(host: MapHost): MeasureControl {
  return new MeasureControl((active) => {
    host.events.emit("measure", { active });
  });
}
