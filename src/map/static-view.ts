/**
 * The map without WebGL: the static SVG map (the embed's first paint, drawn with d3-geo from the same data and
 * theme) standing in for MapLibre when the browser has no WebGL or the GPU context is lost for good. It follows
 * the store like the live map does: the view, the hidden groups and the selection (a ring); clicking a feature
 * selects it. A short notice on the map says why it is static; the list and the text keep working.
 */
import { drawStaticMap, loadPreviewBasemap } from "../embed/static-map.ts";
import type { BasemapData } from "../export/map-vector.ts";
import { positionsOf } from "../model/positions.ts";
import type { Story } from "../model/validate.ts";
import { resolveView, type ViewSet } from "../model/views.ts";
import type { Store, UiState } from "../state/store.ts";
import { svgEl } from "../ui/svg.ts";
import { selection } from "./theme.ts";
import { strings } from "../strings.ts";
import { dismissButton } from "../ui/notice.ts";

export const STATIC_ATTRIBUTE = "data-static";

export class StaticMapView {
  private basemap: Promise<BasemapData> | null = null;
  private unsubscribe: (() => void) | null = null;
  private resize: ResizeObserver | null = null;
  private readonly drawing: HTMLElement;
  private readonly message: HTMLElement;
  private readonly messageText: HTMLElement;
  private generation = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story | null,
    private readonly views: ViewSet,
    private readonly store: Store,
  ) {
    host.classList.add("static-view");
    host.hidden = true;
    this.drawing = document.createElement("div");
    this.drawing.className = "static-view-drawing";
    this.message = document.createElement("p");
    this.message.className = "static-view-notice";
    this.message.setAttribute("role", "status");
    this.messageText = document.createElement("span");
    this.message.append(
      this.messageText,
      dismissButton(() => {
        this.message.hidden = true;
      }),
    );
    const credit = document.createElement("p");
    credit.className = "static-view-credit";
    credit.textContent = `${strings.attribution.osm} · ${strings.attribution.geonames}`;
    host.append(this.drawing, this.message, credit);
    this.drawing.addEventListener("click", (e) => {
      const target = e.target instanceof Element ? e.target.closest("[data-feature]") : null;
      const id = target?.getAttribute("data-feature");
      if (id) this.store.select(id, "map");
    });
  }

  /** Puts a control (the view buttons) on the static map. */
  addControl(element: HTMLElement): void {
    element.classList.add("static-view-control");
    this.host.append(element);
  }

  get shown(): boolean {
    return !this.host.hidden;
  }

  /** Shows the static map with `notice` (why the map is static); resolves once it is drawn. */
  async show(notice: string): Promise<void> {
    this.messageText.textContent = notice;
    this.message.hidden = false;
    this.host.hidden = false;
    this.host.setAttribute(STATIC_ATTRIBUTE, "loading");
    this.basemap ??= loadPreviewBasemap();
    if (!this.unsubscribe) {
      this.unsubscribe = this.store.subscribe((state, previous) => {
        if (
          state.viewId !== previous.viewId ||
          state.hidden !== previous.hidden ||
          state.selected !== previous.selected
        )
          void this.draw(state);
      });
      this.resize = new ResizeObserver(() => void this.draw(this.store.get()));
      this.resize.observe(this.host);
    }
    await this.draw(this.store.get());
  }

  hide(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.resize?.disconnect();
    this.resize = null;
    this.host.hidden = true;
    this.host.removeAttribute(STATIC_ATTRIBUTE);
    this.drawing.replaceChildren();
  }

  private async draw(state: UiState): Promise<void> {
    const generation = ++this.generation;
    const basemap = await this.basemap;
    if (!basemap || generation !== this.generation || this.host.hidden) return;
    const view = resolveView(this.views, state.viewId).view;
    const selected = state.selected === null ? undefined : this.story?.features.find((f) => f.id === state.selected);
    const { svg, markers } = drawStaticMap(
      this.drawing,
      basemap,
      this.story ?? { features: [] },
      view.bounds,
      state.hidden,
      selected && /Point$/.test(selected.geometry?.type ?? "") ? positionsOf(selected) : [],
    );
    // The selection on top of everything: its outline again (areas and lines drawn later may cover it), and a
    // ring around each of its points.
    const chosen = [...svg.querySelectorAll("[data-feature]")].filter(
      (el) => el.getAttribute("data-feature") === state.selected,
    );
    for (const el of chosen) {
      el.classList.add("is-selected");
      const outline = svgEl("path", {
        class: "static-view-outline",
        d: el.getAttribute("d") ?? "",
        fill: "none",
        stroke: selection.stroke,
        "stroke-width": 3,
        "stroke-linejoin": "round",
        "data-feature": state.selected ?? "",
        // An approximate area stays dashed when selected: never a confident outline.
        ...(el.hasAttribute("stroke-dasharray") ? { "stroke-dasharray": "7 5" } : {}),
      });
      svg.append(outline);
    }
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `Static map: ${view.title}`);
    const box = svg.viewBox.baseVal;
    for (const m of markers) {
      if (m.x < 0 || m.y < 0 || m.x > box.width || m.y > box.height) continue;
      svg.append(
        svgEl("circle", {
          class: "static-view-ring",
          cx: m.x,
          cy: m.y,
          r: 13,
          fill: "none",
          stroke: selection.stroke,
          "stroke-width": 3,
        }),
      );
    }
    this.host.setAttribute(STATIC_ATTRIBUTE, "true");
  }
}
