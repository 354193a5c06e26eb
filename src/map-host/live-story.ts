/**
 * What only the live map needs, kept apart from the host so that pages start without it (the embed loads it with
 * MapLibre): the story's geometry drawn and bound to the store, its names and marks laid out over the map (the
 * overlay), and the measuring tool, all speaking through the host's events.
 */
import type { Story } from "../model/types.ts";
import type { Rect } from "../render/layout/boxes.ts";
import type { MapHost } from "./host.ts";
import { marksOptions } from "./live-map.ts";
import { MeasureControl } from "./measure-control.ts";
import { LayoutOverlay } from "./overlay.ts";
import { gateReady } from "./ready.ts";
import { mapBasemap } from "./static-view.ts";
import { bindStoryInteraction } from "./story-binding.ts";

/**
 * Draws the story on the host's live map and binds it to the store (the embed keeps its view on a selection); with
 * no story (one that could not be loaded), the basemap's names only.
 */
export function showStoryLive(
  host: MapHost,
  story: Story | null,
  moveToInitialSelection: boolean,
  obstacles: (box: HTMLElement) => Rect[],
): LayoutOverlay | null {
  const map = host.live;
  const store = host.store;
  if (!map || !store) return null;
  const overlay = new LayoutOverlay(map, story, store, { basemap: mapBasemap(), padding: host.padding, obstacles });
  gateReady(map.getContainer(), overlay.drawn);
  if (!story) return overlay;
  bindStoryInteraction(map, story, store, {
    reducedMotion: host.reducedMotion,
    moveToInitialSelection,
    events: host.events,
    marks: marksOptions(story),
    padding: host.padding,
  });
  return overlay;
}

/** A measuring tool whose switching on and off the host announces ("measure" events). */
export function measureControl(host: MapHost): MeasureControl {
  return new MeasureControl((active) => {
    host.events.emit("measure", { active });
  });
}
