/**
 * Makes an export of the current state: a PNG (an off-screen MapLibre map with the composition drawn on a canvas),
 * an SVG (the d3-geo map and the same composition as SVG) or the story's GeoJSON. Used by the export panel and,
 * through window.rafahExport, by the command line (scripts/snapshot.ts).
 */
import type { DerivedFacts } from "../model/derived.ts";
import type { Story } from "../model/types.ts";
import { BASEMAP_MARKERS, BASEMAP_URLS, LABEL_BANDS } from "../render/basemap-files.ts";
import { drawOnCanvas } from "../render/marks/canvas.ts";
import { FONT_URLS } from "../render/maplibre/fonts.ts";
import { renderMapRaster, type SnapshotSource } from "../render/maplibre/snapshot.ts";
import { composeScene, type SceneContent } from "../render/scene/compose.ts";
import { loadFullBasemap } from "../render/svg-map/basemap.ts";
import type { Store } from "../state/store.ts";
import { FONT_FAMILY } from "../theme/fonts.ts";
import { strings } from "../locale/en.ts";
import { DECK_PICTURE, type ExportOptions } from "./presets.ts";
import { chosenViews, numberedMarkers, prepareExport, slug, type PreparedExport } from "./prepare.ts";
import { encodePng, svgToPng, whiteCanvas } from "./rasterize.ts";
import { svgExport, type EmbeddedFont } from "./svg-export.ts";
import { blobToBase64, bytesToBase64 } from "./base64.ts";
import { footnoteDetails, type FootnoteDetail } from "./notes.ts";
import { authorOf, creditsText } from "../panels/credits.ts";
import type { DeckSlide } from "./deck.ts";

export interface ExportContext {
  readonly story: Story;
  readonly facts: DerivedFacts;
  readonly store: Store;
  /** The map on screen, as a snapshot sees it (the map host provides it, starting the live map if need be). */
  readonly snapshot: () => Promise<SnapshotSource>;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly filename: string;
  readonly width: number;
  readonly height: number;
  /** Said to the user when the result differs from what was asked (GPU limits). */
  readonly note: string | null;
  /** The legend rows the picture draws (none for GeoJSON). */
  readonly legend: SceneContent["legend"];
  /** The numbered markers in full (none for GeoJSON). */
  readonly footnotes: readonly FootnoteDetail[];
}

let fontsReady: Promise<void> | null = null;
let fontData: Promise<EmbeddedFont[]> | null = null;

/** The map's Noto Sans files as base64, for the SVG to carry (once). */
function embeddedFonts(): Promise<EmbeddedFont[]> {
  fontData ??= Promise.all(
    FONT_URLS.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(new URL(f.url, document.baseURI).href)).arrayBuffer());
      return { weight: f.weight, style: f.style, base64: bytesToBase64(bytes) };
    }),
  );
  return fontData;
}

