/**
 * "PDF briefing" from the export panel and the command line: the views asked for (or the one on screen), on A4
 * or US Letter, made by pdf-pack.ts with the full basemap and the app's fonts, all loaded only now.
 */
import { BASEMAP_BOUNDS, BASEMAP_URLS, LABEL_BANDS } from "../render/basemap-files.ts";
import { loadFullBasemap } from "../render/svg-map/basemap.ts";
import type { ExportContext, ExportResult } from "./export.ts";
import { pdfFonts } from "./pdf-fonts.ts";
import type { ExportOptions } from "./presets.ts";
import { chosenViews, slug } from "./prepare.ts";

export async function pdfExport(ctx: ExportContext, options: ExportOptions): Promise<ExportResult> {
  const { story } = ctx;
  const state = ctx.store.get();
  const views = chosenViews(story, options.views, state.viewId);
  const paper = options.size === "letter" ? "letter" : "a4";
  const [basemap, fonts, { makeBriefingPdf }] = await Promise.all([
    loadFullBasemap(BASEMAP_URLS, (url) => fetch(url)),
    pdfFonts(),
    import("./pdf-pack.ts"),
  ]);
  const bytes = await makeBriefingPdf({ story, facts: ctx.facts, state, views, paper, title: options.title, options, basemap, bands: LABEL_BANDS, extent: BASEMAP_BOUNDS, fonts }); // prettier-ignore
  return { blob: new Blob([bytes as BlobPart], { type: "application/pdf" }), filename: `${slug(options.title)}-${paper}.pdf`, width: 0, height: 0, note: null, legend: [], footnotes: [] }; // prettier-ignore
}
