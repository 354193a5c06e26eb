/**
 * Embed mode (embed.html): the story's map for an article page. The page is readable from its HTML (the build
 * writes the static map, its key, the credits and the list); this first script listens for the reader reaching
 * for the map and loads the rest once the page is painted (start.ts).
 */
import "../styles/embed.css";
import "virtual:theme.css";
import { parseHash } from "../state/hash.ts";
import { STORY_ATTRIBUTE } from "../stories/page.ts";
import { startAfterPaintOrReach, Wake } from "../map-host/wake.ts";

const root = document.getElementById("embed");
const box = document.querySelector<HTMLElement>(".embed-map-box");
if (!root || !box) throw new Error("embed.html must have #embed and .embed-map-box");
const wake = new Wake(box);
const asked = parseHash(location.hash).story;
const written = root.getAttribute(STORY_ATTRIBUTE);
if (asked !== null && written !== null && asked !== written) root.setAttribute("data-switching", "");
// Loaded after the first paint, or at once when the reader reaches for the map early (the live map's code and
// MapLibre then load alongside).
startAfterPaintOrReach(
  wake,
  () => void import("./start.ts").then(({ startEmbed }) => startEmbed(root, wake)),
  () => import("./live.ts"),
);
