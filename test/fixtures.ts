/** What the snapshot tests draw: the first story, the basemap files and a symbology sheet's made-up features. */
import { readFileSync } from "node:fs";
import viewsJson from "../data/views.json";
import type { FeatureProperties } from "../src/model/schema.ts";
import type { Story, StoryFeature } from "../src/model/types.ts";
import { validateStory } from "../src/model/validate.ts";
import { parseViews } from "../src/model/views.ts";
import { fullBasemap, type BasemapData } from "../src/render/svg-map/basemap.ts";

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

export function firstStory(): Story {
  const dir = "data/stories/rafah-april-2024";
  const read = (f: string) => readFileSync(`${dir}/${f}`, "utf8");
  const { story, problems } = validateStory(
    { story: read("story.json"), features: read("features.geojson"), article: read("article.txt") },
    { sharedViews: parseViews(viewsJson).views, dirName: "rafah-april-2024" },
  );
  if (!story) throw new Error(`the first story must validate: ${JSON.stringify(problems)}`);
  return story;
}

export function basemap(): BasemapData {
  const labels = json("data/basemap/labels.geojson");
  return fullBasemap(json("data/basemap/land.geojson"), json("data/basemap/borders.geojson"), json("data/basemap/places.geojson"), labels); // prettier-ignore
}

/** The zoom bands and the basemap's extent, as the page has them. */
export const BANDS = viewsJson.views;
export const EXTENT = (json("data/basemap/meta.json") as { bbox: number[] }).bbox;
/** The app's camera padding on a desktop screen (src/map-host/padding.ts). */
export const DESKTOP_PADDING = { top: 58, right: 104, bottom: 64, left: 18 };

export const EMPTY_BASEMAP: BasemapData = {
  land: { type: "FeatureCollection", features: [] },
  borders: { type: "FeatureCollection", features: [] },
  places: { type: "FeatureCollection", features: [] },
};

/** A made-up feature of the symbology sheet (only what the renderers read is meaningful). */
export function sheetFeature(
  id: string,
  status: FeatureProperties["status"],
  precision: FeatureProperties["precision"]["type"],
  geometry: GeoJSON.Geometry,
): StoryFeature {
  const properties: FeatureProperties = {
    kind: status === "context" ? "context" : "position",
    title: id,
    summary: id,
    status,
    attributedTo: "the symbology sheet",
    anchors: [{ exact: id, prefix: "", suffix: "", start: 0, end: id.length }],
    when: null,
    precision: { type: precision, note: precision, ...(precision === "approximate" ? { radiusM: 1000 } : {}) },
    sources: [{ ref: "test", note: "" }],
    related: [],
  };
  return { id, properties, geometry, passages: [{ start: 0, end: id.length }], when: null, cited: [{ text: "test", note: "" }] }; // prettier-ignore
}
