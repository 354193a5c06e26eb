import { describe, expect, it } from "vitest";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import places from "../../../data/basemap/places.geojson?raw";
import { buildStyle } from "./style.ts";
import { fontFaces } from "./fonts.ts";
import { LATIN_RANGE } from "../../theme/font-files.ts";
import { palette } from "../../theme/palette.ts";
import { allLayers } from "./layers.ts";
import { MARKER_NAMES } from "./images.ts";

const BASE = "http://127.0.0.1:4173/";
const style = buildStyle(
  { land: "/land.geojson", borders: "/borders.geojson", places: "/places.geojson", labels: "/labels.geojson" },
  fontFaces(BASE),
  palette,
);

function inLatinRange(code: number): boolean {
  return LATIN_RANGE.some((range) => {
    const [lo, hi] = range.replace("U+", "").split("-");
    const low = parseInt(lo as string, 16);
    const high = hi === undefined ? low : parseInt(hi, 16);
    return code >= low && code <= high;
  });
}

describe("buildStyle", () => {
  it("is a valid MapLibre style", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("needs no glyph or sprite server and names no other origin", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
  });

  it("has a font face for every font a layer asks for", () => {
    const faces = Object.keys(style["font-faces"] ?? {});
    const asked = new Set(JSON.stringify(allLayers(palette)).match(/Noto Sans [A-Za-z]+/g));
    expect(asked.size).toBeGreaterThan(1);
    for (const name of asked) expect(faces).toContain(name);
  });

  it("never strokes polygon outlines (crop edges would show as borders)", () => {
    for (const layer of style.layers) {
      if (layer.type === "fill") expect(layer.paint?.["fill-outline-color"], layer.id).toBeUndefined();
      if (layer.type === "line") expect("source" in layer && layer.source, layer.id).toBe("borders");
    }
  });

  it("draws the Egypt–Gaza border wider than the other borders at every zoom", () => {
    const byId = new Map(style.layers.map((l) => [l.id, l]));
    const width = (id: string) => JSON.stringify(byId.get(id)?.paint);
    expect(width("border-egypt-gaza")).toMatch(
      /"line-width":\["interpolate",\["linear"\],\["zoom"\],6,1.5,10,2.5,14,4\]/,
    );
    expect(width("border-international")).toMatch(/6,0.8,10,1.4,14,2\]/);
  });

  it("has a marker image for every place class", () => {
    const classes = new Set(
      (JSON.parse(places) as { features: { properties: { class: string } }[] }).features.map((f) => f.properties.class),
    );
    for (const cls of ["capital", "city", "town", "crossing", "site"]) {
      expect(classes.has(cls), cls).toBe(true);
      expect(MARKER_NAMES).toContain(`marker-${cls}`);
    }
  });

  it("can draw every character of every label with the self-hosted fonts", () => {
    const names = (JSON.parse(places) as { features: { properties: { name: string } }[] }).features.map(
      (f) => f.properties.name,
    );
    for (const name of names) {
      for (const ch of name) expect(inLatinRange(ch.codePointAt(0) ?? 0), `${name}: ${ch}`).toBe(true);
    }
  });
});

describe("buildStyle with a story overlay", () => {
  it("is valid with the first story's source and layers, points above the labels and areas below", async () => {
    const { readFileSync } = await import("node:fs");
    const { validateStory } = await import("../../model/validate.ts");
    const { parseViews } = await import("../../model/views.ts");
    const views = (await import("../../../data/views.json")).default;
    const { storyOverlay } = await import("./story-layers.ts");
    const dir = "data/stories/rafah-april-2024";
    const read = (f: string) => readFileSync(`${dir}/${f}`, "utf8");
    const { story } = validateStory(
      { story: read("story.json"), features: read("features.geojson"), article: read("article.txt") },
      { sharedViews: parseViews(views).views },
    );
    if (!story) throw new Error("first story must validate");
    const ranges = new Map<string, [number, number]>([["rafah", [11, 24]], ["border", [9, 11]], ["sinai", [7.5, 9]], ["region", [0, 7.5]]]); // prettier-ignore
    const withStory = buildStyle(
      { land: "/l", borders: "/b", places: "/p", labels: "/t" },
      fontFaces(BASE),
      palette,
      storyOverlay(story, { basemapMarkers: [], bands: views.views, bounds: story.bounds }, ranges),
      { bands: ranges, named: story.article },
    );
    expect(validateStyleMin(withStory)).toEqual([]);
    const ids = withStory.layers.map((l) => l.id);
    expect(ids.indexOf("story-area-hatch")).toBeLessThan(ids.indexOf("place-points"));
    // Areas and halos under the borders, so the basemap's borders keep their styling on top.
    expect(ids.indexOf("story-area-hatch")).toBeLessThan(ids.indexOf("border-egypt-gaza"));
    expect(ids.indexOf("story-halo-solid")).toBeLessThan(ids.indexOf("border-international"));
    expect(ids.indexOf("story-point")).toBeGreaterThan(ids.indexOf("place-points"));
  });
});
