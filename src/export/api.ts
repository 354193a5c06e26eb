/**
 * window.rafahExport: the export for tools (the command line's headless Chromium): describe the loaded story, and
 * make an export as base64 with its size and any note.
 */
import type { ExportContext } from "./export.ts";
import type { ExportOptions } from "./presets.ts";

export interface ExportApi {
  describe(): { story: string; views: string[]; features: string[]; title: string };
  make(options: ExportOptions): Promise<{
    base64: string;
    filename: string;
    width: number;
    height: number;
    note: string | null;
    /** The legend drawn (label and swatch of each row), the same for every format of one state. */
    legend: { label: string; swatch: string }[];
  }>;
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function exposeExportApi(ctx: ExportContext): void {
  const api: ExportApi = {
    describe: () => ({
      story: ctx.story.id,
      views: ctx.story.views.views.map((v) => v.id),
      features: ctx.story.features.map((f) => f.id),
      title: ctx.story.meta.title,
    }),
    make: async (options) => {
      const { makeExport } = await import("./export.ts");
      const result = await makeExport(ctx, options);
      return {
        base64: await toBase64(result.blob),
        filename: result.filename,
        width: result.width,
        height: result.height,
        note: result.note,
        legend: result.legend.map((r) => ({ label: r.label, swatch: JSON.stringify(r.swatch) })),
      };
    },
  };
  Object.defineProperty(window, "rafahExport", { value: Object.freeze(api), configurable: false, writable: false });
}
