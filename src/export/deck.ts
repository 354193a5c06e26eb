/**
 * The PowerPoint deck (16:9, pptxgenjs, loaded only when a deck is asked for): one slide per view with the title
 * as editable text, the map picture (its legend, scale bar and numbered markers drawn in it) and the credits as
 * text, the numbered quotes with their sources in the speaker notes; then a last slide with the sources and
 * credits. Runs in the page (the export panel) and in node (npm run snapshot), from the same input.
 */
import { strings } from "../locale/en.ts";
import { footnoteText, type FootnoteDetail } from "./notes.ts";

export interface DeckSlide {
  readonly viewTitle: string;
  /** The map picture: PNG, base64 (no data: prefix). */
  readonly png: string;
  readonly width: number;
  readonly height: number;
  readonly footnotes: readonly FootnoteDetail[];
  /** The footnotes the picture had no room for: they continue on a slide of their own, never dropped. */
  readonly continued: readonly { n: number; text: string }[];
}

export interface DeckInput {
  readonly title: string;
  readonly author: string;
  readonly credits: string;
  readonly slides: readonly DeckSlide[];
}

const W = 13.333;
const H = 7.5;
const FONT = "Noto Sans";

export async function makeDeck(input: DeckInput): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE"; // 13.333 × 7.5 in, 16:9
  pptx.title = input.title;
  pptx.author = input.author;
  pptx.company = "rafah-map";
  const titleSize = input.title.length > 90 ? 14 : input.title.length > 64 ? 17 : 22;
  for (const s of input.slides) {
    const slide = pptx.addSlide();
    // One line for the title: a long one is set smaller (viewers do not all honour "shrink to fit").
    slide.addText(input.title, { x: 0.35, y: 0.12, w: W - 0.7, h: 0.5, fontFace: FONT, fontSize: titleSize, bold: true, color: "1F1F1F" }); // prettier-ignore
    slide.addText(s.viewTitle, { x: 0.35, y: 0.58, w: W - 0.7, h: 0.3, fontFace: FONT, fontSize: 12, color: "5C5C5C" }); // prettier-ignore
    // The picture keeps its proportions in the room between the title and the credits.
    const roomW = W - 0.7;
    const roomH = H - 0.95 - 0.55;
    const scale = Math.min(roomW / s.width, roomH / s.height);
    const w = s.width * scale;
    const h = s.height * scale;
    slide.addImage({ data: `image/png;base64,${s.png}`, x: (W - w) / 2, y: 0.95, w, h, altText: `Map: ${s.viewTitle}` }); // prettier-ignore
    slide.addText(input.credits, { x: 0.35, y: H - 0.5, w: W - 0.7, h: 0.35, fontFace: FONT, fontSize: 9, color: "444444" }); // prettier-ignore
    const notes =
      s.footnotes.length > 0 ? s.footnotes.map(footnoteText).join("\n\n") : "No numbered markers on this view.";
    slide.addNotes(`${notes}\n\n${input.credits}`);
    if (s.continued.length > 0) {
      const more = pptx.addSlide();
      more.addText(strings.exports.continued(s.viewTitle), { x: 0.35, y: 0.15, w: W - 0.7, h: 0.6, fontFace: FONT, fontSize: 20, bold: true, color: "1F1F1F" }); // prettier-ignore
      more.addText(s.continued.map((f) => ({ text: `${String(f.n)}. ${f.text}`, options: { breakLine: true, paraSpaceAfter: 8 } })), { x: 0.35, y: 0.9, w: W - 0.7, h: H - 1.5, fontFace: FONT, fontSize: 13, color: "1F1F1F", valign: "top" }); // prettier-ignore
      more.addText(input.credits, { x: 0.35, y: H - 0.5, w: W - 0.7, h: 0.35, fontFace: FONT, fontSize: 9, color: "444444" }); // prettier-ignore
      more.addNotes(`${notes}\n\n${input.credits}`);
    }
  }
  const last = pptx.addSlide();
  last.addText("Sources and credits", { x: 0.35, y: 0.15, w: W - 0.7, h: 0.6, fontFace: FONT, fontSize: 22, bold: true, color: "1F1F1F" }); // prettier-ignore
  const sources = [...new Set(input.slides.flatMap((s) => s.footnotes.flatMap((f) => f.sources)))];
  last.addText(
    [input.credits, "", `${strings.details.sources}, for the numbered markers:`, ...sources.map((x) => `• ${x}`)].join(
      "\n",
    ),
    { x: 0.35, y: 0.9, w: W - 0.7, h: H - 1.2, fontFace: FONT, fontSize: 12, color: "1F1F1F", valign: "top" },
  );
  last.addNotes(input.credits);
  const out = await pptx.write({ outputType: "uint8array" });
  return out as Uint8Array;
}
