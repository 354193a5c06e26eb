/**
 * window.rafahExport: the export for tools (the command line's headless Chromium): describe the loaded story, and
 * make an export as base64 with its size and any note.
 */
import type { ExportContext } from "./export.ts";
import { authorOf, creditsText } from "../panels/credits.ts";
import type { ExportOptions } from "./presets.ts";
import { blobToBase64 } from "./base64.ts";
import type { FootnoteDetail } from "./notes.ts";

export interface ExportApi {
  describe(): { story: string; views: string[]; viewTitles: string[]; features: string[]; title: string; author: string; credits: string }; // prettier-ignore
  make(options: ExportOptions): Promise<{
    base64: string;
    filename: string;
    width: number;
    height: number;
    note: string | null;
    /** The legend drawn (label and swatch of each row), the same for every format of one state. */
    legend: { label: string; swatch: string }[];
    /** The numbered markers, in full (quote, who says so, when, precision, sources). */
    footnotes: FootnoteDetail[];
  }>;
}

export function exposeExportApi(ctx: ExportContext): void {
  const api: ExportApi = {
    describe: () => ({
      story: ctx.story.id,
      views: ctx.story.views.views.map((v) => v.id),
      viewTitles: ctx.story.views.views.map((v) => v.title),
      author: authorOf(ctx.story),
      credits: creditsText(ctx.story),
      features: ctx.story.features.map((f) => f.id),
      title: ctx.story.meta.title,
    }),
    make: async (options) => {
      const { makeExport } = await import("./export.ts");
      const result = await makeExport(ctx, options);
      return {
        base64: await blobToBase64(result.blob),
        filename: result.filename,
        width: result.width,
        height: result.height,
        note: result.note,
        legend: result.legend.map((r) => ({ label: r.label, swatch: JSON.stringify(r.swatch) })),
        footnotes: [...result.footnotes],
      };
    },
  };
  Object.defineProperty(window, "rafahExport", { value: Object.freeze(api), configurable: false, writable: false });
}
