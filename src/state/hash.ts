/** The URL hash is the app's only persistent state: `#view=border&story=...`. Parse and format, no DOM. */

export interface HashState {
  readonly view: string | null;
  readonly story: string | null;
}

const MAX_VALUE_LENGTH = 200;

function clean(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  return v === "" || v.length > MAX_VALUE_LENGTH ? null : v;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return { view: clean(params.get("view")), story: clean(params.get("story")) };
}

export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.story) params.set("story", state.story);
  if (state.view) params.set("view", state.view);
  const s = params.toString();
  return s ? `#${s}` : "";
}
