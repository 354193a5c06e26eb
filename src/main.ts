/** Entry point: reads the hash, validates the views, creates the map and keeps map and hash in step. */
import "maplibre-gl/dist/maplibre-gl.css";
import "./styles.css";
import landUrl from "../data/basemap/land.geojson?url";
import bordersUrl from "../data/basemap/borders.geojson?url";
import placesUrl from "../data/basemap/places.geojson?url";
import viewsJson from "../data/views.json";
import basemapMeta from "../data/basemap/meta.json";
import { parseViews, resolveView, type BBox, type NamedView } from "./model/views.ts";
import { formatHash, parseHash } from "./state/hash.ts";
import { createMap } from "./map/create-map.ts";
import { signalWhenIdle } from "./map/ready.ts";
import { ViewControl } from "./map/view-control.ts";
import { clearNotice, showNotice } from "./ui/notice.ts";
import { strings } from "./strings.ts";

const VIEW_PADDING = 24;

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function start(): void {
  const app = document.getElementById("app");
  const container = document.getElementById("map");
  if (!app || !container) throw new Error("index.html must have #app and #map");
  document.title = strings.appTitle;

  const views = parseViews(viewsJson, "data/views.json");
  const first = resolveView(views, parseHash(location.hash).view);

  let map: ReturnType<typeof createMap>;
  try {
    map = createMap({
      container,
      urls: { land: landUrl, borders: bordersUrl, places: placesUrl },
      bounds: first.view.bounds,
      maxBounds: basemapMeta.bbox as unknown as BBox,
      padding: VIEW_PADDING,
    });
  } catch (error) {
    showNotice(app, strings.errors.noWebGL, "error");
    console.warn(error);
    return;
  }

  // A read-only handle for host scripts, screenshot tools and the end-to-end tests (documented in the README).
  Object.defineProperty(window, "rafahMap", { value: map, configurable: false, writable: false });

  const control = new ViewControl(views.views, (id) => {
    location.hash = formatHash({ ...parseHash(location.hash), view: id });
  });
  map.addControl(control, "top-left");

  const announce = (resolved: { view: NamedView; unknown: string | null }) => {
    control.setActive(resolved.view.id);
    container.dataset.view = resolved.view.id;
    if (resolved.unknown !== null) showNotice(app, strings.views.unknown(resolved.unknown, resolved.view.title));
    else clearNotice(app);
  };

  announce(first);
  signalWhenIdle(map, container);

  window.addEventListener("hashchange", () => {
    const resolved = resolveView(views, parseHash(location.hash).view);
    announce(resolved);
    const [w, s, e, n] = resolved.view.bounds;
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: VIEW_PADDING, animate: !prefersReducedMotion(), duration: 800 },
    );
    signalWhenIdle(map, container);
  });
}

start();
