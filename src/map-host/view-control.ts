/**
 * A map control that lists the named views as buttons; it owns its DOM and listeners. A button sets the store's
 * view (and brings the camera back to it when it is the store's view already). On the live map the pressed button
 * is the view the camera is on, and none is pressed when the camera has moved elsewhere (a selection, the reader).
 */
import type { IControl } from "maplibre-gl";
import type { NamedView } from "../model/views.ts";
import type { Store } from "../state/store.ts";
import type { MapHost } from "./host.ts";
import { strings } from "../locale/en.ts";

export class ViewControl implements IControl {
  private container: HTMLElement | null = null;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly views: readonly NamedView[],
    private readonly store: Store,
    /** The live map's host (the static map has no camera of its own: its buttons follow the store). */
    private readonly host: MapHost | null = null,
  ) {}

  onAdd(): HTMLElement {
    const group = document.createElement("div");
    group.className = "maplibregl-ctrl view-control";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", strings.views.groupLabel);
    for (const view of this.views) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = view.title;
      button.title = view.description;
      button.dataset.view = view.id;
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => {
        if (this.store.get().viewId === view.id) this.host?.fitView(view.id);
        else this.store.set({ viewId: view.id });
      });
      this.buttons.set(view.id, button);
      group.append(button);
    }
    this.container = group;
    const host = this.host;
    if (host) {
      this.setActive(host.cameraView);
      this.unsubscribe = host.events.on("camera", ({ view }) => {
        this.setActive(view);
      });
    } else {
      this.setActive(this.store.get().viewId);
      this.unsubscribe = this.store.subscribe((state, previous) => {
        if (state.viewId !== previous.viewId) this.setActive(state.viewId);
      });
    }
    return group;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container?.remove();
    this.container = null;
    this.buttons.clear();
  }

  private setActive(id: string | null): void {
    for (const [viewId, button] of this.buttons) button.setAttribute("aria-pressed", String(viewId === id));
  }
}
