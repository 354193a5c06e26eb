/**
 * The legend's rows: what the map draws for the visible features (their statuses and precisions) and the basemap's
 * symbols. One list for the on-screen legend and for every exported legend. No DOM.
 */
import { drawnFeatures } from "../../model/filters.ts";
import { placesOf } from "../../model/places.ts";
import { positionsOf } from "../../model/positions.ts";
import type { StoryFeature } from "../../model/types.ts";
import type { Swatch } from "../../render/marks/swatch.ts";
import { STATUS_ORDER } from "../../theme/status.ts";
import { strings } from "../../locale/en.ts";

export interface LegendRow {
  readonly label: string;
  readonly swatch: Swatch;
  /** Rows about the story's marks (the on-map key shows these); the others are the basemap's. */
  readonly story: boolean;
  /** The label in a compact key. */
  readonly short: string;
}

const isArea = (f: StoryFeature) => f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon";

const isBasemapCopy = (f: StoryFeature) =>
  f.properties.derivation?.method === "copy" && f.properties.derivation.of.some((r) => r.startsWith("basemap:"));

/**
 * The legend of what is drawn: the statuses of the visible features, then how precision and shared places are drawn,
 * then the basemap's symbols. `within`, when given, keeps only the features with a position in it (an export's view).
 */
export function legendRows(
  features: readonly StoryFeature[],
  hidden: readonly string[],
  within?: readonly number[],
): LegendRow[] {
  const inView = (f: StoryFeature) => {
    if (!within) return true;
    const [w, s, e, n] = within as [number, number, number, number];
    return positionsOf(f).some(([x, y]) => (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n); // prettier-ignore
  };
  const visible = drawnFeatures(features, hidden).filter(inView);
  const has = (test: (f: StoryFeature) => boolean) => visible.some(test);
  const k = strings.key;
  const story = (label: string, short: string, swatch: Swatch): LegendRow => ({ label, short, swatch, story: true });
  const basemap = (label: string, swatch: Swatch): LegendRow => ({ label, short: label, swatch, story: false });
  const rows: LegendRow[] = STATUS_ORDER.filter((s) => has((f) => f.properties.status === s)).map((status) =>
    story(strings.details.status[status], strings.details.status[status], { kind: "status", status }),
  );
  if (has((f) => isArea(f) && ["approximate", "area-not-named"].includes(f.properties.precision.type))) {
    rows.push(story(strings.layers.hatched, k.hatched, { kind: "hatch", status: "reported" }));
  }
  if (has((f) => isArea(f) && !isBasemapCopy(f) && ["exact", "area"].includes(f.properties.precision.type))) {
    rows.push(story(strings.layers.area, k.area, { kind: "area", status: "stated" }));
  }
  if (has((f) => !isArea(f) && f.properties.precision.type === "approximate")) {
    rows.push(story(strings.layers.uncertainty, k.uncertainty, { kind: "uncertainty", status: "reported" }));
  }
  const shared = placesOf(visible).find((p) => p.ids.length > 1);
  if (shared) {
    const statuses = shared.ids.map((id) => visible.find((f) => f.id === id)?.properties.status ?? "context");
    rows.push(story(strings.layers.stack, k.stack, { kind: "stack", statuses }));
  }
  if (has(isBasemapCopy)) rows.push(story(strings.layers.halo, k.halo, { kind: "halo", status: "stated" }));
  rows.push(
    basemap(strings.layers.egyptGaza, { kind: "border", border: "egypt-gaza" }),
    basemap(strings.layers.border, { kind: "border", border: "international" }),
    basemap(strings.layers.armistice, { kind: "border", border: "armistice-1949" }),
  );
  if (!hidden.includes("labels")) {
    rows.push(
      basemap(strings.layers.crossing, { kind: "marker", place: "crossing" }),
      basemap(strings.layers.site, { kind: "marker", place: "site" }),
      basemap(strings.layers.town, { kind: "marker", place: "town" }),
    );
  }
  return rows;
}
