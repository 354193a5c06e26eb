/**
 * Off-map pointers on the live map: a button at the view's edge for each place the report names beyond the
 * regional map, in its direction from the view's centre (render/pointers.ts), with its distance and the symbols of
 * what is said there. A click (or Enter) selects its statements in turn. It follows the camera; it owns its DOM.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Story } from "../model/types.ts";
import type { Padding } from "../render/bands.ts";
import { stackLayout, stackMarks } from "../render/marks/stack.ts";
import { marksToSvg } from "../render/marks/svg.ts";
import { offMapPlaces, placePointers, type OffMapPlace } from "../render/pointers.ts";
import { h, toDom } from "../render/svg-tree.ts";
import type { Store } from "../state/store.ts";
import type { StatusName } from "../theme/status.ts";
import { strings } from "../locale/en.ts";
import { nextOf } from "./story-binding.ts";

function badge(statuses: readonly string[]): SVGElement {
  const layout = stackLayout(statuses as StatusName[], "none");
  return toDom(h("svg", { width: layout.width, height: layout.height, "aria-hidden": "true", focusable: "false" }, marksToSvg(stackMarks(layout, 0, 0)))); // prettier-ignore
}

export class OffMapPointers {
  private readonly layer: HTMLElement;
  private readonly buttons: { place: OffMapPlace; button: HTMLButtonElement; arrow: HTMLElement; text: HTMLElement }[];

  constructor(
    private readonly map: MapLibreMap,
    story: Story,
    store: Store,
    private readonly padding: () => Padding,
  ) {
    const byId = new Map(story.features.map((f) => [f.id, f]));
    this.layer = document.createElement("div");
    this.layer.className = "offmap-pointers";
    this.buttons = offMapPlaces(story.features, story.bounds).map((place) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "offmap-pointer";
      button.dataset.features = place.ids.join(" ");
      const arrow = document.createElement("span");
      arrow.className = "offmap-arrow";
      arrow.setAttribute("aria-hidden", "true");
      const text = document.createElement("span");
      text.className = "offmap-text";
      button.append(arrow, badge(place.statuses), text);
      const titles = place.ids.map((id) => byId.get(id)?.properties.title ?? id);
      button.addEventListener("click", () => {
        const id = nextOf(place.ids, store.get().selected);
        if (id !== null) store.select(id, "map");
      });
      button.title = titles.join(" · ");
      this.layer.append(button);
      return { place, button, arrow, text };
    });
    map.getContainer().append(this.layer);
    map.on("move", this.update);
    map.on("resize", this.update);
    this.update();
  }

  private readonly update = () => {
    const box = this.map.getContainer().getBoundingClientRect();
    const c = this.map.getCenter();
    const padding = this.padding();
    const pointers = placePointers(
      this.buttons.map((b) => b.place),
      [c.lng, c.lat],
      box,
      padding,
    );
    const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
    pointers.forEach((p, i) => {
      const b = this.buttons[i];
      if (!b) return;
      b.text.textContent = p.text;
      b.button.setAttribute("aria-label", strings.offMap.pointer(p.text, b.button.title));
      b.arrow.style.transform = `rotate(${p.bearing.toFixed(0)}deg)`;
      // The whole tag inside the view, clear of the controls' room.
      const w = b.button.offsetWidth / 2;
      const hh = b.button.offsetHeight / 2;
      const x = Math.min(Math.max(p.tag[0], padding.left + w + 4), box.width - padding.right - w - 4);
      let y = Math.min(Math.max(p.tag[1], padding.top + hh + 4), box.height - padding.bottom - hh - 4);
      // Two pointers in nearly one direction: the later one moves down, clear of the first.
      for (const o of placed) if (x - w < o.x1 && x + w > o.x0 && y - hh < o.y1 && y + hh > o.y0) y = o.y1 + hh + 4;
      placed.push({ x0: x - w, y0: y - hh, x1: x + w, y1: y + hh });
      b.button.style.transform = `translate(${(x - w).toFixed(1)}px, ${(y - hh).toFixed(1)}px)`;
    });
  };

  destroy(): void {
    this.map.off("move", this.update);
    this.map.off("resize", this.update);
    this.layer.remove();
  }
}
