/**
 * Layers and legend: a checkbox per group, and a legend generated from the theme that shows only what is visible
 * (the statuses and precisions of the features in visible groups, and the basemap's symbols).
 */
import { GROUPS, type Group } from "../../model/groups.ts";
import type { Story } from "../../model/types.ts";
import type { Store, UiState } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";
import { legendRows } from "./rows.ts";
import { swatchSvg } from "./swatch-svg.ts";

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
    this.legend.replaceChildren(
      ...legendRows(this.story.features, hidden).map((row) => {
        const li = document.createElement("li");
        const text = document.createElement("span");
        text.textContent = row.label;
        li.append(swatchSvg(row.swatch), text);
        return li;
      }),
    );
  }
}
