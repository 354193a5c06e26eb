/**
 * The export panel: format, size, scale, title and what to include; the download goes through the browser. Its
 * markup (panel-markup.ts) is written at build time, so nothing moves when the script attaches to the form.
 */
import { strings } from "../locale/en.ts";
import { ensureMarkup } from "../panels/dom.ts";
import type { ExportContext } from "./export.ts";
import { download } from "./download.ts";
import { exportPanelMarkup } from "./panel-markup.ts";
import { isFormat, isSizePreset, type ExportOptions } from "./presets.ts";

export function renderExportPanel(host: HTMLElement, ctx: ExportContext): void {
  ensureMarkup(host, ctx.story.id, (doc) => exportPanelMarkup(doc, ctx.story.meta.title));
  const form = host.querySelector("form");
  if (!form) return;
  const format = form.querySelector<HTMLSelectElement>("select[name=format]");
  const size = form.querySelector<HTMLSelectElement>("select[name=size]");
  const scale = form.querySelector<HTMLSelectElement>("select[name=scale]");
  const title = form.querySelector<HTMLInputElement>("input[name=title]");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const status = form.querySelector<HTMLElement>(".export-status");
  if (!format || !size || !scale || !title || !button || !status) return;
  const syncScale = () => {
    scale.disabled =
      size.value === "a4" || size.value === "letter" || ["geojson", "pptx", "pdf"].includes(format.value);
    // A deck slide's picture is the view on screen at 2x, sized to fill the slide: the size does not apply.
    size.disabled = format.value === "geojson" || format.value === "pptx";
  };
  size.addEventListener("change", syncScale);
  format.addEventListener("change", syncScale);
  syncScale();
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const f = format.value;
    const sz = size.value;
    const options: ExportOptions = {
      format: isFormat(f) ? f : "png",
      size: isSizePreset(sz) ? sz : "view",
      scale: Number(scale.value) || 1,
      title: title.value.trim() || ctx.story.meta.title,
      legend: data.has("legend"),
      scaleBar: data.has("scaleBar"),
      northArrow: data.has("northArrow"),
      timeline: data.has("timeline"),
      footnotes: data.has("footnotes"),
    };
    button.disabled = true;
    status.textContent = strings.exports.working;
    import("./export.ts")
      .then(({ makeExport }) => makeExport(ctx, options))
      .then((result) => {
        download(result.blob, result.filename);
        const what = options.format === "geojson" ? "GeoJSON file" : options.format.toUpperCase();
        status.textContent =
          result.note ??
          (options.format === "geojson" || options.format === "pptx"
            ? `${options.format === "pptx" ? strings.exports.formats.pptx : what}: ${result.filename}`
            : strings.exports.done(what, result.width, result.height));
      })
      .catch((error: unknown) => {
        status.textContent = strings.exports.failed(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}
