/** The app's static map: in the map's box, with its notice, credits and view buttons (loaded when first needed). */
import type { Story } from "../model/types.ts";
import type { ViewSet } from "../model/views.ts";
import type { Store } from "../state/store.ts";
import { StaticMapView } from "./static-view.ts";
import { ViewControl } from "./view-control.ts";

export function appStandIn(container: HTMLElement, story: Story | null, views: ViewSet, store: Store): StaticMapView {
  const box = document.createElement("div");
  container.append(box); // after MapLibre has taken the container, which it wants empty
  const view = new StaticMapView(box, story, views, store, { className: "static-view", chrome: true });
  view.addControl(new ViewControl(views.views, store).onAdd());
  return view;
}
