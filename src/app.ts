/**
 * Wires the app: URL hash → story (loaded and validated) → map host, article panel, details, list, layers and
 * legend, timeline and inset, all rendering from the same validated model and the same store, which the URL mirrors.
 */
import type { LngLatBoundsLike } from "maplibre-gl";
import { deriveFacts } from "./model/derived.ts";
import { resolveView, type BBox } from "./model/views.ts";
import { DEFAULT_STORY_ID } from "./stories/registry.ts";
import { chooseStory } from "./stories/choose.ts";
import { parseHash } from "./state/hash.ts";
import { initialStore, urlContext } from "./state/initial.ts";
import { bindUrl } from "./state/url-sync.ts";
import { BASEMAP_BOUNDS } from "./render/basemap-files.ts";
import { MapHost } from "./map-host/host.ts";
import { PHONE_WIDTH, controlPadding } from "./map-host/padding.ts";
import { createMap, snapshotSourceOf, viewFrameOf } from "./map-host/live-map.ts";
import { measureControl, showStoryLive } from "./map-host/live-story.ts";
import { ViewControl } from "./map-host/view-control.ts";
import { ArticlePanel } from "./panels/article/panel.ts";
import { DetailsCard } from "./panels/details/card.ts";
import { FeatureList } from "./panels/list/feature-list.ts";
import { LayersPanel } from "./panels/legend/layers-panel.ts";
import { MapKey } from "./panels/legend/map-key.ts";
import { Timeline } from "./panels/timeline/timeline.ts";
import { Inset } from "./panels/inset/inset.ts";
import { bindAnnouncer } from "./panels/announcer.ts";
import { copyLinkButton } from "./panels/copy-link.ts";
import { bylineText } from "./panels/credits.ts";
import { showPageNotice } from "./panels/notice.ts";
import { renderProblems } from "./panels/problems.ts";
import { renderExportPanel } from "./export/panel.ts";
import { exposeExportApi } from "./export/api.ts";
import { renderEmbedPanel } from "./embed/embed-panel.ts";
import { strings } from "./locale/en.ts";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

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

function intersect(a: BBox, b: BBox): BBox {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

export async function startApp(els: AppElements): Promise<void> {
  const hash = parseHash(location.hash);
  const chosen = chooseStory(hash.story);
  // Frame the map on the story's view as soon as story.json is in; features and text load meanwhile.
  const previewViews = (await chosen.load.views) ?? chosen.sharedViews;
  const first = resolveView(previewViews, hash.view).view;
  const padding = () => controlPadding(els.map);
  const host = new MapHost({ container: els.map, padding, reducedMotion });
  const map = host.start(() => createMap({ container: els.map, bounds: first.bounds, maxBounds: BASEMAP_BOUNDS, padding, named: "" }), first.id); // prettier-ignore
  if (map) performance.mark("rafah-map:map-created");

  const { story, problems } = await chosen.load.result;
  performance.mark("rafah-map:story-validated");
  const views = story ? story.views : previewViews;
  els.title.textContent = story ? story.meta.title : strings.appTitle;
  els.byline.textContent = story ? bylineText(story) : "";
  document.title = story ? `${story.meta.title} – map` : strings.appTitle;

  const ctx = urlContext(chosen.id, DEFAULT_STORY_ID, views, story);
  const { store, unknownView } = initialStore(hash, ctx);
  const notice = (name: string | null) => {
    showPageNotice(els.app, chosen.notice, name, resolveView(views, store.get().viewId).view.title);
  };
  notice(unknownView);
  const standIn = async () => (await import("./map-host/static-stand-in.ts")).appStandIn(els.map, story, views, store);
  host.attach({ store, views, standIn });
  if (map) {
    map.addControl(new ViewControl(views.views, store, host), "top-left");
    map.addControl(measureControl(host), "top-right");
  }

  if (story) {
    const facts = deriveFacts(story);
    els.map.append(new MapKey(story, store, { folded: els.map.clientWidth < PHONE_WIDTH }).element);
    host.refit(); // the key's room is known now
    if (map) {
      map.setMaxBounds(intersect(story.bounds, BASEMAP_BOUNDS) as unknown as LngLatBoundsLike);
      showStoryLive(host, story, true);
    }
    new ArticlePanel(els.article, story, store);
    new DetailsCard(els.details, story, facts, store);
    new FeatureList(els.list, story, store);
    new LayersPanel(els.layers, story, store);
    new Timeline(els.timeline, story, facts, store);
    bindAnnouncer(els.announcer, story, store);
    if (map) {
      new Inset(els.inset, story, viewFrameOf(map), store);
      const exportContext = { story, facts, store, snapshot: snapshotSourceOf(map) };
      renderExportPanel(els.exports, exportContext);
      exposeExportApi(exportContext);
    }
    renderEmbedPanel(els.embed, store, ctx, story.meta.title);
    els.tools.replaceChildren(copyLinkButton(els.app));
  } else {
    renderProblems(els.article, chosen.id, problems);
    els.details.replaceChildren();
  }
  bindUrl(store, ctx, notice, () => {
    location.reload();
  });
}
