/**
 * The PDF briefing pack (jsPDF with svg2pdf.js, loaded only when a PDF is asked for): a page per view with the map
 * as vector paths (the SVG export: same map, same composition), then "Quotes and sources" pages with each
 * numbered passage in full, its status and who claims it, the date phrase with its resolved date and method, how
 * precisely it is located and the geometry's sources. The credits and "as of" are on every page; the fonts are
 * embedded; the text is selectable; the document's title and author are set. A4 or US Letter, landscape.
 */
import type { DerivedFacts } from "../model/derived.ts";
import type { Story } from "../model/types.ts";
import type { NamedView } from "../model/views.ts";
import { creditsText, authorOf } from "../panels/credits.ts";
import type { Band } from "../render/bands.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import type { UiState } from "../state/store.ts";
import { FONT_FAMILY } from "../theme/fonts.ts";
import { footnoteDetails, type FootnoteDetail } from "./notes.ts";
import type { PdfFont } from "./pdf-fonts.ts";
import { prepareExport } from "./prepare.ts";
import type { ExportOptions } from "./presets.ts";
import { svgExport } from "./svg-export.ts";
import { strings } from "../locale/en.ts";

export type Paper = "a4" | "letter";

/** Page sizes in points, landscape. */
const PAPER: Readonly<Record<Paper, { w: number; h: number }>> = { a4: { w: 842, h: 595 }, letter: { w: 792, h: 612 } }; // prettier-ignore
const MARGIN = 36;
const NOTE_BAND = 16;

export interface PdfInput {
  readonly story: Story;
  readonly facts: DerivedFacts;
  readonly state: UiState;
  readonly views: readonly NamedView[];
  readonly paper: Paper;
  readonly title: string;
  readonly options: ExportOptions;
  readonly basemap: BasemapData;
  readonly bands: readonly Band[];
  readonly extent: readonly number[];
  readonly fonts: readonly PdfFont[];
}

/** svg2pdf paints a text's stroke over its fill: a halo ("paint-order: stroke") becomes a stroked copy beneath. */
function halosBeneath(svg: Element): void {
  for (const text of [...svg.querySelectorAll("text[paint-order]")]) {
    if (!text.getAttribute("stroke")) continue;
    const halo = text.cloneNode(true) as Element;
    halo.setAttribute("fill", "none");
    halo.removeAttribute("paint-order");
    text.removeAttribute("stroke");
    text.removeAttribute("stroke-width");
    text.removeAttribute("paint-order");
    text.before(halo);
  }
}

