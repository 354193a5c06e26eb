/**
 * Wires the app: URL hash → story (loaded and validated) → map, article panel, details, list, layers and legend,
 * timeline and inset, all rendering from the same validated model and the same store, which the URL mirrors.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from "maplibre-gl";
import viewsJson from "../data/views.json";
import basemapMeta from "../data/basemap/meta.json";
import landUrl from "../data/basemap/land.geojson?url";
import bordersUrl from "../data/basemap/borders.geojson?url";
import placesUrl from "../data/basemap/places.geojson?url";
import { parseViews, resolveView, type BBox, type ViewSet } from "./model/views.ts";
import { loadStory, type StoryLoad } from "./model/load.ts";
import { deriveFacts } from "./model/derived.ts";
import { formatIsoDate } from "./model/dates.ts";
import type { Story } from "./model/validate.ts";
import { DEFAULT_STORY_ID, storyUrls } from "./stories/registry.ts";
import { parseHash } from "./state/hash.ts";
import { Store } from "./state/store.ts";
import { bindUrl, stateFromHash, type UrlContext } from "./state/url-sync.ts";
import { addAllImages, createMap } from "./map/create-map.ts";
import { READY_ATTRIBUTE, STATIC_PAINT_MARK, signalWhenIdle } from "./map/ready.ts";
import { watchContext } from "./map/context-watch.ts";
import type { StaticMapView } from "./map/static-view.ts";
import { ViewControl } from "./map/view-control.ts";
import { MeasureControl } from "./map/measure-control.ts";
import { addStoryImages, bindStoryInteraction, showStory, storyOverlay } from "./map/story-map.ts";
import { ArticlePanel } from "./article/panel.ts";
import { DetailsCard } from "./details/card.ts";
import { FeatureList } from "./list/feature-list.ts";
import { LayersPanel } from "./legend/layers-panel.ts";
import { Timeline } from "./timeline/timeline.ts";
import { Inset } from "./inset/inset.ts";
import { renderProblems } from "./ui/problems.ts";
import { clearNotice, showNotice } from "./ui/notice.ts";
import { bindAnnouncer } from "./ui/live-region.ts";
import { copyLinkButton } from "./ui/copy-link.ts";
import { strings } from "./strings.ts";
import { renderExportPanel } from "./export/panel.ts";
import { exposeExportApi } from "./export/api.ts";
import { renderEmbedPanel } from "./embed/embed-panel.ts";

const VIEW_PADDING = 24;

export interface AppElements {
  readonly app: HTMLElement;
  readonly title: HTMLElement;
  readonly byline: HTMLElement;
  readonly tools: HTMLElement;
  readonly map: HTMLElement;
  readonly inset: HTMLElement;
  readonly timeline: HTMLElement;
  readonly article: HTMLElement;
  readonly details: HTMLElement;
  readonly layers: HTMLElement;
  readonly list: HTMLElement;
  readonly announcer: HTMLElement;
  readonly exports: HTMLElement;
  readonly embed: HTMLElement;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function intersectBounds(a: BBox, b: BBox): BBox {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function startLoading(requested: string): { id: string; load: StoryLoad; notice: string | null } {
  const sharedViews = parseViews(viewsJson, "data/views.json").views;
  let id = requested;
  let notice: string | null = null;
  let urls = storyUrls(id);
  if (!urls) {
    notice = strings.stories.unknown(requested, DEFAULT_STORY_ID);
    id = DEFAULT_STORY_ID;
    urls = storyUrls(id);
  }
  if (!urls) {
    const problems = [{ severity: "error" as const, file: `data/stories/${id}/`, message: "no such story" }];
    return { id, notice, load: { views: Promise.resolve(null), result: Promise.resolve({ story: null, problems }) } };
  }
  return { id, load: loadStory(id, urls, sharedViews, (url) => fetch(url)), notice };
}

function describePublication(story: Story): string {
  const { start, end } = story.published;
  const when = start === end ? formatIsoDate(start) : `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
  return `${story.meta.outlet.attribution}. ${strings.stories.published(when)}.`;
}

export async function startApp(els: AppElements): Promise<void> {
  const hash = parseHash(location.hash);
  const { id: storyId, load, notice } = startLoading(hash.story ?? DEFAULT_STORY_ID);
  // Frame the map on the story's view as soon as story.json is in; features and text load meanwhile.
  const previewViews: ViewSet = (await load.views) ?? parseViews(viewsJson, "data/views.json");
  const first = resolveView(previewViews, hash.view);

  const basemapBounds = basemapMeta.bbox as unknown as BBox;
  let map: MapLibreMap | null = null;
  try {
    map = createMap({
      container: els.map,
      urls: { land: landUrl, borders: bordersUrl, places: placesUrl },
      bounds: first.view.bounds,
      maxBounds: basemapBounds,
      padding: VIEW_PADDING,
      overlay: storyOverlay(null),
    });
  } catch (error) {
    // No WebGL (MapLibre throws; no error event fires): the static map stands in, below.
    console.warn(error);
  }
  if (map) {
    addStoryImages(map);
    performance.mark("rafah-map:map-created");
    // A read-only handle for host scripts, screenshot tools and the end-to-end tests (documented in the README).
    Object.defineProperty(window, "rafahMap", { value: map, configurable: false, writable: false });
  }

  const result = await load.result;
  const story = result.story;
  performance.mark("rafah-map:story-validated");
  const views: ViewSet = story ? story.views : previewViews;
  els.title.textContent = story ? story.meta.title : strings.appTitle;
  els.byline.textContent = story ? describePublication(story) : "";
  document.title = story ? `${story.meta.title} – map` : strings.appTitle;

  const ctx: UrlContext = {
    storyId,
    defaultStoryId: DEFAULT_STORY_ID,
    views,
    featureIds: new Set(story?.features.map((f) => f.id) ?? []),
  };
  const fromHash = stateFromHash(hash, ctx);
  const store = new Store({
    storyId,
    ...fromHash.patch,
    selectedFrom: fromHash.patch.selected === null ? null : "url",
    hovered: null,
  });

  // Where the static map stands in for the live one (no WebGL, or a GPU context lost for good). Added after
  // MapLibre has taken the container, which it wants empty; its code is loaded only when it is needed.
  const staticHost = document.createElement("div");
  staticHost.hidden = true;
  els.map.append(staticHost);
  let staticMap: StaticMapView | null = null;
  const choose = (id: string) => {
    store.set({ viewId: id });
  };
  // The static map's view buttons are made when it is first shown (hidden buttons would only confuse).
  const staticControl = new ViewControl(views.views, choose);
  const controls = [staticControl];
  if (map) {
    const liveControl = new ViewControl(views.views, choose);
    map.addControl(liveControl, "top-left");
    map.addControl(new MeasureControl(), "top-right");
    controls.push(liveControl);
  }

  const showNotices = (unknownView: string | null) => {
    const view = views.views.find((v) => v.id === store.get().viewId);
    const messages = [notice, unknownView === null ? null : strings.views.unknown(unknownView, view?.title ?? "")];
    const message = messages.filter((m): m is string => m !== null).join(" ");
    if (message) showNotice(els.app, message);
    else clearNotice(els.app);
  };
  showNotices(fromHash.unknownView);

  const fitView = (id: string) => {
    const view = views.views.find((v) => v.id === id);
    if (!view || !map) return;
    const [w, s, e, n] = view.bounds;
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: VIEW_PADDING, animate: !prefersReducedMotion(), duration: 800 },
    );
    if (!staticMap?.shown) signalWhenIdle(map, els.map);
  };
  for (const c of controls) c.setActive(store.get().viewId);
  els.map.dataset.view = store.get().viewId;
  if (store.get().viewId !== first.view.id) fitView(store.get().viewId);
  store.subscribe((state, previous) => {
    if (state.viewId === previous.viewId) return;
    for (const c of controls) c.setActive(state.viewId);
    els.map.dataset.view = state.viewId;
    fitView(state.viewId);
  });

  if (story) {
    const facts = deriveFacts(story);
    if (map) {
      map.setMaxBounds(intersectBounds(story.bounds, basemapBounds) as unknown as LngLatBoundsLike);
      showStory(map, story);
      bindStoryInteraction(map, story, store, prefersReducedMotion);
    }
    new ArticlePanel(els.article, story, store);
    new DetailsCard(els.details, story, facts, store);
    new FeatureList(els.list, story, store);
    new LayersPanel(els.layers, story, store);
    new Timeline(els.timeline, story, facts, store);
    bindAnnouncer(els.announcer, story, store);
    if (map) {
      new Inset(els.inset, story, map, store);
      const exportContext = {
        story,
        facts,
        store,
        map,
        basemapUrls: { land: landUrl, borders: bordersUrl, places: placesUrl },
        addImages: addAllImages,
      };
      renderExportPanel(els.exports, exportContext);
      exposeExportApi(exportContext);
    }
    renderEmbedPanel(els.embed, store, ctx, story.meta.title);
    els.tools.replaceChildren(copyLinkButton(els.app));
  } else {
    renderProblems(els.article, storyId, result.problems);
    els.details.replaceChildren();
  }
  bindUrl(
    store,
    ctx,
    (name) => {
      showNotices(name);
    },
    () => {
      location.reload();
    },
  );
  const showStatic = async (message: string) => {
    const { StaticMapView } = await import("./map/static-view.ts");
    if (!staticMap) {
      staticMap = new StaticMapView(staticHost, story, views, store);
      staticMap.addControl(staticControl.onAdd());
      staticControl.setActive(store.get().viewId);
    }
    await staticMap.show(message);
    els.map.setAttribute(READY_ATTRIBUTE, "true");
    performance.mark(STATIC_PAINT_MARK);
  };
  if (!map) {
    await showStatic(strings.errors.noWebGL);
    return;
  }
  const live = map;
  watchContext(live, els.map, {
    onGiveUp: () => void showStatic(strings.errors.contextLost),
    onRestored: () => {
      staticMap?.hide();
      // The camera may have moved to another view while the static map was shown.
      const [w, s, e, n] = resolveView(views, store.get().viewId).view.bounds;
      live.fitBounds([[w, s], [e, n]], { padding: VIEW_PADDING, animate: false }); // prettier-ignore
    },
  });
  signalWhenIdle(live, els.map);
}
