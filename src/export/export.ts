/**
 * Makes an export of the current state: an SVG (the d3-geo map with its layout and the composition around it), a PNG
 * (that SVG drawn to a canvas: the same picture, pointers and numbered markers included, and no live map needed),
 * a PDF pack, a deck, or the story's GeoJSON. Used by the export panel and, through window.rafahExport, by the
 * command line (scripts/snapshot.ts).
 */
import type { DerivedFacts } from "../model/derived.ts";
import type { Story } from "../model/types.ts";
import { BASEMAP_BOUNDS, BASEMAP_URLS, LABEL_BANDS } from "../render/basemap-files.ts";
import { FONT_URLS } from "../render/maplibre/fonts.ts";
import type { SceneContent } from "../render/scene/compose.ts";
import { loadFullBasemap } from "../render/svg-map/basemap.ts";
import type { ViewSource } from "../render/view-source.ts";
import type { Store } from "../state/store.ts";
import { DECK_PICTURE, type ExportOptions } from "./presets.ts";
import { chosenViews, prepareExport, slug, type PreparedExport } from "./prepare.ts";
import { svgToPng } from "./rasterize.ts";
import { svgExport, type EmbeddedFont } from "./svg-export.ts";
import { blobToBase64, bytesToBase64 } from "./base64.ts";
import { footnoteDetails, type FootnoteDetail } from "./notes.ts";
import { authorOf, creditsText } from "../panels/credits.ts";
import type { DeckSlide } from "./deck.ts";

export interface ExportContext {
  readonly story: Story;
  readonly facts: DerivedFacts;
  readonly store: Store;
  /** What the map on screen shows (the live map's camera, or the static map's view). */
  readonly view: () => Promise<ViewSource>;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly filename: string;
  readonly width: number;
  readonly height: number;
  /** Said to the user about the result (none now that every export is drawn from the data). */
  readonly note: string | null;
  /** The legend rows the picture draws (none for GeoJSON). */
  readonly legend: SceneContent["legend"];
  /** The numbered markers in full (none for GeoJSON). */
  readonly footnotes: readonly FootnoteDetail[];
}

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

/** Draws prepared exports as SVG documents: the full basemap and the embedded fonts, loaded once for all of them. */
async function svgMaker(story: Story, hidden: readonly string[]): Promise<(prepared: PreparedExport) => string> {
  const [basemap, fonts] = await Promise.all([loadFullBasemap(BASEMAP_URLS, (url) => fetch(url)), embeddedFonts()]);
  return (prepared) => svgExport(prepared, { features: story.features, hidden, basemap, bands: LABEL_BANDS, extent: BASEMAP_BOUNDS, storyBounds: story.bounds, named: story.article, fonts }); // prettier-ignore
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
  const source = await ctx.view();
  const view = { ...source.size(), bounds: [...source.bounds()] as [number, number, number, number] };
  const prepared = prepareExport(story, ctx.facts, state, options, view);
  const footnotes = footnoteDetails(story, prepared.footnoted);
  const text = (await svgMaker(story, state.hidden))(prepared);
  const { width, height } = prepared.size;
  const blob = options.format === "png" ? await svgToPng(text, prepared.size) : new Blob([text], { type: "image/svg+xml" }); // prettier-ignore
  return { blob, filename: `${prepared.name}.${options.format}`, legend: prepared.content.legend, width, height, note: null, footnotes }; // prettier-ignore
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
    const prepared = prepareExport(story, ctx.facts, state, { ...options, format: "svg", size: "view", scale: 2, title: view.title, quotesPages: true }, frame); // prettier-ignore
    const png = await svgToPng(svgOf(prepared), prepared.size);
    if (slides.length === 0) legend = prepared.content.legend;
    const continued = prepared.content.footnotes.filter((f) => prepared.frame.leftOut.includes(f.n));
    slides.push({ viewTitle: view.title, png: await blobToBase64(png), width: prepared.size.width, height: prepared.size.height, footnotes: footnoteDetails(story, prepared.footnoted), continued }); // prettier-ignore
  }
  const bytes = await makeDeck({ title: options.title, author: authorOf(story), credits: creditsText(story), slides }); // prettier-ignore
  const filename = `${slug(options.title)}-${views.length === 1 ? (views[0]?.id ?? "") : "views"}.pptx`;
  return { blob: new Blob([bytes as BlobPart], { type: PPTX_TYPE }), filename, width: 0, height: 0, note: null, legend, footnotes: slides.flatMap((s) => s.footnotes) }; // prettier-ignore
}

export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
