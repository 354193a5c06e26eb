/**
 * The legend's rows: what the map draws for the visible features (their statuses and precisions) and the basemap's
 * symbols. One list for the on-screen legend and for every exported legend. No DOM.
 */
import { drawnFeatures } from "../../model/filters.ts";
import type { StoryFeature } from "../../model/types.ts";
import type { Swatch } from "../../render/marks/swatch.ts";
import { STATUS_ORDER } from "../../theme/status.ts";
import { strings } from "../../locale/en.ts";

export interface LegendRow {
  readonly label: string;
  readonly swatch: Swatch;
}

const isArea = (f: StoryFeature) => f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon";

export function legendRows(features: readonly StoryFeature[], hidden: readonly string[]): LegendRow[] {
  const visible = drawnFeatures(features, hidden);
  const has = (test: (f: StoryFeature) => boolean) => visible.some(test);
  const rows: LegendRow[] = STATUS_ORDER.filter((s) => has((f) => f.properties.status === s)).map((status) => ({
    label: strings.details.status[status],
    swatch: { kind: "status", status },
  }));
  if (has((f) => isArea(f) && ["approximate", "area-not-named"].includes(f.properties.precision.type))) {
    rows.push({ label: strings.layers.hatched, swatch: { kind: "hatch", status: "reported" } });
  }
  if (has((f) => isArea(f) && ["exact", "area"].includes(f.properties.precision.type))) {
    rows.push({ label: strings.layers.area, swatch: { kind: "area", status: "stated" } });
  }
  if (has((f) => !isArea(f) && f.properties.precision.type === "approximate")) {
    rows.push({ label: strings.layers.uncertainty, swatch: { kind: "uncertainty", status: "reported" } });
  }
  rows.push(
    { label: strings.layers.egyptGaza, swatch: { kind: "border", border: "egypt-gaza" } },
    { label: strings.layers.border, swatch: { kind: "border", border: "international" } },
    { label: strings.layers.armistice, swatch: { kind: "border", border: "armistice-1949" } },
  );
  if (!hidden.includes("labels")) {
    rows.push(
      { label: strings.layers.crossing, swatch: { kind: "marker", place: "crossing" } },
      { label: strings.layers.site, swatch: { kind: "marker", place: "site" } },
      { label: strings.layers.town, swatch: { kind: "marker", place: "town" } },
    );
  }
  return rows;
}
