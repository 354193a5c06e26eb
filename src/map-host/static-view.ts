/**
 * The static map: the one SVG map (render/svg-map, drawn with d3-geo from the same data and theme as the live map)
 * standing in for MapLibre: as the embed's first paint, without WebGL, and when the GPU context is lost for good.
 * It follows the store as the live map does: the view, the hidden groups and the selection (outlined on top, points
 * ringed); clicking a feature selects it. In the app it also carries a notice saying why it is static, the view
 * buttons and the credits (static-stand-in.ts); the list and the text keep working.
 */
import type { Story } from "../model/types.ts";
import { resolveView, type ViewSet } from "../model/views.ts";
import type { Padding } from "../render/bands.ts";
import { BASEMAP_MARKERS, BASEMAP_URLS, LABEL_BANDS, PREVIEW_URL } from "../render/basemap-files.ts";
import { loadPreviewBasemap, type BasemapData } from "../render/svg-map/basemap.ts";
import { svgMapDocument } from "../render/svg-map/map.ts";
import { toDom } from "../render/svg-tree.ts";
import type { Store, UiState } from "../state/store.ts";
import type { StaticReason } from "./host-events.ts";
import type { StandIn } from "./host.ts";
import { nextFrame } from "./after-paint.ts";

export const STATIC_ATTRIBUTE = "data-static";

export interface StaticViewOptions {
  /** The element's class ("static-view" in the app, "static-map" in the embed). */
  readonly className: string;
  /** Hears why the map is shown (the app says it in a notice), and that it is hidden (the live map took over). */
  readonly onShow?: (reason: StaticReason) => void;
  readonly onHide?: () => void;
  /** The live map's camera padding, so the static map frames a view as the live map does. */
  readonly padding: (host: HTMLElement) => Padding;
  /** The basemap, if it is already being loaded (the embed starts it with the story). */
  readonly basemap?: Promise<BasemapData>;
}

/** Starts loading the light basemap the static map draws. */
export function previewBasemap(): Promise<BasemapData> {
  return loadPreviewBasemap(PREVIEW_URL, BASEMAP_URLS, (url) => fetch(url));
}

/** The state a page's build draws its static map in: the story's default view, nothing hidden or selected. */
function isBuildState(state: UiState, views: ViewSet): boolean {
  return state.viewId === views.defaultId && state.hidden.length === 0 && state.selected === null;
}

export class StaticMapView implements StandIn {
  private basemap: Promise<BasemapData> | null = null;
  private unsubscribe: (() => void) | null = null;
  private resize: ResizeObserver | null = null;
  private readonly drawing: HTMLElement;
  private generation = 0;
  /** Set while the live map starts: redraws wait for the next show. */
  private held = false;
  /** Why the static map is shown: a preview's redraw may be made needless by the live map. */
  private reason: StaticReason = "preview";
  /** Whether the drawing is the page's own from the build (scaled to the box); it stays until the state changes. */
  private fromBuild: boolean;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story | null,
    private readonly views: ViewSet,
    private readonly store: Store,
    private readonly options: StaticViewOptions,
  ) {
    this.basemap = options.basemap ?? null;
    host.classList.add(options.className);
    const written = host.querySelector<HTMLElement>(":scope > .static-view-drawing");
    this.fromBuild = written?.dataset.build === story?.id && story !== null;
    if (written) {
      this.drawing = written;
    } else {
      host.hidden = true;
      this.drawing = document.createElement("div");
      this.drawing.className = "static-view-drawing";
      host.append(this.drawing);
    }
    this.drawing.addEventListener("click", (e) => {
      const target = e.target instanceof Element ? e.target.closest("[data-feature]") : null;
      // A mark of several statements selects them in turn, as on the live map.
      const ids = (target?.getAttribute("data-features") ?? target?.getAttribute("data-feature") ?? "").split(" ");
      const i = ids.indexOf(this.store.get().selected ?? "");
      const id = ids[(i + 1) % ids.length];
      if (id) this.store.select(id, "map");
    });
  }

  /** Puts an element (a notice, the view buttons, the credits) on the static map. */
  addControl(element: HTMLElement): void {
    this.host.append(element);
  }

  /** Shows the static map (with the notice for `reason`); resolves once it is drawn. */
  async show(reason: StaticReason): Promise<void> {
    this.held = false;
    this.reason = reason;
    this.options.onShow?.(reason);
    this.host.hidden = false;
    if (!this.unsubscribe) {
      this.unsubscribe = this.store.subscribe((state, previous) => {
        if (
          state.viewId !== previous.viewId ||
          state.hidden !== previous.hidden ||
          state.selected !== previous.selected
        )
          void this.draw(state);
      });
      // The build's drawing scales with its box; a drawing of the box's own size is made again when it changes.
      this.resize = new ResizeObserver(() => {
        if (!this.fromBuild) void this.draw(this.store.get());
      });
      this.resize.observe(this.host);
    }
    if (this.fromBuild && isBuildState(this.store.get(), this.views)) {
      this.painted();
      return;
    }
    await this.draw(this.store.get());
  }

  private painted(): void {
    this.host.setAttribute(STATIC_ATTRIBUTE, "true");
    this.host.dataset.painted = "true";
  }

  hold(): void {
    this.held = true;
  }

  hide(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.resize?.disconnect();
    this.resize = null;
    this.host.hidden = true;
    this.options.onHide?.();
    this.host.removeAttribute(STATIC_ATTRIBUTE);
    this.drawing.replaceChildren();
    this.fromBuild = false;
  }

  private async draw(state: UiState): Promise<void> {
    const generation = ++this.generation;
    if (!this.fromBuild) this.host.setAttribute(STATIC_ATTRIBUTE, "loading");
    this.basemap ??= previewBasemap();
    const basemap = await this.basemap;
    // Drawing is one long task: in a preview, the reader's input waiting for the next frame (a reach for the map,
    // which starts the live map and makes this drawing needless) goes first. The static map that is the map (no
    // WebGL, a context lost for good) draws at once.
    if (this.reason === "preview") await nextFrame();
    if (generation !== this.generation || this.host.hidden || this.held) return;
    const view = resolveView(this.views, state.viewId).view;
    const box = this.host.getBoundingClientRect();
    const width = Math.max(1, Math.round(box.width));
    const height = Math.max(1, Math.round(box.height));
    const { svg } = svgMapDocument(
      {
        width,
        height,
        unit: 1,
        bounds: view.bounds,
        basemap,
        features: this.story?.features ?? [],
        hidden: state.hidden,
        selected: state.selected,
        padding: this.options.padding(this.host),
        bands: LABEL_BANDS,
        basemapMarkers: BASEMAP_MARKERS,
        storyBounds: this.story?.bounds ?? [-180, -90, 180, 90],
        named: this.story?.article ?? "",
      },
      { role: "img", "aria-label": `Static map: ${view.title}` },
    );
    this.drawing.replaceChildren(toDom(svg));
    delete this.drawing.dataset.build;
    this.fromBuild = false;
    this.painted();
  }
}
