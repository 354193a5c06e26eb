/**
 * The map host's states and events. The map area is in one mode at a time:
 * - preview: the static first paint, before the live map is asked for (the embed);
 * - starting: the live map is loading;
 * - live: the live map is drawn;
 * - lost: the live map's GPU context is lost (it may come back);
 * - static: the static map stands in for good (no WebGL, or the context did not come back in time).
 */
export type HostMode = "preview" | "starting" | "live" | "lost" | "static";

/** Why the static map is shown. */
export type StaticReason = "preview" | "no-webgl" | "context-lost";

export interface HostEvents {
  /** The mode changed. */
  mode: { readonly mode: HostMode; readonly previous: HostMode };
  /** The map area became ready (data-ready="true"): the live map is drawn, or the static map stands in for good. */
  ready: { readonly mode: HostMode };
  /** The measuring tool was switched on or off (while on, clicks measure instead of selecting). */
  measure: { readonly active: boolean };
  /** The reader moved the camera (a pan, a zoom, a rotation by hand): what follows the text gives way. */
  gesture: Record<string, never>;
  /** The camera came to rest: on a named view (moved there by its button or the URL), or on none (null). */
  camera: { readonly view: string | null };
}
