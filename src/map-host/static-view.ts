/**
 * The static map: the one SVG map (render/svg-map, drawn with d3-geo from the same data and theme as the live map)
 * standing in for MapLibre: as the page's first paint, without WebGL, and when the GPU context is lost for good.
 * It is framed and laid out as the live map is (the same camera, the same room kept clear of the controls, the same
 * layout of names and marks), so the swap to the live map changes nothing a reader sees. It follows the store as the
 * live map does: the view, the hidden groups, the time range and the selection; clicking a mark selects it. The
 * page's build drew it for a common box: the page keeps that drawing where its box and controls are the build's,
 * and lays it out again where they are not. In the app it also carries a notice saying why it is static and the view
 * buttons (static-stand-in.ts); the list and the text keep working.
 */
import { dimmedBy } from "../model/filters.ts";
import type { Story } from "../model/types.ts";
import { resolveView, type ViewSet } from "../model/views.ts";
import type { Padding } from "../render/bands.ts";
import { BASEMAP_BOUNDS, BASEMAP_URLS, LABEL_BANDS } from "../render/basemap-files.ts";
import type { Rect } from "../render/layout/boxes.ts";
import { cameraKey, constrain, fitCamera, holdBounds, type Camera } from "../render/layout/camera.ts";
import { loadFullBasemap, type BasemapData } from "../render/svg-map/basemap.ts";
import { obstaclesKey } from "../render/svg-map/map.ts";
import { toDom } from "../render/svg-tree.ts";
import type { Store, UiState } from "../state/store.ts";
import { MAP_FONT_STACK } from "../theme/fonts.ts";
import type { StaticReason } from "./host-events.ts";
import type { StandIn } from "./host.ts";
import { LAYOUT_EVENT } from "../panels/legend/map-key.ts";
import { StaticDrawer } from "./static-drawing.ts";
import type { StaticDrawRequest } from "./static-draw.ts";

export const STATIC_ATTRIBUTE = "data-static";

export interface StaticViewOptions {
  /** The element's class ("static-view" in the app, "static-map" in the embed). */
  readonly className: string;
  /** Hears why the map is shown (the app says it in a notice), and that it is hidden (the live map took over). */
  readonly onShow?: (reason: StaticReason) => void;
  readonly onHide?: () => void;
  /** The live map's camera padding, so the static map frames a view as the live map does. */
  readonly padding: (host: HTMLElement) => Padding;
  /** What stands over the map (controls, the key), as the live map's overlay sees it: names keep clear of it. */
  readonly obstacles: (host: HTMLElement) => Rect[];
  /** The basemap, if it is already being loaded. */
  readonly basemap?: Promise<BasemapData>;
}

let loading: Promise<BasemapData> | null = null;

/** The basemap the static map draws: the live map's own files (loaded once per page; the browser caches them). */
export function mapBasemap(): Promise<BasemapData> {
  loading ??= loadFullBasemap(BASEMAP_URLS, (url) => fetch(url));
  return loading;
}

/** The state a page's build draws its static map in: the story's default view, nothing hidden or selected. */
function isBuildState(state: UiState, views: ViewSet): boolean {
  return (
    state.viewId === views.defaultId && state.hidden.length === 0 && state.selected === null && state.timeRange === null && state.focus === null // prettier-ignore
  );
}

