/** Entry point: finds the page's elements and starts the app. */
import "maplibre-gl/dist/maplibre-gl.css";
import "./styles/app.css";
import "virtual:theme.css";
import { startApp } from "./app.ts";

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html must have #${id}`);
  return el;
}

void startApp({
  app: byId("app"),
  title: byId("story-title"),
  byline: byId("story-byline"),
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
});
