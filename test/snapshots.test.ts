/**
 * SVG snapshots of what the renderers draw: the symbology sheet (every status as point, line and area, exact and
 * approximate, with the legend's swatches), the static map of each named view with the first story, and an SVG
 * export. Each is rendered in node by the same code as in the browser and compared with its committed reference.
 */
import { describe, it } from "vitest";
import { deriveFacts } from "../src/model/derived.ts";
import { STATUSES } from "../src/model/schema.ts";
import type { StoryFeature } from "../src/model/types.ts";
import { legendRows } from "../src/panels/legend/rows.ts";
import { marksToSvg } from "../src/render/marks/svg.ts";
import { SWATCH, swatchMarks, type Swatch } from "../src/render/marks/swatch.ts";
import { renderSvgMap, svgMapDocument } from "../src/render/svg-map/map.ts";
import { h, serialize } from "../src/render/svg-tree.ts";
import { prepareExport } from "../src/export/prepare.ts";
import { svgExport } from "../src/export/svg-export.ts";
import type { ExportOptions } from "../src/export/presets.ts";
import type { UiState } from "../src/state/store.ts";
import { BANDS, DESKTOP_PADDING, EMPTY_BASEMAP, EXTENT, basemap, firstStory, sheetFeature } from "./fixtures.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

const box = (x0: number, y0: number, x1: number, y1: number): GeoJSON.Polygon => ({
  type: "Polygon",
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]], // prettier-ignore
});

describe("SVG snapshots", () => {
  it("symbology sheet: every status as point, line and area (exact and approximate), shared places, and the legend's swatches", () => {
    // One row per status (north to south), one column per geometry, on a blank map.
    const features: StoryFeature[] = STATUSES.flatMap((status, i) => {
      const y = 5.5 - i;
      return [
        sheetFeature(`${status}-point`, status, "exact", { type: "Point", coordinates: [0.5, y] }),
        sheetFeature(`${status}-line`, status, "exact", { type: "LineString", coordinates: [[1.2, y - 0.2], [2.8, y + 0.2]] }), // prettier-ignore
        sheetFeature(`${status}-area`, status, "area", box(3.2, y - 0.35, 4.8, y + 0.35)),
        sheetFeature(`${status}-approximate-area`, status, "area-not-named", box(5.2, y - 0.35, 6.8, y + 0.35)),
      ];
    });
    // One place, several statements: a point (a stack), an area (a hatch in turn), a line (parallel bands).
    features.push(
      sheetFeature("shared-point-a", "stated", "area", { type: "Point", coordinates: [0.5, -0.5] }),
      sheetFeature("shared-point-b", "denied", "area", { type: "Point", coordinates: [0.5, -0.5] }),
      sheetFeature("shared-point-c", "claimed", "area", { type: "Point", coordinates: [0.5, -0.5] }),
      sheetFeature("shared-line-a", "reported", "exact", { type: "LineString", coordinates: [[1.2, -0.7], [2.8, -0.3]] }), // prettier-ignore
      sheetFeature("shared-line-b", "denied", "exact", { type: "LineString", coordinates: [[1.2, -0.7], [2.8, -0.3]] }), // prettier-ignore
      sheetFeature("shared-area-a", "reported", "area-not-named", box(3.2, -0.85, 4.8, -0.15)),
      sheetFeature("shared-area-b", "planned", "area-not-named", box(3.2, -0.85, 4.8, -0.15)),
      sheetFeature("shared-area-c", "claimed", "area-not-named", box(3.2, -0.85, 4.8, -0.15)),
    );
    const width = 560;
    const height = 560;
    const map = renderSvgMap({ width, height, unit: 1, bounds: [0, -1.2, 7.3, 6.2], basemap: EMPTY_BASEMAP, features, hidden: [] }); // prettier-ignore
    const swatches: Swatch[] = [
      ...STATUSES.flatMap((status): Swatch[] => [
        { kind: "status", status },
        { kind: "hatch", status },
        { kind: "area", status },
        { kind: "uncertainty", status },
      ]),
      { kind: "border", border: "egypt-gaza" },
      { kind: "border", border: "international" },
      { kind: "border", border: "armistice-1949" },
      { kind: "marker", place: "crossing" },
      { kind: "marker", place: "site" },
      { kind: "marker", place: "town" },
      { kind: "marker", place: "capital" },
    ];
    const legend = swatches.flatMap((s, i) =>
      marksToSvg(
        swatchMarks(s, width + 20 + (i % 4) * (SWATCH.width + 10), 20 + Math.floor(i / 4) * (SWATCH.height + 10)),
      ),
    );
    const svg = h("svg", { width: width + 240, height, viewBox: `0 0 ${width + 240} ${height}` }, [
      h("defs", {}, map.defs),
      map.group,
      h("g", {}, legend),
    ]);
    expectSvgSnapshot("symbology-sheet", serialize(svg, "  ") + "\n");
  });

  const story = firstStory();
  const full = basemap();
  for (const view of story.views.views) {
    it(`static map of the view "${view.id}" with the first story`, () => {
      const { svg } = svgMapDocument(
        {
          width: 1000,
          height: 640,
          unit: 1,
          bounds: view.bounds,
          basemap: full,
          features: story.features,
          hidden: [],
          padding: DESKTOP_PADDING,
          bands: BANDS,
          storyBounds: story.bounds,
          named: story.article,
          extent: EXTENT,
        },
        { role: "img", "aria-label": `Static map: ${view.title}` },
      );
      expectSvgSnapshot(`static-map-${view.id}`, serialize(svg, "  ") + "\n");
    });
  }

  it("an SVG export: the border view as a slide with legend, scale bar, north arrow, timeline and footnotes", () => {
    const view = story.views.views.find((v) => v.id === "border");
    if (!view) throw new Error("the first story has a border view");
    const state: UiState = { storyId: story.id, viewId: view.id, selected: null, selectedFrom: null, hovered: null, hidden: [], timeRange: null, step: null, focus: null }; // prettier-ignore
    const options: ExportOptions = { format: "svg", size: "slide", scale: 1, title: story.meta.title, legend: true, scaleBar: true, northArrow: true, timeline: true, footnotes: true }; // prettier-ignore
    const prepared = prepareExport(story, deriveFacts(story), state, options, { width: 1280, height: 800, bounds: [...view.bounds] as [number, number, number, number] }); // prettier-ignore
    const data = { features: story.features, hidden: [], basemap: full, bands: BANDS, extent: EXTENT, storyBounds: story.bounds, named: story.article }; // prettier-ignore
    expectSvgSnapshot("export-border-slide", svgExport(prepared, data));
  });

  it("the legend rows of the first story's full map (the rows both the page and the exports draw)", () => {
    const rows = legendRows(story.features, []);
    const svg = h("svg", { width: 320, height: rows.length * 22 }, rows.flatMap((row, i) => [
      ...marksToSvg(swatchMarks(row.swatch, 4, 3 + i * 22)),
      h("text", { x: 52, y: 15 + i * 22, "font-size": 11 }, [row.label]),
    ])); // prettier-ignore
    expectSvgSnapshot("legend-first-story", serialize(svg, "  ") + "\n");
  });
});
