/**
 * The app's static map: in the map's box, with a notice saying why it is static, the view buttons and the credits
 * (loaded when first needed).
 */
import { strings } from "../locale/en.ts";
import type { Story } from "../model/types.ts";
import type { ViewSet } from "../model/views.ts";
import { dismissButton } from "../panels/notice.ts";
import type { Store } from "../state/store.ts";
import type { StaticReason } from "./host-events.ts";
import { appObstacles } from "./obstacles.ts";
import { controlPadding } from "./padding.ts";
import { StaticMapView } from "./static-view.ts";
import { creditMarkup } from "./stand-in-markup.ts";
import { ViewControl } from "./view-control.ts";

const NOTICES: Readonly<Record<StaticReason, string>> = {
  preview: "",
  "no-webgl": strings.errors.noWebGL,
  "context-lost": strings.errors.contextLost,
};

export function appStandIn(container: HTMLElement, story: Story | null, views: ViewSet, store: Store): StaticMapView {
  // The build's box, if the page has one for this story; or a new one.
  const written = story ? container.querySelector<HTMLElement>(":scope > .static-view") : null;
  const box = written ?? document.createElement("div");
  if (!written) container.append(box); // after MapLibre has taken the container
  const message = document.createElement("p");
  message.className = "static-view-notice";
  message.setAttribute("role", "status");
  const text = document.createElement("span");
  message.append(
    text,
    dismissButton(() => {
      message.hidden = true;
    }),
  );
  // The view buttons are the static map's while it is the map (the live map has its own).
  const buttons = new ViewControl(views.views, store).onAdd();
  buttons.classList.add("static-view-control");
  const onShow = (reason: StaticReason) => {
    text.textContent = NOTICES[reason];
    message.hidden = NOTICES[reason] === "";
    if (!buttons.isConnected) box.append(buttons);
  };
  const onHide = () => {
    buttons.remove();
  };
  const view = new StaticMapView(box, story, views, store, {
    className: "static-view",
    onShow,
    onHide,
    padding: controlPadding,
    obstacles: appObstacles,
  });
  view.addControl(message);
  if (!container.querySelector(":scope > .map-credit")) container.append(creditMarkup(document));
  return view;
}
