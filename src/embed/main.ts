/**
 * Embed mode (embed.html): the story's map for an article page. The page is readable from its HTML (the build
 * writes the static map, its key, the credits and the list); this first script listens for the reader reaching
 * for the map and loads the rest once the page is painted (start.ts).
 */
import "../styles/embed.css";
import "virtual:theme.css";
import { parseHash } from "../state/hash.ts";
import { STORY_ATTRIBUTE } from "../stories/page.ts";
import { Wake } from "../map-host/wake.ts";
import { afterFirstPaint } from "../map-host/after-paint.ts";

const root = document.getElementById("embed");
const box = document.querySelector<HTMLElement>(".embed-map-box");
if (!root || !box) throw new Error("embed.html must have #embed and .embed-map-box");
const wake = new Wake(box);
const asked = parseHash(location.hash).story;
const written = root.getAttribute(STORY_ATTRIBUTE);
if (asked !== null && written !== null && asked !== written) root.setAttribute("data-switching", "");
// A reader who reaches for the map early need not wait for the rest: the live map's code (and MapLibre) loads
// at once, alongside the embed's own.
void wake.reached.then(() => import("./live.ts"));
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import("./start.ts").then(({ startEmbed }) => startEmbed(root, wake));
};
afterFirstPaint(start);
void wake.reached.then(start);