/** Loads the map's own Noto Sans files for canvas text (once). */
function ensureFonts(): Promise<void> {
  fontsReady ??= Promise.all(
    FONT_URLS.map(async (f) => {
      const face = new FontFace(FONT_FAMILY, `url(${new URL(f.url, document.baseURI).href})`, {
        weight: f.weight,
        style: f.style,
      });
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return fontsReady;
}

/** Draws prepared exports as SVG documents: the full basemap and the embedded fonts, loaded once for all of them. */
async function svgMaker(story: Story, hidden: readonly string[]): Promise<(prepared: PreparedExport) => string> {
  const [basemap, fonts] = await Promise.all([loadFullBasemap(BASEMAP_URLS, (url) => fetch(url)), embeddedFonts()]);
  return (prepared) => svgExport(prepared, { features: story.features, hidden, basemap, bands: LABEL_BANDS, basemapMarkers: BASEMAP_MARKERS, storyBounds: story.bounds, named: story.article, fonts }); // prettier-ignore
}

async function pngExport(source: SnapshotSource, prepared: PreparedExport): Promise<ExportResult> {
  const { frame, size } = prepared;
  await ensureFonts();
  const raster = await renderMapRaster(source, { width: frame.map.w, height: frame.map.h }, size.unit, prepared.positions); // prettier-ignore
  const { canvas, g } = whiteCanvas(size);
  g.drawImage(raster.canvas, frame.map.x, frame.map.y);
  const info = { metresPerPixel: raster.metresPerPixel, markers: numberedMarkers(prepared, raster.markers), obstacles: raster.obstacles }; // prettier-ignore
  drawOnCanvas(g, composeScene(frame, prepared.options, prepared.content, info));
  const blob = await encodePng(canvas);
  const note = raster.clamped
    ? strings.exports.clamped(`${frame.map.w} × ${frame.map.h}`, `${raster.clamped.width} × ${raster.clamped.height}`)
    : null;
  return { blob, filename: `${prepared.name}.png`, width: size.width, height: size.height, note, legend: prepared.content.legend, footnotes: [] }; // prettier-ignore
}

function geojsonExport(story: Story): ExportResult {
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
  return { blob, filename: `${story.id}.geojson`, width: 0, height: 0, note: null, legend: [], footnotes: [] };
}

export async function makeExport(ctx: ExportContext, options: ExportOptions): Promise<ExportResult> {
  const { story } = ctx;
  if (options.format === "geojson") return geojsonExport(story);
  if (options.format === "pdf") return (await import("./pdf-export.ts")).pdfExport(ctx, options);
  if (options.format === "pptx") return deckExport(ctx, options);
  const state = ctx.store.get();
  const source = await ctx.snapshot();
  const view = { ...source.size(), bounds: [...source.bounds()] as [number, number, number, number] };
  const prepared = prepareExport(story, ctx.facts, state, options, view);
  const footnotes = footnoteDetails(story, prepared.footnoted);
  if (options.format === "png") return { ...(await pngExport(source, prepared)), footnotes };
  const text = (await svgMaker(story, state.hidden))(prepared);
  const { width, height } = prepared.size;
  return {
    blob: new Blob([text], { type: "image/svg+xml" }),
    filename: `${prepared.name}.svg`,
    legend: prepared.content.legend,
    width,
    height,
    note: null,
    footnotes,
  };
}

/**
 * A deck: a slide per view (the ones asked for, or the one on screen) with its picture at 2x, named by the view, and
 * the numbered quotes in the notes. Each picture is the SVG export of the view (the same vector page as the PDF's),
 * drawn at the slide's picture size: made from the data, so it needs no live map and looks the same from the
 * panel and the command line.
 */
async function deckExport(ctx: ExportContext, options: ExportOptions): Promise<ExportResult> {
  const { story } = ctx;
  const onScreen = ctx.store.get();
  const views = chosenViews(story, options.views, onScreen.viewId);
  const [svgOf, { makeDeck }] = await Promise.all([svgMaker(story, onScreen.hidden), import("./deck.ts")]);
  const slides: DeckSlide[] = [];
  let legend: SceneContent["legend"] = [];
  for (const view of views) {
    const state = { ...onScreen, viewId: view.id };
    const frame = { ...DECK_PICTURE, bounds: [...view.bounds] as [number, number, number, number] };
    const prepared = prepareExport(story, ctx.facts, state, { ...options, format: "svg", size: "view", scale: 2, title: view.title }, frame); // prettier-ignore
    const png = await svgToPng(svgOf(prepared), prepared.size);
    if (slides.length === 0) legend = prepared.content.legend;
    slides.push({ viewTitle: view.title, png: await blobToBase64(png), width: prepared.size.width, height: prepared.size.height, footnotes: footnoteDetails(story, prepared.footnoted) }); // prettier-ignore
  }
  const bytes = await makeDeck({ title: options.title, author: authorOf(story), credits: creditsText(story), slides }); // prettier-ignore
  const filename = `${slug(options.title)}-${views.length === 1 ? (views[0]?.id ?? "") : "views"}.pptx`;
  return { blob: new Blob([bytes as BlobPart], { type: PPTX_TYPE }), filename, width: 0, height: 0, note: null, legend, footnotes: slides.flatMap((s) => s.footnotes) }; // prettier-ignore
}

export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
