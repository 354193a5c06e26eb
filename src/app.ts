/**
 * Wires the app: the page (written at build time for its story) → the story the hash asks for, validated off the
 * main thread → the store the URL mirrors → the panels, attached to the page's markup in short tasks → the map
 * host, whose static map is the build's until the reader reaches for the map and the live map (loaded then) takes
 * its place. Everything renders from the same validated model and the same store.
 */
import "./styles/fonts-later.css";
import { deriveFacts } from "./model/derived.ts";
import { resolveView } from "./model/views.ts";
import { DEFAULT_STORY_ID, hasOwnPages } from "./stories/registry.ts";
import { chooseStory } from "./stories/choose.ts";
import { ownPageUrl, readPage } from "./stories/page.ts";
import { parseHash } from "./state/hash.ts";
import { initialStore, urlContext } from "./state/initial.ts";
import { bindUrl } from "./state/url-sync.ts";
import { MapHost } from "./map-host/host.ts";
import { controlPadding } from "./map-host/padding.ts";
import { inTasks, whenNear } from "./map-host/after-paint.ts";
import { liveOnWake } from "./map-host/live-snapshot.ts";
import type { Wake } from "./map-host/wake.ts";
import { ArticlePanel } from "./panels/article/panel.ts";
import { DetailsCard } from "./panels/details/card.ts";
import { Guide } from "./panels/guide/guide.ts";
import { FeatureList } from "./panels/list/feature-list.ts";
import { LayersPanel } from "./panels/legend/layers-panel.ts";
import { MapKey } from "./panels/legend/map-key.ts";
import { Timeline } from "./panels/timeline/timeline.ts";
import { bindAnnouncer } from "./panels/announcer.ts";
import { bindCopyLink } from "./panels/copy-link.ts";
import { bylineText } from "./panels/credits.ts";
import { showPageNotice } from "./panels/notice.ts";
import { renderProblems } from "./panels/problems.ts";
import { renderExportPanel } from "./export/panel.ts";
import { exposeExportApi } from "./export/api.ts";
import { renderEmbedPanel } from "./embed/embed-panel.ts";
import { strings } from "./locale/en.ts";
import type { AppElements } from "./app-elements.ts";
import type { ViewSource } from "./render/view-source.ts";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export async function startApp(els: AppElements, wake: Wake): Promise<void> {
  const page = readPage(els.app);
  const pageStory = page.story ?? DEFAULT_STORY_ID;
  const hash = parseHash(location.hash);
  // A story with pages of its own is read there (its page holds its text and map before any script).
  if (hash.story !== null && hash.story !== pageStory && hasOwnPages(hash.story)) {
    location.replace(ownPageUrl(page, hash.story, "", location.hash));
    return;
  }
  const chosen = chooseStory(hash.story, pageStory);
  const { story, problems } = await chosen.result;
  performance.mark("rafah-map:story-validated");
  const views = story ? story.views : chosen.sharedViews;
  els.title.textContent = story ? story.meta.title : strings.appTitle;
  els.byline.textContent = story ? bylineText(story) : "";
  els.dek.textContent = story ? strings.dek(story.features.length) : "";
  document.title = story ? `${story.meta.title} – map` : strings.appTitle;
  els.app.removeAttribute("data-switching");

  const ctx = urlContext(chosen.id, pageStory, views, story);
  const { store, unknownView } = initialStore(hash, ctx);
  const notice = (name: string | null) => {
    showPageNotice(els.app, chosen.notice, name, resolveView(views, store.get().viewId).view.title);
  };
  notice(unknownView);
  // The export API first: tools wait for it, not for the panels (it frames the live map's view once it is drawn).
  let starterMade: (starter: () => Promise<ViewSource>) => void = () => undefined;
  const starter = new Promise<() => Promise<ViewSource>>((done) => (starterMade = done));
  const exportContext = story ? { story, facts: deriveFacts(story), store, view: async () => (await starter)() } : null; // prettier-ignore
  if (exportContext) exposeExportApi(exportContext);
  const host = new MapHost({ container: els.map, padding: () => controlPadding(els.map), reducedMotion });
  host.attach({ store, views, standIn: async () => (await import("./map-host/static-stand-in.ts")).appStandIn(els.map, story, views, store) }); // prettier-ignore
  // The live map, when the reader first reaches for it (or asks for what only it does).
  const live = liveOnWake(
    wake,
    store,
    { container: els.map, views },
    () =>
    import("./map-host/live-app.ts").then((m) => m.startLiveApp({ host, container: els.map, inset: els.inset, story, views, store })), // prettier-ignore
  );
  starterMade(live);
  // A reader who has already reached for the map gets the live map at once: the build's drawing holds the box
  // until it is drawn (no static redraw to wait for first), and goes when the live map is drawn.
  await host.preview(wake.reason !== null);

  if (story && exportContext) {
    const { facts } = exportContext;
    const steps = [
      () => {
        new MapKey(els.map, story, store);
        host.refit(); // the key's room is known now
      },
      () => new ArticlePanel(els.article, story, store, { guide: true }),
      () => new Guide(els.article, story, store, { map: els.map, onGesture: (pause) => host.events.on("gesture", pause) }), // prettier-ignore
      () => new FeatureList(els.list, story, store),
      () => new DetailsCard(els.details, story, facts, store),
      () => new LayersPanel(els.layers, story, store),
      () => {
        whenNear(els.timeline, () => new Timeline(els.timeline, story, facts, store));
      },
      () => bindAnnouncer(els.announcer, story, store),
      () => {
        renderExportPanel(els.exports, exportContext);
      },
      () => {
        renderEmbedPanel(els.embed, store, ctx, story.meta.title, page, hasOwnPages(story.id));
        bindCopyLink(els.tools, els.app);
      },
    ];
    await inTasks(steps); // the page stays responsive while it comes to life
  } else {
    renderProblems(els.article, chosen.id, problems);
    els.details.replaceChildren();
  }
  els.app.dataset.enhanced = "true";
  bindUrl(store, ctx, notice, () => {
    location.reload();
  });
}
