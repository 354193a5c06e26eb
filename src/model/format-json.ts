/**
 * The story files' JSON layout, shared by the authoring scripts and the editor: two-space indentation, each
 * coordinate pair (or short number array) on one line. The repository's formatter (prettier) then has the last
 * word (scripts/stories/io.ts in node, src/editor/format.ts in the browser). No DOM.
 */
export function formatGeoJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      /\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)(?:,\s+(-?[\d.e+-]+))?\s+\]/g,
      (_m, a, b, c) =>
        c === undefined ? `[${String(a)}, ${String(b)}]` : `[${String(a)}, ${String(b)}, ${String(c)}]`,
    ) + "\n"
  );
}
