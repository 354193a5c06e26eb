/**
 * Entry point. The page is readable from its HTML (written at build time); this first script only starts listening
 * for the reader reaching for the map, hides the build's story if the hash asks for another, and loads the app
 * once the page has been painted (the app's code is not needed to read it).
 */
import "./styles/app.css";
import "virtual:theme.css";
import { parseHash } from "./state/hash.ts";
import { STORY_ATTRIBUTE } from "./stories/page.ts";
import { startAfterPaintOrReach, Wake } from "./map-host/wake.ts";
import { warmUpOnDesktop } from "./map-host/warm-up.ts";

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html must have #${id}`);
  return el;
}

const app = byId("app");
const wake = new Wake(byId("map"));
const asked = parseHash(location.hash).story;
if (asked !== null && app.getAttribute(STORY_ATTRIBUTE) !== null && asked !== app.getAttribute(STORY_ATTRIBUTE)) {
  app.setAttribute("data-switching", "");
}

// Loaded after the first paint, or at once when the reader reaches for the map before (the live map's code and
// MapLibre then load alongside the app's).
const start = () => {
  void import("./app.ts").then(({ startApp }) =>
    startApp(
      {
        app,
        title: byId("story-title"),
        byline: byId("story-byline"),
        dek: byId("story-dek"),
        tools: byId("header-tools"),
        map: byId("map"),
        inset: byId("inset"),
        timeline: byId("timeline"),
        article: byId("article"),
        details: byId("details"),
        layers: byId("layers"),
        list: byId("feature-list"),
        announcer: byId("announcer"),
        exports: byId("exports"),
        embed: byId("embed-panel"),
      },
      wake,
    ),
  );
};
const liveCode = () => import("./map-host/live-app.ts");
startAfterPaintOrReach(wake, start, liveCode);
warmUpOnDesktop(wake.reached, liveCode);
