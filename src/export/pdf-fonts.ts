/**
 * The PDF's fonts: the app's Noto Sans release (@fontsource), its WOFF files unwrapped to TrueType (woff.ts) and
 * registered under the styles svg2pdf asks for ("normal", "italic", "600normal" for the map's names, "bold").
 * Loaded only when a PDF is made.
 */
import regular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url";
import italic from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff?url";
import semibold from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff?url";
import bold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url";
import { bytesToBase64 } from "./base64.ts";
import { woffToSfnt } from "./woff.ts";

export interface PdfFont {
  readonly file: string;
  /** The jsPDF font style svg2pdf chooses for this weight and style. */
  readonly style: "normal" | "italic" | "600normal" | "bold";
  /** TrueType, base64. */
  readonly base64: string;
}

const FILES = [
  { url: regular, file: "NotoSans-Regular.ttf", style: "normal" },
  { url: italic, file: "NotoSans-Italic.ttf", style: "italic" },
  { url: semibold, file: "NotoSans-SemiBold.ttf", style: "600normal" },
  { url: bold, file: "NotoSans-Bold.ttf", style: "bold" },
] as const;

let loaded: Promise<PdfFont[]> | null = null;

export function pdfFonts(): Promise<PdfFont[]> {
  loaded ??= Promise.all(
    FILES.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(new URL(f.url, document.baseURI).href)).arrayBuffer());
      return { file: f.file, style: f.style, base64: bytesToBase64(woffToSfnt(bytes)) };
    }),
  );
  return loaded;
}
