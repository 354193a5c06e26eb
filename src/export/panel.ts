/** The export panel: format, size, scale, title and what to include; the download goes through the browser. */
import { strings } from "../locale/en.ts";
import type { ExportContext } from "./export.ts";
import { SCALES, SIZE_PRESETS, isFormat, isSizePreset, type ExportOptions } from "./presets.ts";

function field(labelText: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement("label");
  label.className = "export-field";
  const span = document.createElement("span");
  span.textContent = labelText;
  label.append(span, control);
  return label;
}

function select(name: string, options: readonly [string, string][]): HTMLSelectElement {
  const s = document.createElement("select");
  s.name = name;
  for (const [value, label] of options) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    s.append(o);
  }
  return s;
}

function checkbox(name: string, labelText: string, checked: boolean): HTMLLabelElement {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.name = name;
  box.checked = checked;
  label.append(box, document.createTextNode(` ${labelText}`));
  return label;
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export function renderExportPanel(host: HTMLElement, ctx: ExportContext): void {
  const details = document.createElement("details");
  details.className = "export-panel";
  const summary = document.createElement("summary");
  summary.textContent = strings.exports.heading;
  const form = document.createElement("form");
  const format = select("format", Object.entries(strings.exports.formats));
  const size = select(
    "size",
    Object.entries(SIZE_PRESETS).map(([k, v]) => [k, v.label]),
  );
  const scale = select(
    "scale",
    SCALES.map((s) => [String(s), `${s}×`]),
  );
  const title = document.createElement("input");
  title.type = "text";
  title.name = "title";
  title.value = ctx.story.meta.title;
  const status = document.createElement("p");
  status.className = "export-status";
  status.setAttribute("role", "status");
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = strings.exports.button;
  const checks = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.className = "visually-hidden";
  legend.textContent = strings.exports.heading;
  checks.append(
    legend,
    checkbox("legend", strings.exports.legend, true),
    checkbox("scaleBar", strings.exports.scaleBar, true),
    checkbox("northArrow", strings.exports.northArrow, true),
    checkbox("timeline", strings.exports.timeline, false),
    checkbox("footnotes", strings.exports.footnotes, true),
  );
  form.append(
    field(strings.exports.format, format),
    field(strings.exports.size, size),
    field(strings.exports.scale, scale),
    field(strings.exports.title, title),
    checks,
    button,
    status,
  );
  const syncScale = () => {
    scale.disabled = size.value === "a4" || format.value === "geojson";
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
          (options.format === "geojson"
            ? `${what}: ${result.filename}`
            : strings.exports.done(what, result.width, result.height));
      })
      .catch((error: unknown) => {
        status.textContent = strings.exports.failed(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  details.append(summary, form);
  host.replaceChildren(details);
}
