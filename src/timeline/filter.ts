/** Time filtering shared by the map, the text and the list. No DOM. */
import type { DateInterval } from "../model/dates.ts";

/** True when a dated feature lies wholly outside the range; undated features are never outside. */
export function outsideRange(when: DateInterval | null, range: readonly [number, number] | null): boolean {
  if (range === null || when === null) return false;
  return when.end < range[0] || when.start > range[1];
}
