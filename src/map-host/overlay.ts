/**
 * The live map's names and marks: the layout (render/layout) drawn as SVG over MapLibre's canvas, by the same code
 * as the static map, so the two show the same names, marks, callouts and pointers at the same places. While the
 * camera moves, every item follows the point it belongs to; when it comes to rest (or the box, the controls over
 * it, the selection, the hidden groups or the time range change) the frame is laid out again. A click on a mark or
 * a label selects its statements in turn; a pointer at the frame's edge is a button.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { dimmedBy } from "../model/filters.ts";
import type { Story } from "../model/types.ts";
import type { Padding } from "../render/bands.ts";
import { BASEMAP_BOUNDS, LABEL_BANDS } from "../render/basemap-files.ts";
import type { Rect } from "../render/layout/boxes.ts";
import { project, type Camera } from "../render/layout/camera.ts";
import { layoutSvg, markSelected } from "../render/layout/to-svg.ts";
import type { MapLayout } from "../render/layout/types.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import { layoutOfMap, obstaclesKey } from "../render/svg-map/map.ts";
import { SVG_NS, toDom } from "../render/svg-tree.ts";
import type { Store, UiState } from "../state/store.ts";
import { MAP_FONT_STACK } from "../theme/fonts.ts";
import { strings } from "../locale/en.ts";
import { LAYOUT_EVENT } from "../panels/legend/map-key.ts";
import { cameraOfMap } from "./live-map.ts";
import { nextOf } from "./story-binding.ts";

export interface OverlayOptions {
  readonly basemap: Promise<BasemapData>;
  readonly padding: () => Padding;
  readonly obstacles: (box: HTMLElement) => Rect[];
}

export class LayoutOverlay {
  private readonly svg: SVGSVGElement;
  private layout: MapLayout | null = null;
  private basemap: BasemapData | null = null;
  private readonly unsubscribe: () => void;
  private readonly watch: ResizeObserver;
  /** Settles once the first layout is drawn (the map is ready only then). */
  readonly drawn: Promise<void>;

  /** `story` null: the basemap's names only (the editor's map, whose draft is drawn by the editor itself). */
  constructor(
    private readonly map: MapLibreMap,
    private readonly story: Story | null,
    private readonly store: Store,
    private readonly options: OverlayOptions,
  ) {
    const container = map.getContainer();
    this.svg = document.createElementNS(SVG_NS, "svg");
    this.svg.setAttribute("class", "map-overlay");
    this.svg.setAttribute("aria-hidden", "false");
    // Over the canvas, under the controls.
    container.querySelector(".maplibregl-canvas-container")?.after(this.svg);
    this.drawn = options.basemap.then((b) => {
      this.basemap = b;
      this.relayout();
    });
    map.on("move", this.follow);
    map.on("moveend", this.soon);
    map.on("resize", this.soon);
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.hidden !== previous.hidden || state.timeRange !== previous.timeRange || state.focus !== previous.focus)
        this.relayout(); // prettier-ignore
      else {
        // A selection or a hover changes no place: the drawn layout marks it (a selection it has no room for is
        // laid out again, placed first).
        if (state.selected !== previous.selected) {
          if (state.selected !== null && !this.layout?.items.some((i) => i.ids.includes(state.selected ?? "")))
            this.relayout(); // prettier-ignore
          else markSelected(this.svg, state.selected);
        }
        if (state.hovered !== previous.hovered) this.markHovered(state.hovered);
      }
    });
    // The controls over the map (the key folded or unfolded, a notice) change the room the names have.
    this.watch = new ResizeObserver(() => {
      this.relayout();
    });
    for (const el of container.parentElement?.querySelectorAll(".map-key, .guide-control") ?? [])
      this.watch.observe(el);
    this.svg.addEventListener("click", this.onClick);
    this.svg.addEventListener("keydown", this.onKey);
    this.svg.addEventListener("mouseover", this.onHover);
    this.svg.addEventListener("mouseleave", () => {
      this.store.set({ hovered: null });
    });
  }

  /** The layout on screen (null before the basemap is in). */
  get current(): MapLayout | null {
    return this.layout;
  }

  /**
   * Lays out again once the event that asks for it has been heard by every listener (a microtask: before the next
   * frame and before the map says it is idle, so the ready signal always follows a laid out map).
   */
  private pending = false;
  private readonly soon = () => {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.relayout();
    });
  };

  private readonly relayout = () => {
    if (!this.basemap) return;
    const state = this.store.get();
    const camera = cameraOfMap(this.map);
    const input = this.input(state, this.basemap, camera);
    this.layout = layoutOfMap(input, camera);
    this.svg.dataset.obstacles = obstaclesKey(input.obstacles ?? []);
    const group = toDom(layoutSvg(this.layout, { fontFamily: MAP_FONT_STACK, selected: state.selected }));
    for (const item of group.querySelectorAll<SVGGElement>(".layout-pointer")) {
      item.setAttribute("tabindex", "0");
      item.setAttribute("role", "button");
      const ids = (item.dataset.features ?? "").split(" ");
      const titles = ids.map((id) => this.story?.features.find((f) => f.id === id)?.properties.title ?? id);
      item.setAttribute("aria-label", strings.offMap.pointer(item.querySelector("text")?.textContent ?? "", titles.join(" · "))); // prettier-ignore
    }
    this.svg.setAttribute("width", String(camera.width));
    this.svg.setAttribute("height", String(camera.height));
    this.svg.setAttribute("viewBox", `0 0 ${camera.width} ${camera.height}`);
    this.svg.dataset.camera = `${camera.center[0].toFixed(6)},${camera.center[1].toFixed(6)},${camera.zoom.toFixed(4)},${camera.width}x${camera.height}@1`; // prettier-ignore
    this.svg.replaceChildren(group);
    this.markHovered(state.hovered);
    this.svg.dispatchEvent(new CustomEvent(LAYOUT_EVENT, { bubbles: true, detail: { notShown: this.layout.notShown.length } })); // prettier-ignore
  };

  /** The marks and labels of the hovered feature are marked (no new layout: a class). */
  private markHovered(id: string | null): void {
    for (const g of this.svg.querySelectorAll<SVGGElement>(".layout-item[data-features]")) {
      g.classList.toggle("is-hovered", id !== null && (g.dataset.features ?? "").split(" ").includes(id));
    }
  }

  /** While the camera moves, each item keeps to the point it belongs to (laid out again when it stops). */
  private readonly follow = () => {
    const layout = this.layout;
    if (!layout) return;
    const now = cameraOfMap(this.map);
    for (const g of this.svg.querySelectorAll<SVGGElement>(".layout-item[data-at]")) {
      const [lon, lat] = (g.dataset.at ?? "").split(",").map(Number) as [number, number];
      const [x0, y0] = project(layout.camera, [lon, lat]);
      const [x1, y1] = project(now, [lon, lat]);
      g.setAttribute("transform", `translate(${(x1 - x0).toFixed(1)} ${(y1 - y0).toFixed(1)})`);
    }
  };

  private input(state: UiState, basemap: BasemapData, camera: Camera): Parameters<typeof layoutOfMap>[0] {
    const features = this.story?.features ?? [];
    return {
      basemap,
      features,
      hidden: state.hidden,
      selected: state.selected,
      focus: state.focus,
      padding: this.options.padding(),
      bands: LABEL_BANDS,
      storyBounds: this.story?.bounds ?? BASEMAP_BOUNDS,
      named: this.story?.article ?? "",
      obstacles: this.options.obstacles(this.map.getContainer()),
      dimmed: new Set(features.filter((f) => dimmedBy(f, state)).map((f) => f.id)),
      extent: BASEMAP_BOUNDS,
      fontFamily: MAP_FONT_STACK,
      camera,
    };
  }

  private idsAt(target: EventTarget | null): string[] {
    const item = target instanceof Element ? target.closest<SVGGElement>(".layout-item[data-features]") : null;
    return item ? (item.dataset.features ?? "").split(" ").filter((id) => id !== "") : [];
  }

  private readonly onClick = (e: MouseEvent) => {
    const id = nextOf(this.idsAt(e.target), this.store.get().selected);
    if (id !== null) this.store.select(id, "map");
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const id = nextOf(this.idsAt(e.target), this.store.get().selected);
    if (id === null) return;
    e.preventDefault();
    this.store.select(id, "map");
  };

  private readonly onHover = (e: MouseEvent) => {
    const id = this.idsAt(e.target)[0] ?? null;
    if (this.store.get().hovered !== id) this.store.set({ hovered: id });
  };

  destroy(): void {
    this.unsubscribe();
    this.watch.disconnect();
    this.map.off("move", this.follow);
    this.map.off("moveend", this.soon);
    this.map.off("resize", this.soon);
    this.svg.remove();
  }
}
