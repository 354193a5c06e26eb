/**
 * Layers and legend: a checkbox per group, and a legend generated from the theme that shows only what is visible
 * (the statuses and precisions of the features in visible groups, and the basemap's symbols).
 */
import { GROUPS, groupOf, type Group } from "../model/groups.ts";
import type { Story } from "../model/validate.ts";
import type { Store, UiState } from "../state/store.ts";
import { palette, statusColors, type StatusName } from "../map/theme.ts";
import { strings } from "../strings.ts";
import { areaSwatch, hatchSwatch, lineSwatch, markerSwatch, statusSwatch, uncertaintySwatch } from "./swatches.ts";

export class LayersPanel {
  private readonly legend: HTMLElement;
  private readonly boxes = new Map<Group, HTMLInputElement>();
  private readonly unsubscribe: () => void;

  constructor(
    host: HTMLElement,
    private readonly story: Story,
    private readonly store: Store,
  ) {
    const details = document.createElement("details");
    details.className = "layers-panel";
    const summary = document.createElement("summary");
    summary.textContent = strings.layers.heading;
    const fieldset = document.createElement("fieldset");
    const legendTitle = document.createElement("legend");
    legendTitle.className = "visually-hidden";
    legendTitle.textContent = strings.layers.heading;
    fieldset.append(legendTitle);
    for (const group of GROUPS) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = "layer";
      box.value = group;
      box.addEventListener("change", () => {
        const hidden = GROUPS.filter((g) => !(this.boxes.get(g)?.checked ?? true));
        this.store.set({ hidden });
      });
      this.boxes.set(group, box);
      label.append(box, document.createTextNode(` ${strings.groups[group]}`));
      fieldset.append(label);
    }
    const legendHeading = document.createElement("h3");
    legendHeading.textContent = strings.layers.legend;
    this.legend = document.createElement("ul");
    this.legend.className = "legend";
    details.append(summary, fieldset, legendHeading, this.legend);
    host.replaceChildren(details);
    this.update(store.get(), null);
    this.unsubscribe = store.subscribe((state, previous) => {
      this.update(state, previous);
    });
  }

  destroy(): void {
    this.unsubscribe();
  }

  private update(state: UiState, previous: UiState | null): void {
    if (previous && state.hidden === previous.hidden) return;
    for (const [group, box] of this.boxes) box.checked = !state.hidden.includes(group);
    this.renderLegend(state.hidden);
  }

  private renderLegend(hidden: readonly string[]): void {
    const visible = this.story.features.filter((f) => f.geometry !== null && !hidden.includes(groupOf(f.properties)));
    const rows: [SVGSVGElement, string][] = [];
    const statuses = (Object.keys(statusColors) as StatusName[]).filter((s) =>
      visible.some((f) => f.properties.status === s),
    );
    for (const s of statuses) rows.push([statusSwatch(s), strings.details.status[s]]);
    const has = (test: (p: (typeof visible)[number]) => boolean) => visible.some(test);
    const isArea = (f: (typeof visible)[number]) =>
      f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon";
    if (has((f) => isArea(f) && ["approximate", "area-not-named"].includes(f.properties.precision.type))) {
      rows.push([hatchSwatch(statusColors.reported), strings.layers.hatched]);
    }
    if (has((f) => isArea(f) && ["exact", "area"].includes(f.properties.precision.type))) {
      rows.push([areaSwatch(statusColors.stated), strings.layers.area]);
    }
    if (has((f) => !isArea(f) && f.properties.precision.type === "approximate")) {
      rows.push([uncertaintySwatch(statusColors.reported), strings.layers.uncertainty]);
    }
    rows.push([lineSwatch(palette.egyptGaza, 2.5, undefined, palette.borderCasing), strings.layers.egyptGaza]);
    rows.push([lineSwatch(palette.border, 1.4), strings.layers.border]);
    rows.push([lineSwatch(palette.armistice, 1.4, "4 3"), strings.layers.armistice]);
    if (!hidden.includes("labels")) {
      rows.push([markerSwatch("crossing"), strings.layers.crossing]);
      rows.push([markerSwatch("site"), strings.layers.site]);
      rows.push([markerSwatch("town"), strings.layers.town]);
    }
    this.legend.replaceChildren(
      ...rows.map(([swatch, label]) => {
        const li = document.createElement("li");
        const text = document.createElement("span");
        text.textContent = label;
        li.append(swatch, text);
        return li;
      }),
    );
  }
}
