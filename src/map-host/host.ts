/**
 * The map area as one state machine (modes in host-events.ts): the live MapLibre map, the static SVG map that
 * stands in for it, and a lost GPU context between the two. It owns the ready signal on its container, follows the
 * store's view, and tells the rest through typed events. The app and the embed both use it; neither knows how the
 * modes change.
 *
 *   preview ─start→ starting ─idle→ live ─context lost→ lost ─restored, idle→ live
 *                      │                                  └──after giveUpMs──→ static ─restored, idle→ live
 *                      └──no WebGL──→ static
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { resolveView, type ViewSet } from "../model/views.ts";
import type { Padding } from "../render/bands.ts";
import type { Store } from "../state/store.ts";
import { Emitter } from "./events.ts";
import type { HostEvents, HostMode, StaticReason } from "./host-events.ts";
import { READY_ATTRIBUTE, STATIC_PAINT_MARK, markBusy, signalWhenIdle } from "./ready.ts";

/** How long a lost context may take to come back before the static map is shown. */
export const GIVE_UP_MS = 3000;
export const CONTEXT_ATTRIBUTE = "data-context";

/** The static map, as the host drives it (map-host/static-view.ts). */
export interface StandIn {
  /** Shows the static map for this reason; resolves once it is drawn. */
  show(reason: StaticReason): Promise<void>;
  /**
   * The live map is starting: what is drawn holds the box until the live map is drawn, and a redraw not yet made
   * is dropped (it would only delay the live map). The next `show` draws again.
   */
  hold(): void;
  hide(): void;
}

export interface HostOptions {
  /** The map's container (#map): it carries the ready signal and the context state. */
  readonly container: HTMLElement;
  /** Padding around a view's bounds, in CSS pixels (room for the controls). */
  readonly padding: () => Padding;
  readonly reducedMotion: () => boolean;
  readonly giveUpMs?: number;
}

/** What the host follows once the story is known (the live map may start before). */
export interface Attachment {
  readonly store: Store;
  readonly views: ViewSet;
  /** Makes the static map when it is first needed (its code can load then). */
  readonly standIn: () => Promise<StandIn>;
}

export class MapHost {
  readonly events = new Emitter<HostEvents>();
  private current: HostMode = "preview";
  private map: MapLibreMap | null = null;
  private startedOn: string | null = null;
  private standIn: Promise<StandIn> | null = null;
  private staticShown = false;
  private giveUp: number | undefined;
  /** The named view the camera is on, or null after any other move (a selection, the reader's pan or zoom). */
  private onView: string | null = null;
  private attachment: Attachment | null = null;
  private readonly attached: Promise<Attachment>;
  private resolveAttached: (a: Attachment) => void = () => undefined;

  constructor(private readonly options: HostOptions) {
    this.attached = new Promise((resolve) => {
      this.resolveAttached = resolve;
    });
  }

  /** Follows the store's view from now on (and moves the live map there if it started on another). */
  attach(attachment: Attachment): void {
    this.attachment = attachment;
    const { store, container } = { store: attachment.store, container: this.options.container };
    container.dataset.view = store.get().viewId;
    store.subscribe((state, previous) => {
      if (state.viewId === previous.viewId) return;
      container.dataset.view = state.viewId;
      this.fitView(state.viewId);
    });
    if (this.startedOn !== null && this.startedOn !== store.get().viewId) this.fitView(store.get().viewId);
    this.resolveAttached(attachment);
  }

  /** The store the host follows (once attached). */
  get store(): Store | null {
    return this.attachment?.store ?? null;
  }

  get reducedMotion(): () => boolean {
    return this.options.reducedMotion;
  }

  get padding(): () => Padding {
    return this.options.padding;
  }

  /** The named view the camera is on (null when it has moved elsewhere). */
  get cameraView(): string | null {
    return this.onView;
  }

  get mode(): HostMode {
    return this.current;
  }

  /** The live map, once it has been created (null without WebGL or before it starts). */
  get live(): MapLibreMap | null {
    return this.map;
  }

  /**
   * The static first paint, shown until the live map is drawn (not a ready map: it is a preview). `drawn` says the
   * page has already drawn it (the embed paints before it loads the host).
   */
  async preview(drawn = false): Promise<void> {
    if (drawn || this.map) {
      const { standIn: make } = await this.attached;
      this.standIn ??= make();
      this.staticShown = true;
      return;
    }
    await this.showStatic("preview");
    performance.mark(STATIC_PAINT_MARK);
  }

