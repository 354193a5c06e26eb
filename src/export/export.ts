/**
 * Makes an export of the current state: PNG (an off-screen MapLibre render plus the composition drawn on a canvas),
 * SVG (d3-geo paths plus the same composition as SVG elements) or the story's GeoJSON. Used by the export panel and,
 * through window.rafahExport, by the command line (scripts/snapshot.ts).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import type { DerivedFacts } from "../model/derived.ts";
import type { Story } from "../model/validate.ts";
import type { Store } from "../state/store.ts";
import { FONT_FILES } from "../map/fonts.ts";
import { strings } from "../strings.ts";
import { buildContent, footnotedFeatures } from "./content.ts";
import { renderMapRaster } from "./map-raster.ts";
import { renderMapVector, type BasemapData } from "./map-vector.ts";
import { outputSize, type ExportOptions } from "./presets.ts";
import { drawAsSvg, drawOnCanvas } from "./render.ts";
import { composeScene, layoutFrame } from "./scene.ts";

const NS = "http://www.w3.org/2000/svg";

export interface ExportContext {
  readonly story: Story;
  readonly facts: DerivedFacts;
  readonly store: Store;
  readonly map: MapLibreMap;
  readonly basemapUrls: { land: string; borders: string; places: string };
  readonly addImages: (map: MapLibreMap) => void;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly filename: string;
  readonly width: number;
  readonly height: number;
  /** Said to the user when the result differs from what was asked (GPU limits). */
  readonly note: string | null;
}

let fontsReady: Promise<void> | null = null;

/** Loads the map's own Noto Sans files for canvas text (once). */
function ensureFonts(): Promise<void> {
  fontsReady ??= Promise.all(
    FONT_FILES.map(async (f) => {
      const face = new FontFace("Noto Sans", `url(${new URL(f.url, document.baseURI).href})`, {
        weight: f.weight,
        style: f.style,
      });
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return fontsReady;
}

async function loadBasemap(urls: ExportContext["basemapUrls"]): Promise<BasemapData> {
  const get = async (url: string): Promise<unknown> => (await fetch(url)).json();
  const [land, borders, places] = await Promise.all([get(urls.land), get(urls.borders), get(urls.places)]);
  return { land, borders, places } as BasemapData;
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "rafah-map"
  );
}

export async function makeExport(ctx: ExportContext, options: ExportOptions): Promise<ExportResult> {
  const { story, facts, map } = ctx;
  const state = ctx.store.get();
  if (options.format === "geojson") {
    const collection = {
      type: "FeatureCollection",
      features: story.features.map((f) => ({
        type: "Feature",
        id: f.id,
        properties: f.properties,
        geometry: f.geometry,
      })),
    };
    const blob = new Blob([JSON.stringify(collection, null, 2) + "\n"], { type: "application/geo+json" });
    return { blob, filename: `${story.id}.geojson`, width: 0, height: 0, note: null };
  }
  const canvasBox = map.getCanvas().getBoundingClientRect();
  const size = outputSize(options.size, options.scale, { width: canvasBox.width, height: canvasBox.height });
  const b = map.getBounds();
  const bounds: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  const footnoted = options.footnotes ? footnotedFeatures(story, state, bounds) : [];
  const content = buildContent(story, facts, state, footnoted);
  const frame = layoutFrame(size, options, content);
  const positions = footnoted.map((f) => f.at);
  const name = `${slug(options.title)}-${options.size}${options.size === "a4" ? "" : `-${options.scale}x`}`;

  if (options.format === "png") {
    await ensureFonts();
    const raster = await renderMapRaster(
      map,
      { width: frame.map.w, height: frame.map.h },
      size.unit,
      positions,
      ctx.addImages,
    );
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const g = canvas.getContext("2d");
    if (!g) throw new Error("no 2D canvas");
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, size.width, size.height);
    g.drawImage(raster.canvas, frame.map.x, frame.map.y);
    const markers = footnoted.map((f, i) => ({ n: f.n, x: raster.markers[i]?.x ?? -1, y: raster.markers[i]?.y ?? -1 }));
    drawOnCanvas(g, composeScene(frame, options, content, { metresPerPixel: raster.metresPerPixel, markers }));
    const blob = await new Promise<Blob>((done, fail) => {
      canvas.toBlob((x) => {
        if (x) done(x);
        else fail(new Error("the canvas could not be encoded"));
      }, "image/png");
    });
    const note = raster.clamped
      ? strings.exports.clamped(`${frame.map.w} × ${frame.map.h}`, `${raster.clamped.width} × ${raster.clamped.height}`)
      : null;
    return { blob, filename: `${name}.png`, width: size.width, height: size.height, note };
  }

  const basemap = await loadBasemap(ctx.basemapUrls);
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("xmlns", NS);
  svg.setAttribute("width", String(size.width));
  svg.setAttribute("height", String(size.height));
  svg.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
  const title = document.createElementNS(NS, "title");
  title.textContent = options.title;
  const defs = document.createElementNS(NS, "defs");
  const clip = document.createElementNS(NS, "clipPath");
  clip.setAttribute("id", "map-area");
  const clipRect = document.createElementNS(NS, "rect");
  clipRect.setAttribute("width", String(frame.map.w));
  clipRect.setAttribute("height", String(frame.map.h));
  clip.append(clipRect);
  defs.append(clip);
  const mapGroup = document.createElementNS(NS, "g");
  mapGroup.setAttribute("transform", `translate(${frame.map.x},${frame.map.y})`);
  mapGroup.setAttribute("clip-path", "url(#map-area)");
  svg.append(title, defs, mapGroup);
  const vector = renderMapVector(
    mapGroup,
    defs,
    { width: frame.map.w, height: frame.map.h },
    size.unit,
    bounds,
    basemap,
    story,
    state.hidden,
    positions,
  );
  const composition = document.createElementNS(NS, "g");
  const markers = footnoted.map((f, i) => ({ n: f.n, x: vector.markers[i]?.x ?? -1, y: vector.markers[i]?.y ?? -1 }));
  drawAsSvg(composition, composeScene(frame, options, content, { metresPerPixel: vector.metresPerPixel, markers }));
  svg.append(composition);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  const blob = new Blob([text], { type: "image/svg+xml" });
  return { blob, filename: `${name}.svg`, width: size.width, height: size.height, note: null };
}
