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

/**
 * The story's choices of a view per paragraph (guide.views): each names a paragraph with anchored passages (a step
 * of the guided reading) and one of the story's views; a paragraph is chosen once.
 */
export function checkGuideViews(
  choices: readonly { readonly paragraph: number; readonly view: string }[],
  views: readonly NamedView[],
  featuresPerParagraph: readonly (readonly string[])[],
  file: string,
  report: Report,
): void {
  const seen = new Set<number>();
  choices.forEach(({ paragraph, view }, i) => {
    const field = `guide.views[${String(i)}]`;
    if (seen.has(paragraph)) report.error({ file, field, message: `paragraph ${String(paragraph)} is given a view twice` }); // prettier-ignore
    seen.add(paragraph);
    if (paragraph > featuresPerParagraph.length) {
      report.error({ file, field, message: `there is no paragraph ${String(paragraph)}: the article has ${String(featuresPerParagraph.length)}` }); // prettier-ignore
    } else if ((featuresPerParagraph[paragraph - 1] ?? []).length === 0) {
      report.error({ file, field, message: `paragraph ${String(paragraph)} reports nothing on the map (no passage is anchored in it), so it is not a step` }); // prettier-ignore
    }
    if (!views.some((v) => v.id === view)) {
      report.error({ file, field, message: `"${view}" is not one of the story's views (${views.map((v) => v.id).join(", ")})` }); // prettier-ignore
    }
  });
}
