/** The export panel's form (format, size, scale, title, what to include): written at build time and in the browser. */
import { strings } from "../locale/en.ts";
import { el, flag } from "../panels/dom.ts";
import { SCALES, SIZE_PRESETS } from "./presets.ts";

function field(doc: Document, labelText: string, control: HTMLElement): HTMLLabelElement {
  const label = el(doc, "label", "export-field");
  label.append(el(doc, "span", undefined, labelText), control);
  return label;
}

function select(doc: Document, name: string, options: readonly [string, string][]): HTMLSelectElement {
  const s = el(doc, "select");
  s.name = name;
  for (const [value, label] of options) {
    const o = el(doc, "option", undefined, label);
    o.value = value;
    s.append(o);
  }
  return s;
}

function checkbox(doc: Document, name: string, labelText: string, checked: boolean): HTMLLabelElement {
  const label = el(doc, "label");
  const box = el(doc, "input");
  box.type = "checkbox";
  box.name = name;
  flag(box, "checked", checked);
  label.append(box, doc.createTextNode(` ${labelText}`));
  return label;
}

/** The panel's form, with the story's title as the default title. */
export function exportPanelMarkup(doc: Document, storyTitle: string): Node[] {
  const details = el(doc, "details", "export-panel");
  const form = el(doc, "form");
  const title = el(doc, "input");
  title.type = "text";
  title.name = "title";
  title.setAttribute("value", storyTitle);
  const status = el(doc, "p", "export-status");
  status.setAttribute("role", "status");
  const submit = el(doc, "button", undefined, strings.exports.button);
  submit.type = "submit";
  const checks = el(doc, "fieldset");
  checks.append(
    el(doc, "legend", "visually-hidden", strings.exports.heading),
    checkbox(doc, "legend", strings.exports.legend, true),
    checkbox(doc, "scaleBar", strings.exports.scaleBar, true),
    checkbox(doc, "northArrow", strings.exports.northArrow, true),
    checkbox(doc, "timeline", strings.exports.timeline, false),
    checkbox(doc, "footnotes", strings.exports.footnotes, true),
  );
  form.append(
    field(doc, strings.exports.format, select(doc, "format", Object.entries(strings.exports.formats))),
    field(
      doc,
      strings.exports.size,
      select(
        doc,
        "size",
        Object.entries(SIZE_PRESETS).map(([k, v]) => [k, v.label]),
      ),
    ),
    field(
      doc,
      strings.exports.scale,
      select(
        doc,
        "scale",
        SCALES.map((s) => [String(s), `${s}×`]),
      ),
    ),
    field(doc, strings.exports.title, title),
    checks,
    submit,
    status,
  );
  details.append(el(doc, "summary", undefined, strings.exports.heading), form);
  return [details];
}
