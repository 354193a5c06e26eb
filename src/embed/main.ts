/**
 * Embed mode (embed.html): the story's map for an article page. First a static SVG of the view (no MapLibre), then
 * the live map, loaded when the embed comes into view; a compact list of places and events, the details card,
 * credits and an "Open full map" link that keeps the state; the message API for the host page.
 */
import "../styles/embed.css";
import { resolveView } from "../model/views.ts";
import { DEFAULT_STORY_ID } from "../stories/registry.ts";
import { chooseStory } from "../stories/choose.ts";
import { parseHash } from "../state/hash.ts";
import { initialStore, urlContext } from "../state/initial.ts";
import { hashFromState } from "../state/url-state.ts";
import type { Store } from "../state/store.ts";
import { embedPadding } from "../map-host/padding.ts";
import { STATIC_PAINT_MARK } from "../map-host/ready.ts";
import { StaticMapView, previewBasemap } from "../map-host/static-view.ts";
import { BASEMAP_BOUNDS } from "../render/basemap-files.ts";
import { creditsText } from "../panels/credits.ts";
import { MapKey } from "../panels/legend/map-key.ts";
import { showNotice } from "../panels/notice.ts";
import { strings } from "../locale/en.ts";
import { applyMessage, bindMessages, parseOrigins } from "./messages.ts";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`embed.html must have #${id}`);
  return el;
}

async function start(): Promise<void> {
  const root = byId("embed");
  const hash = parseHash(location.hash);
  const origins = parseOrigins(new URLSearchParams(location.hash.slice(1)).get("origins"));
  const chosen = chooseStory(hash.story);
  const basemap = previewBasemap(); // fetched while the story loads
  const { story, problems } = await chosen.load.result;
  let store: Store | null = null;
  const messenger = bindMessages(origins, (m) => {
    if (store && story) applyMessage(m, store, story);
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
  const ctx = urlContext(chosen.id, DEFAULT_STORY_ID, story.views, story);
  const ready = initialStore(hash, ctx).store;
  store = ready;
  byId("story-title").textContent = story.meta.title;
  if (chosen.notice) showNotice(byId("embed-notice"), chosen.notice);
  byId("embed-credits").textContent = creditsText(story);

  // Instant first paint: the static map, before any MapLibre (or map host) code is requested.
  const staticView = new StaticMapView(byId("static-map"), story, story.views, ready, { className: "static-map", basemap, padding: embedPadding }); // prettier-ignore
  await staticView.show("preview");
  performance.mark(STATIC_PAINT_MARK);
  byId("static-map").parentElement?.append(new MapKey(story, ready, { folded: innerWidth < 560 }).element);

  // The map host and the panels come after the first paint: their code is not needed to show the map.
  const { DetailsCard, FeatureList, LayersPanel, MapHost, bindAnnouncer, deriveFacts } = await import("./panels.ts");
  const mapEl = byId("map");
  const host = new MapHost({ container: mapEl, padding: () => embedPadding(mapEl), reducedMotion });
  host.attach({ store: ready, views: story.views, standIn: () => Promise.resolve(staticView) });
  await host.preview(true);
  new DetailsCard(byId("details"), story, deriveFacts(story), ready, strings.details.emptyEmbed);
  new FeatureList(byId("feature-list"), story, ready);
  new LayersPanel(byId("layers"), story, ready);
  bindAnnouncer(byId("announcer"), story, ready);
  const openFull = byId("open-full") as HTMLAnchorElement;
  const updateLink = () => {
    openFull.href = `./${hashFromState(ready.get(), { ...ctx, defaultStoryId: "" })}`;
  };
  updateLink();
  ready.subscribe((state, previous) => {
    updateLink();
    if (state.selected !== previous.selected) messenger.send({ type: "select", id: state.selected });
    if (state.viewId !== previous.viewId) messenger.send({ type: "view", id: state.viewId });
  });
  reportHeight();

  // Live or static: the static first paint stays under the live map, and comes back if the live map cannot draw.
  const staticNote = byId("embed-static-note");
  let announced = false;
  host.events.on("mode", ({ mode }) => {
    if (mode === "live") root.classList.add("is-live");
    if (mode === "static") root.classList.remove("is-live");
    root.classList.toggle("is-static", mode === "static");
    staticNote.textContent = mode === "static" ? strings.errors.embedStatic : "";
    staticNote.hidden = mode !== "static";
    if (mode === "live" && !announced) {
      announced = true;
      messenger.send({ type: "ready", story: story.id });
    }
  });

  // The live map: loaded when the embed is (about to be) on screen.
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import("./live.ts").then(({ createMap, showStoryLive }) => {
        const bounds = resolveView(story.views, ready.get().viewId).view.bounds;
        const create = () => createMap({ container: mapEl, bounds, maxBounds: BASEMAP_BOUNDS, padding: () => embedPadding(mapEl), named: story.article, attribution: false }); // prettier-ignore
        if (host.start(create, ready.get().viewId)) showStoryLive(host, story, false);
      });
    },
    { rootMargin: "200px" },
  );
  observer.observe(root);
}

void start();
