/**
 * The embed, once its page is painted: the story validated off the main thread, the store from the hash, the
 * static map, key, list and card attached to the page's markup, the message API for the host page, the "Open full
 * map" link that keeps the state; and the live map when the reader reaches for it (live.ts, with MapLibre).
 */
import "../styles/fonts-later.css";
import { resolveView } from "../model/views.ts";
import { DEFAULT_STORY_ID, hasOwnPages } from "../stories/registry.ts";
import { chooseStory } from "../stories/choose.ts";
import { ownPageUrl, readPage } from "../stories/page.ts";
import { parseHash } from "../state/hash.ts";
import { initialStore, urlContext } from "../state/initial.ts";
import { hashFromState } from "../state/url-state.ts";
import type { Store } from "../state/store.ts";
import { embedPadding } from "../map-host/padding.ts";
import { embedObstacles } from "../map-host/obstacles.ts";
import { STATIC_PAINT_MARK } from "../map-host/ready.ts";
import { StaticMapView } from "../map-host/static-view.ts";
import { yieldToPage } from "../map-host/after-paint.ts";
import { wakeOnCameraRequests, type Wake } from "../map-host/wake.ts";
import { MapHost } from "../map-host/host.ts";
import { BASEMAP_BOUNDS } from "../render/basemap-files.ts";
import { holdBounds } from "../render/layout/camera.ts";
import { deriveFacts } from "../model/derived.ts";
import { creditsText } from "../panels/credits.ts";
import { DetailsCard } from "../panels/details/card.ts";
import { FeatureList } from "../panels/list/feature-list.ts";
import { LayersPanel } from "../panels/legend/layers-panel.ts";
import { MapKey } from "../panels/legend/map-key.ts";
import { bindAnnouncer } from "../panels/announcer.ts";
import { showNotice } from "../panels/notice.ts";
import { strings } from "../locale/en.ts";
import { applyMessage, bindMessages, parseOrigins, type Incoming } from "./messages.ts";
import { followHostSteps } from "./guide.ts";
import { bindLiveStatus } from "./live-status.ts";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`embed.html must have #${id}`);
  return el;
}

export async function startEmbed(root: HTMLElement, wake: Wake): Promise<void> {
  const page = readPage(root);
  const pageStory = page.story ?? DEFAULT_STORY_ID;
  const hash = parseHash(location.hash);
  if (hash.story !== null && hash.story !== pageStory && hasOwnPages(hash.story)) {
    location.replace(ownPageUrl(page, hash.story, "embed.html", location.hash));
    return;
  }
  const params = new URLSearchParams(location.hash.slice(1));
  const chosen = chooseStory(hash.story, pageStory);
  const { story, problems } = await chosen.result;
  root.removeAttribute("data-switching");
  let store: Store | null = null;
  let guide: ((m: Incoming) => void) | null = null; // the guided reading's messages (guide.ts)
  const messenger = bindMessages(parseOrigins(params.get("origins")), (m) => {
    if (store && story) applyMessage(m, store, story);
    guide?.(m);
  });
  const reportHeight = () => {
    messenger.send({ type: "height", height: Math.ceil(document.documentElement.scrollHeight) });
  };
  new ResizeObserver(reportHeight).observe(root);
  if (!story) {
    (await import("../panels/problems.ts")).renderProblems(byId("details"), chosen.id, problems);
    reportHeight();
    return;
  }
  const ctx = urlContext(chosen.id, pageStory, story.views, story);
  const ready = initialStore(hash, ctx).store;
  store = ready;
  byId("story-title").textContent = story.meta.title;
  if (chosen.notice) showNotice(byId("embed-notice"), chosen.notice);
  byId("embed-credits").textContent = creditsText(story);

  // The static map: the page's own from the build (drawn now if the state or the story differ from it).
  const mapBox = byId("static-map");
  const staticView = new StaticMapView(mapBox, story, story.views, ready, { className: "static-map", padding: embedPadding, obstacles: embedObstacles }); // prettier-ignore
  await staticView.show("preview");
  performance.mark(STATIC_PAINT_MARK);
  if (mapBox.parentElement) new MapKey(mapBox.parentElement, story, ready);
  await yieldToPage();

  const mapEl = byId("map");
  const host = new MapHost({ container: mapEl, padding: () => embedPadding(mapEl), reducedMotion });
  host.attach({ store: ready, views: story.views, standIn: () => Promise.resolve(staticView) });
  await host.preview(true);
  guide = followHostSteps(story, ready, host, params.get("guide") === "1", (steps) => { messenger.send({ type: "steps", steps }); }); // prettier-ignore
  new DetailsCard(byId("details"), story, deriveFacts(story), ready, strings.details.emptyEmbed);
  new FeatureList(byId("feature-list"), story, ready);
  await yieldToPage();
  new LayersPanel(byId("layers"), story, ready);
  bindAnnouncer(byId("announcer"), story, ready);
  const openFull = byId("open-full") as HTMLAnchorElement;
  const updateLink = () => {
    openFull.href = `./${hashFromState(ready.get(), { ...ctx, defaultStoryId: page.story ?? "" })}`;
  };
  updateLink();
  ready.subscribe((state, previous) => {
    updateLink();
    if (state.selected !== previous.selected) messenger.send({ type: "select", id: state.selected });
    if (state.viewId !== previous.viewId) messenger.send({ type: "view", id: state.viewId });
  });
  reportHeight();
  bindLiveStatus(host, root, byId("embed-static-note"), () => {
    messenger.send({ type: "ready", story: story.id });
  });
  root.dataset.enhanced = "true";

  // The live map: when the reader reaches for the map, or the host page or a selection moves its view.
  wakeOnCameraRequests(wake, ready);
  await wake.reached;
  const { createMap, showStoryLive } = await import("./live.ts");
  const bounds = resolveView(story.views, ready.get().viewId).view.bounds;
  const create = () => createMap({ container: mapEl, bounds, maxBounds: holdBounds(story.bounds, BASEMAP_BOUNDS), padding: () => embedPadding(mapEl), scale: "bottom-right" }); // prettier-ignore
  if (host.start(create, ready.get().viewId)) showStoryLive(host, story, false, embedObstacles);
}
