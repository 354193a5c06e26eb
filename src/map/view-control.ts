/** A map control that lists the named views as buttons; it owns its DOM and listeners. */
import type { IControl } from "maplibre-gl";
import type { NamedView } from "../model/views.ts";
import { strings } from "../strings.ts";

export class ViewControl implements IControl {
  private container: HTMLElement | null = null;
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(
    private readonly views: readonly NamedView[],
    private readonly onChoose: (id: string) => void,
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
        this.onChoose(view.id);
      });
      this.buttons.set(view.id, button);
      group.append(button);
    }
    this.container = group;
    return group;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.buttons.clear();
  }

  setActive(id: string): void {
    for (const [viewId, button] of this.buttons) button.setAttribute("aria-pressed", String(viewId === id));
  }
}