export class StaticMapView implements StandIn {
  private basemap: Promise<BasemapData> | null = null;
  private drawer: StaticDrawer | null = null;
  private unsubscribe: (() => void) | null = null;
  private resize: ResizeObserver | null = null;
  private readonly drawing: HTMLElement;
  private generation = 0;
  /** Set while the live map starts: redraws wait for the next show. */
  private held = false;
  /** Whether the drawing is still the page's own from the build (for this story). */
  private fromBuild: boolean;
  /** What the drawing on show was laid out for (camera and room kept clear): a change draws it again. */
  private drawnFor = "";

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
    this.options.onShow?.(reason);
    this.host.hidden = false;
    if (!this.unsubscribe) {
      this.unsubscribe = this.store.subscribe((state, previous) => {
        const changed = state.viewId !== previous.viewId || state.hidden !== previous.hidden || state.selected !== previous.selected || state.timeRange !== previous.timeRange || state.focus !== previous.focus; // prettier-ignore
        if (changed) void this.draw(state);
      });
      // A drawing is laid out for its box and the controls over it: made again when they change.
      this.resize = new ResizeObserver(() => {
        if (this.frame(this.store.get()).key !== this.drawnFor) void this.draw(this.store.get());
      });
      this.resize.observe(this.host);
      // The key folded or unfolded changes the room the names have.
      for (const key of this.host.parentElement?.querySelectorAll(".map-key") ?? []) this.resize.observe(key);
    }
    await this.draw(this.store.get());
  }

  private painted(): void {
    this.host.setAttribute(STATIC_ATTRIBUTE, "true");
    this.host.dataset.painted = "true";
    // How many names the drawing on show had no room for (the key says so).
    const shown = [...this.drawing.querySelectorAll<SVGSVGElement>("svg[data-not-shown]")].find((svg) => svg.getBoundingClientRect().width > 0); // prettier-ignore
    const notShown = Number(shown?.dataset.notShown ?? 0);
    this.host.dispatchEvent(new CustomEvent(LAYOUT_EVENT, { bubbles: true, detail: { notShown } }));
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
    this.drawnFor = "";
  }

  /** The box's camera for the state's view and the room kept clear over it, and both as one key. */
  private frame(state: UiState): { camera: Camera; obstacles: Rect[]; key: string } {
    const view = resolveView(this.views, state.viewId).view;
    const box = this.host.getBoundingClientRect();
    const size = { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)), unit: 1 };
    // Framed as the live map frames it: fitted to the view, held within the story's extent.
    const hold = holdBounds(this.story?.bounds ?? BASEMAP_BOUNDS, BASEMAP_BOUNDS);
    const camera = constrain(fitCamera(view.bounds, size, this.options.padding(this.host)), hold);
    const obstacles = this.options.obstacles(this.host);
    return { camera, obstacles, key: `${cameraKey(camera)}|${obstaclesKey(obstacles)}` };
  }

  /** The build's drawing for this camera, if the page has one and the state is the build's. */
  private builtFor(state: UiState, camera: Camera): SVGSVGElement | null {
    if (!this.fromBuild || !isBuildState(state, this.views)) return null;
    const key = cameraKey(camera);
    return [...this.drawing.querySelectorAll<SVGSVGElement>("svg[data-camera]")].find((s) => s.dataset.camera === key) ?? null; // prettier-ignore
  }

  private async draw(state: UiState): Promise<void> {
    const generation = ++this.generation;
    const frame = this.frame(state);
    const built = this.builtFor(state, frame.camera);
    // The build laid this box out with these controls: its drawing is the one the live map would lay out.
    if (built && built.dataset.obstacles === obstaclesKey(frame.obstacles)) {
      this.drawnFor = frame.key;
      this.painted();
      return;
    }
    // Drawing (or laying out) again, off the main thread: the map is not the drawing on show until it is done.
    this.host.setAttribute(STATIC_ATTRIBUTE, "loading");
    this.drawer ??= new StaticDrawer(this.story && { features: this.story.features, storyBounds: this.story.bounds, named: this.story.article }, () => (this.basemap ??= mapBasemap())); // prettier-ignore
    const input = this.input(state, frame);
    const view = resolveView(this.views, state.viewId).view;
    const layoutOnly = this.builtFor(state, frame.camera) !== null;
    const drawn = await this.drawer.draw({ part: layoutOnly ? "layout" : "map", input, attrs: { role: "img", "aria-label": `Static map: ${view.title}` } }); // prettier-ignore
    if (generation !== this.generation || this.host.hidden || this.held) return;
    const builtNow = this.builtFor(state, frame.camera);
    if (layoutOnly && builtNow) {
      // The same camera, other controls: only the names and marks are laid out again.
      builtNow.querySelector(".map-layout")?.replaceWith(toDom(drawn.svg));
      builtNow.dataset.obstacles = obstaclesKey(frame.obstacles);
      builtNow.dataset.notShown = String(drawn.notShown);
    } else if (layoutOnly) {
      // The build's drawing went while the layout was made: draw the whole map.
      this.fromBuild = false;
      return this.draw(state);
    } else {
      this.drawing.replaceChildren(toDom(drawn.svg));
      delete this.drawing.dataset.build;
      this.fromBuild = false;
    }
    this.drawnFor = frame.key;
    this.painted();
  }

  private input(state: UiState, frame: { camera: Camera; obstacles: Rect[] }): StaticDrawRequest["input"] {
    const features = this.story?.features ?? [];
    return {
      width: frame.camera.width,
      height: frame.camera.height,
      unit: 1,
      bounds: resolveView(this.views, state.viewId).view.bounds,
      camera: frame.camera,
      hidden: state.hidden,
      selected: state.selected,
      focus: state.focus,
      padding: this.options.padding(this.host),
      bands: LABEL_BANDS,
      obstacles: frame.obstacles,
      dimmed: new Set(features.filter((f) => dimmedBy(f, state)).map((f) => f.id)),
      extent: BASEMAP_BOUNDS,
      fontFamily: MAP_FONT_STACK,
    };
  }
}