export async function makeBriefingPdf(input: PdfInput): Promise<Uint8Array> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import("jspdf"), import("svg2pdf.js")]);
  const page = PAPER[input.paper];
  const doc = new jsPDF({ orientation: "landscape", unit: "pt", format: input.paper === "a4" ? "a4" : "letter", compress: true, putOnlyUsedFonts: true }); // prettier-ignore
  for (const f of input.fonts) {
    doc.addFileToVFS(f.file, f.base64);
    doc.addFont(f.file, FONT_FAMILY, f.style);
  }
  const { story } = input;
  doc.setProperties({ title: input.title, subject: `Briefing pack: ${story.meta.title}`, author: authorOf(story), creator: "rafah-map", keywords: "Rafah, Egypt–Gaza border, Sinai" }); // prettier-ignore
  doc.setFileId("52414641482d4d41502d4252494546"); // the same id each time (a stable file)
  const credits = creditsText(story);
  const explained: { view: NamedView; notes: FootnoteDetail[] }[] = [];

  // The pages that are a view's picture: their credits are in the picture.
  const pictures: number[] = [];
  for (const [i, view] of input.views.entries()) {
    if (i > 0) doc.addPage();
    pictures.push(doc.getNumberOfPages());
    const state: UiState = { ...input.state, viewId: view.id };
    const size = input.paper === "a4" ? { width: 3508, height: 2480 } : { width: 3300, height: 2550 };
    const prepared = prepareExport(story, input.facts, state, { ...input.options, format: "svg", size: input.paper, scale: 1, title: `${view.title}: ${input.title}`, quotesPages: true }, { ...size, bounds: view.bounds }); // prettier-ignore
    const text = svgExport(prepared, { features: story.features, hidden: state.hidden, basemap: input.basemap, bands: input.bands, extent: input.extent, storyBounds: story.bounds, named: story.article }); // prettier-ignore
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    halosBeneath(svg);
    await svg2pdf(svg, doc, { x: 0, y: 0, width: page.w, height: page.h - NOTE_BAND });
    const notes = footnoteDetails(story, prepared.footnoted);
    explained.push({ view, notes });
    doc.setFont(FONT_FAMILY, "normal");
    doc.setFontSize(8);
    doc.setTextColor(60, 60, 60);
    const said = notes.length === 0 ? "No numbered markers on this view." : `Every numbered passage (1–${String(notes.length)}) is quoted in full, with its sources, on the "Quotes and sources" pages.`; // prettier-ignore
    doc.text(said, MARGIN / 2, page.h - 5);
    // The footnotes the page had no room for continue on the next page: none is dropped.
    const continued = prepared.content.footnotes.filter((f) => prepared.frame.leftOut.includes(f.n));
    if (continued.length > 0) {
      doc.addPage();
      let y = MARGIN;
      doc.setTextColor(31, 31, 31);
      doc.setFont(FONT_FAMILY, "bold");
      doc.setFontSize(15);
      doc.text(strings.exports.continued(view.title), MARGIN, y + 15);
      y += 32;
      doc.setFont(FONT_FAMILY, "normal");
      doc.setFontSize(10.5);
      for (const f of continued) {
        const lines: string[] = doc.splitTextToSize(`${String(f.n)}. ${f.text}`, page.w - 2 * MARGIN) as string[];
        doc.text(lines, MARGIN, y + 10.5);
        y += lines.length * 10.5 * 1.3 + 6;
      }
    }
  }

  // Quotes and sources.
  doc.addPage();
  let y = MARGIN;
  const width = page.w - 2 * MARGIN;
  const bottom = page.h - MARGIN - 14;
  const write = (lines: string, size: number, style: "normal" | "bold" | "italic", gap: number) => {
    doc.setFont(FONT_FAMILY, style);
    doc.setFontSize(size);
    const wrapped: string[] = doc.splitTextToSize(lines, width) as string[];
    for (const line of wrapped) {
      if (y + size > bottom) {
        doc.addPage();
        y = MARGIN;
      }
      doc.text(line, MARGIN, y + size);
      y += size * 1.3;
    }
    y += gap;
  };
  doc.setTextColor(31, 31, 31);
  write("Quotes and sources", 18, "bold", 6);
  write(`${story.meta.title}. ${story.meta.outlet.attribution}.`, 10, "normal", 8);
  for (const { view, notes } of explained) {
    write(`${view.title} (map on page ${String(pictures[input.views.indexOf(view)] ?? 0)})`, 13, "bold", 4);
    if (notes.length === 0) write("No numbered markers on this view.", 10, "italic", 8);
    for (const n of notes) {
      write(`${String(n.n)}. ${n.title}`, 10.5, "bold", 1);
      write(n.quote, 10, "normal", 1);
      write(n.claim, 9.5, "normal", 0);
      if (n.when) write(`When: ${n.when}`, 9.5, "normal", 0);
      write(`Where, and how precisely: ${n.precision}`, 9.5, "normal", 0);
      write(`${strings.details.sources}: ${n.sources.join("; ")}`, 9.5, "normal", 7);
    }
  }

  // The credits and "as of" (in the credits line) on every page, and the page's number.
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont(FONT_FAMILY, "normal");
    doc.setFontSize(7.5);
    doc.setTextColor(70, 70, 70);
    if (!pictures.includes(p)) doc.text(credits, MARGIN, page.h - MARGIN / 2, { maxWidth: width - 60 });
    doc.text(`${String(p)} / ${String(pages)}`, page.w - MARGIN / 2, page.h - 5, { align: "right" });
  }
  return new Uint8Array(doc.output("arraybuffer"));
}
