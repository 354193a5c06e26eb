/**
 * The URL hash is the app's only persistent state: `#story=…&view=…&feature=…&layers=…&time=…`.
 * Parse and format only; values are checked against the story by the caller. No DOM.
 */

export interface HashState {
  readonly story: string | null;
  readonly view: string | null;
  readonly feature: string | null;
  /** Visible groups when some are hidden; null when all are visible. */
  readonly layers: readonly string[] | null;
  /** A date or interval "2024-04-10/2024-04-18"; null when no time range is set. */
  readonly time: string | null;
}

const MAX_VALUE_LENGTH = 200;

function clean(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  return v === "" || v.length > MAX_VALUE_LENGTH ? null : v;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const layers = params.get("layers");
  return {
    story: clean(params.get("story")),
    view: clean(params.get("view")),
    feature: clean(params.get("feature")),
    layers:
      layers === null || layers.length > MAX_VALUE_LENGTH
        ? null
        : layers
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s !== ""),
    time: clean(params.get("time")),
  };
}

export function formatHash(state: Partial<HashState>): string {
  const params = new URLSearchParams();
  if (state.story) params.set("story", state.story);
  if (state.view) params.set("view", state.view);
  if (state.feature) params.set("feature", state.feature);
  if (state.layers) params.set("layers", state.layers.join(","));
  if (state.time) params.set("time", state.time);
  const s = params.toString().replace(/%2C/g, ",").replace(/%2F/g, "/");
  return s ? `#${s}` : "";
}
