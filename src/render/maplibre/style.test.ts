import { describe, expect, it } from "vitest";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { buildStyle } from "./style.ts";
import { palette } from "../../theme/palette.ts";

const BASE = "http://127.0.0.1:4173/";
const style = buildStyle({ land: `${BASE}land.geojson`, borders: `${BASE}borders.geojson` }, palette);

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

  it("draws no text: no glyphs, no fonts, no symbol layer (the layout's overlay draws every name)", () => {
    expect(style["font-faces"]).toBeUndefined();
    expect(style.layers.filter((l) => l.type === "symbol")).toEqual([]);
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
});

describe("buildStyle with a story overlay", () => {
  it("is valid with the first story's source and layers, areas and halos under the borders", async () => {
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
    const withStory = buildStyle({ land: "/l", borders: "/b" }, palette, storyOverlay(story, { bounds: story.bounds }));
    expect(validateStyleMin(withStory)).toEqual([]);
    const ids = withStory.layers.map((l) => l.id);
    // Areas and halos under the borders, so the basemap's borders keep their styling on top.
    expect(ids.indexOf("story-area-hatch")).toBeLessThan(ids.indexOf("border-egypt-gaza"));
    expect(ids.indexOf("story-halo-solid")).toBeLessThan(ids.indexOf("border-international"));
    expect(ids.indexOf("story-point-uncertainty")).toBeGreaterThan(ids.indexOf("border-egypt-gaza"));
  });
});
