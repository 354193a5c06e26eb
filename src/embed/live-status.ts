/**
 * The embed's map box says which map it shows: the live map once drawn (the static first paint stays under it),
 * or the static map for good, with a note saying why; the host page hears once that the live map is ready.
 */
import type { MapHost } from "../map-host/host.ts";
import { strings } from "../locale/en.ts";

export function bindLiveStatus(host: MapHost, root: HTMLElement, note: HTMLElement, onFirstLive: () => void): void {
  let announced = false;
  host.events.on("mode", ({ mode }) => {
    if (mode === "live") root.classList.add("is-live");
    if (mode === "static") root.classList.remove("is-live");
    root.classList.toggle("is-static", mode === "static");
    note.textContent = mode === "static" ? strings.errors.embedStatic : "";
    note.hidden = mode !== "static";
    if (mode === "live" && !announced) {
      announced = true;
      onFirstLive();
    }
  });
}
