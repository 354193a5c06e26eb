/**
 * A warning for each located feature that lies wholly outside the story's default view (a reader would not see
 * it on opening the map). Off-map features are meant to be outside: their pointers show them. After the first 20
 * such features, one warning counts the rest (a story of thousands of points is not buried in warnings). No DOM.
 */
import { positionsOf } from "./positions.ts";
import type { Report } from "./report.ts";
import type { StoryFeature } from "./types.ts";
import type { NamedView } from "./views.ts";

const LISTED = 20;

export function checkDefaultViewFraming(
  features: readonly StoryFeature[],
  indexOf: ReadonlyMap<string, number>,
  defaultView: NamedView | undefined,
  file: string,
  report: Report,
): void {
  if (!defaultView) return;
  const [w, s, e, n] = defaultView.bounds;
  let outside = 0;
  for (const f of features) {
    if (f.properties.precision.type === "off-map") continue;
    const positions = positionsOf(f);
    if (positions.length === 0) continue;
    if (positions.some(([x, y]) => x !== undefined && y !== undefined && x >= w && x <= e && y >= s && y <= n))
      continue;
    if (++outside > LISTED) continue;
    report.warn({
      file,
      featureId: f.id,
      field: `features[${String(indexOf.get(f.id) ?? 0)}].geometry`,
      message: `lies outside the default view "${defaultView.id}": a reader opening the map will not see it (choose another default view, or make it off-map)`, // prettier-ignore
    });
  }
  if (outside > LISTED) {
    report.warn({ file, message: `${String(outside - LISTED)} more located features lie outside the default view "${defaultView.id}"` }); // prettier-ignore
  }
}
