/**
 * Embed mode (embed.html): the story's map for an article page. First a static SVG of the view (no MapLibre), then
 * the live map, loaded when the embed comes into view; a compact list of places and events, the details card,
 * credits and an "Open full map" link that keeps the state; the message API for the host page.
 */
import "./embed.css";
import viewsJson from "../../data/views.json";
import { parseViews, resolveView, type BBox } from "../model/views.ts";
import { loadStory } from "../model/load.ts";
import { formatIsoDate } from "../model/dates.ts";
import { GROUPS, normalizeGroups } from "../model/groups.ts";
import { DEFAULT_STORY_ID, storyUrls } from "../stories/registry.ts";
import { parseHash } from "../state/hash.ts";
import { Store } from "../state/store.ts";
import { hashFromState, stateFromHash } from "../state/url-sync.ts";
import { renderProblems } from "../ui/problems.ts";
import { strings } from "../strings.ts";
import { bindMessages, parseOrigins } from "./messages.ts";
import { drawStaticMap, loadPreviewBasemap } from "./static-map.ts";

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`embed.html must have #${id}`);
  return el;
}

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

async function start(): Promise<void> {
  const root = byId("embed");
  const mapEl = byId("map");
  const staticEl = byId("static-map");
  const hash = parseHash(location.hash);
  const origins = parseOrigins(new URLSearchParams(location.hash.slice(1)).get("origins"));
  const sharedViews = parseViews(viewsJson, "data/views.json");
  const storyId = hash.story && storyUrls(hash.story) ? hash.story : DEFAULT_STORY_ID;
  const urls = storyUrls(storyId);
  if (!urls) return;
  const basemap = loadPreviewBasemap();
  const { result } = loadStory(storyId, urls, sharedViews.views, (url) => fetch(url));
  const { story, problems } = await result;
  let store: Store | null = null;
  const messenger = bindMessages(origins, (m) => {
    if (!store) return;
    if (m.type === "select")
      store.select(m.id !== null && story?.features.some((f) => f.id === m.id) ? m.id : null, "url");
    if (m.type === "setView" && story?.views.views.some((v) => v.id === m.id)) store.set({ viewId: m.id });
    if (m.type === "setLayers") {
      const visible = normalizeGroups(m.visible);
      store.set({ hidden: GROUPS.filter((g) => !visible.includes(g)) });
    }
  });
  const reportHeight = () => {
    messenger.send({ type: "height", height: Math.ceil(document.documentElement.scrollHeight) });
  };
  new ResizeObserver(reportHeight).observe(root);

  if (!story) {
    renderProblems(byId("details"), storyId, problems);
    reportHeight();
    return;
  }
  const ctx = {
    storyId,
    defaultStoryId: DEFAULT_STORY_ID,
    views: story.views,
    featureIds: new Set(story.features.map((f) => f.id)),
  };
  const initial = stateFromHash(hash, ctx);
  const ready = new Store({
    storyId,
    ...initial.patch,
    selectedFrom: initial.patch.selected ? "url" : null,
    hovered: null,
  });
  store = ready;
  byId("story-title").textContent = story.meta.title;
  const pub = story.published;
  byId("embed-credits").textContent = strings.exports.credits(
    story.meta.outlet.name ?? strings.exports.outletUnnamed,
    pub.start === pub.end ? formatIsoDate(pub.start) : `${formatIsoDate(pub.start)} – ${formatIsoDate(pub.end)}`,
    formatIsoDate(pub.end),
  );
  const viewBounds = (): BBox => resolveView(story.views, ready.get().viewId).view.bounds;

  // Instant first paint: the static map, before any MapLibre code is requested.
  drawStaticMap(staticEl, await basemap, story, viewBounds(), ready.get().hidden);
  staticEl.dataset.painted = "true";
  performance.mark("rafah-map:static-paint");

  // The panels come after the first paint: their code is not needed to show the map.
  const { DetailsCard, FeatureList, LayersPanel, bindAnnouncer, deriveFacts } = await import("./panels.ts");
  const facts = deriveFacts(story);
  new DetailsCard(byId("details"), story, facts, ready);
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

  const staticNote = byId("embed-static-note");
  const showStatic = (isStatic: boolean) => {
    root.classList.toggle("is-static", isStatic);
    staticNote.textContent = isStatic ? strings.errors.embedStatic : "";
    staticNote.hidden = !isStatic;
  };

  // The live map: loaded when the embed is (about to be) on screen.
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import("./live.ts").then(({ startLiveMap }) => {
        try {
          const map = startLiveMap(
            mapEl,
            story,
            ready,
            viewBounds(),
            reducedMotion,
            () => {
              root.classList.add("is-live");
              messenger.send({ type: "ready", story: story.id });
            },
            (isStatic) => {
              // A GPU context lost for good: the static first paint comes back (the list and details still work).
              root.classList.toggle("is-live", !isStatic);
              showStatic(isStatic);
            },
          );
          ready.subscribe((state, previous) => {
            if (state.viewId === previous.viewId) return;
            const [w, s, e, n] = viewBounds();
            map.fitBounds([[w, s], [e, n]], { padding: 12, animate: !reducedMotion() }); // prettier-ignore
          });
        } catch (error) {
          // No WebGL: the static map stays, with the list and the details working.
          showStatic(true);
          console.warn(error);
        }
      });
    },
    { rootMargin: "200px" },
  );
  observer.observe(root);
}

void start();