  /**
   * Starts the live map. `create` makes it in the container, or throws when the device has no WebGL (MapLibre
   * throws and fires no error event): then the static map stands in for good.
   */
  start(create: () => MapLibreMap, viewId: string): MapLibreMap | null {
    this.startedOn = viewId;
    let map: MapLibreMap;
    try {
      map = create();
    } catch (error) {
      console.warn(error);
      void this.standStatic("no-webgl");
      return null;
    }
    this.map = map;
    void this.standIn?.then((s) => {
      if (this.current === "starting") s.hold();
    });
    this.setMode("starting");
    this.watchContext(map);
    this.whenDrawn(map);
    this.onView = viewId;
    // A resize moves the camera too, but leaves it on its view.
    let resized = false;
    map.on("resize", () => {
      resized = true;
    });
    map.on("movestart", (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent) this.events.emit("gesture", {});
    });
    map.on("moveend", (e) => {
      const view = (e as { rafahView?: unknown }).rafahView;
      if (typeof view === "string") this.onView = view;
      else if (!resized) this.onView = null;
      resized = false;
      this.events.emit("camera", { view: this.onView });
    });
    return map;
  }

  /** Frames the camera's named view again (the room for the controls changed), if the camera is on one. */
  refit(): void {
    if (this.onView !== null) this.fitView(this.onView);
  }

  /** Moves the map to a named view (the static map follows the store on its own). */
  fitView(id: string): void {
    const map = this.map;
    const views = this.attachment?.views;
    if (!map || !views || this.current === "lost" || this.current === "static") return;
    const [w, s, e, n] = resolveView(views, id).view.bounds;
    map.fitBounds([[w, s], [e, n]], { padding: this.options.padding(), animate: !this.options.reducedMotion(), duration: 800 }, { rafahView: id }); // prettier-ignore
    this.whenDrawn(map);
  }

  private setMode(mode: HostMode): void {
    if (mode === this.current) return;
    const previous = this.current;
    this.current = mode;
    this.events.emit("mode", { mode, previous });
  }

  private signalReady(): void {
    this.options.container.setAttribute(READY_ATTRIBUTE, "true");
    this.events.emit("ready", { mode: this.current });
  }

  /** Clears the ready signal and sets it again once the live map is idle (the first time: the map is live). */
  private whenDrawn(map: MapLibreMap): void {
    signalWhenIdle(map, this.options.container, () => {
      if (this.current === "starting" || this.current === "lost" || this.current === "static") this.liveAgain();
      this.events.emit("ready", { mode: this.current });
    });
  }

  private liveAgain(): void {
    if (this.staticShown) void this.hideStatic();
    this.setMode("live");
  }

  private async showStatic(reason: StaticReason): Promise<void> {
    const { standIn: make } = await this.attached;
    this.standIn ??= make();
    const standIn = await this.standIn;
    this.staticShown = true;
    if (reason === "preview" && this.current === "starting") {
      standIn.hold(); // the live map started meanwhile: the build's drawing holds the box
      return;
    }
    await standIn.show(reason);
  }

  private async hideStatic(): Promise<void> {
    this.staticShown = false;
    (await this.standIn)?.hide();
  }

  /** The static map as the map, for good (until a lost context comes back). */
  private async standStatic(reason: StaticReason): Promise<void> {
    this.setMode("static");
    await this.showStatic(reason);
    if (this.current !== "static") return;
    this.signalReady();
    performance.mark(STATIC_PAINT_MARK);
  }

  private watchContext(map: MapLibreMap): void {
    const container = this.options.container;
    let viewWhenLost: string | null = null;
    map.on("webglcontextlost", () => {
      viewWhenLost = this.attachment?.store.get().viewId ?? null;
      markBusy(container);
      container.setAttribute(CONTEXT_ATTRIBUTE, "lost");
      this.setMode("lost");
      window.clearTimeout(this.giveUp);
      this.giveUp = window.setTimeout(() => void this.standStatic("context-lost"), this.options.giveUpMs ?? GIVE_UP_MS);
    });
    map.on("webglcontextrestored", () => {
      window.clearTimeout(this.giveUp);
      container.setAttribute(CONTEXT_ATTRIBUTE, "restored");
      // The camera is where it was, unless the reader chose another view while the static map was shown.
      const a = this.attachment;
      if (a && a.store.get().viewId !== viewWhenLost) {
        const [w, s, e, n] = resolveView(a.views, a.store.get().viewId).view.bounds;
        map.fitBounds([[w, s], [e, n]], { padding: this.options.padding(), animate: false }, { rafahView: a.store.get().viewId }); // prettier-ignore
      }
      this.whenDrawn(map);
    });
  }
}
