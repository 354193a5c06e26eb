/** The embed's live map, loaded on demand (dynamic import) when the embed comes into view. */
import "maplibre-gl/dist/maplibre-gl.css";

export { createMap } from "../map-host/live-map.ts";
export { showStoryLive } from "../map-host/live-story.ts";
