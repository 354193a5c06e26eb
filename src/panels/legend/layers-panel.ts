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
import { all, el, ensureMarkup, flag } from "../dom.ts";

/** The legend's rows for what is visible (the full labels; the on-map key uses the short ones). */
export function legendItems(doc: Document, story: Story, hidden: readonly string[]): HTMLLIElement[] {
  return legendRows(story.features, hidden).map((row) => {
    const li = el(doc, "li");
    li.append(swatchSvg(row.swatch, doc), el(doc, "span", undefined, row.label));
    return li;
  });
}

/** The panel's markup: the groups' checkboxes (all on) and the legend of everything. */
export function layersMarkup(doc: Document, story: Story): Node[] {
  const details = el(doc, "details", "layers-panel");
  const fieldset = el(doc, "fieldset");
  fieldset.append(el(doc, "legend", "visually-hidden", strings.layers.heading));
  for (const group of GROUPS) {
    const label = el(doc, "label");
    const box = el(doc, "input");
    box.type = "checkbox";
    box.name = "layer";
    box.value = group;
    flag(box, "checked", true);
    label.append(box, doc.createTextNode(` ${strings.groups[group]}`));
    fieldset.append(label);
  }
  const legend = el(doc, "ul", "legend");
  legend.append(...legendItems(doc, story, []));
  details.append(el(doc, "summary", undefined, strings.layers.heading), fieldset, el(doc, "h3", undefined, strings.layers.legend), legend); // prettier-ignore
  return [details];
}

export class LayersPanel {
  private readonly legend: HTMLElement;
  private readonly boxes = new Map<Group, HTMLInputElement>();
  private readonly unsubscribe: () => void;

  constructor(
    host: HTMLElement,
    private readonly story: Story,
    private readonly store: Store,
  ) {
    ensureMarkup(host, story.id, (doc) => layersMarkup(doc, story));
    for (const box of all<HTMLInputElement>(host, "input[name=layer]")) {
      const group = GROUPS.find((g) => g === box.value);
      if (group) this.boxes.set(group, box);
    }
    host.addEventListener("change", () => {
      const hidden = GROUPS.filter((g) => !(this.boxes.get(g)?.checked ?? true));
      this.store.set({ hidden });
    });
    this.legend = host.querySelector<HTMLElement>(".legend") ?? el(host.ownerDocument, "ul", "legend");
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
    // The legend from the build shows everything: it is written again only when something is hidden.
    if (previous || state.hidden.length > 0) this.legend.replaceChildren(...legendItems(this.legend.ownerDocument, this.story, state.hidden)); // prettier-ignore
  }
}
