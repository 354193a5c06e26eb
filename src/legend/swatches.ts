/** Legend swatches as SVG, drawn from the same theme constants as the map layers. Text-free, DOM only. */
import { palette, statusColors, type StatusName } from "../map/theme.ts";
import { STATUS_DASH, STATUS_SHAPES } from "../map/story-layers.ts";
import { svgEl } from "../ui/svg.ts";

function svg(width: number, height: number): SVGSVGElement {
  const s = svgEl("svg");
  s.setAttribute("width", String(width));
  s.setAttribute("height", String(height));
  s.setAttribute("viewBox", `0 0 ${width} ${height}`);
  s.setAttribute("aria-hidden", "true");
  s.setAttribute("focusable", "false");
  return s;
}

/** The point symbol of a status, centred at (cx, cy) with half-size r. */
export function shape(status: StatusName, cx: number, cy: number, r: number): SVGElement {
  const fill = statusColors[status];
  const common = { fill, stroke: "#ffffff", "stroke-width": 1.4 };
  switch (STATUS_SHAPES[status]) {
    case "circle":
      return svgEl("circle", { cx, cy, r, ...common });
    case "square":
      return svgEl("rect", { x: cx - r * 0.9, y: cy - r * 0.9, width: r * 1.8, height: r * 1.8, ...common });
    case "diamond":
      return svgEl("path", { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, ...common });
    case "triangle":
      return svgEl("path", { d: `M${cx} ${cy - r}L${cx + r} ${cy + r * 0.8}L${cx - r} ${cy + r * 0.8}Z`, ...common });
    case "cross": {
      const k = r * 0.8;
      return svgEl("path", {
        d: `M${cx - k} ${cy - k}L${cx + k} ${cy + k}M${cx + k} ${cy - k}L${cx - k} ${cy + k}`,
        stroke: fill,
        "stroke-width": r * 0.55,
        "stroke-linecap": "round",
      });
    }
    case "ring-dot": {
      const g = svgEl("g", {});
      g.append(svgEl("circle", { cx, cy, r, ...common }), svgEl("circle", { cx, cy, r: r * 0.45, fill: "#ffffff" }));
      return g;
    }
  }
}

/** A status: its line (with its dash) and its point symbol. */
export function statusSwatch(status: StatusName): SVGSVGElement {
  const s = svg(40, 16);
  const dash = STATUS_DASH[status];
  s.append(
    svgEl("line", {
      x1: 2,
      y1: 8,
      x2: 24,
      y2: 8,
      stroke: statusColors[status],
      "stroke-width": 3,
      ...(dash ? { "stroke-dasharray": dash.map((d) => d * 3).join(" ") } : {}),
    }),
    shape(status, 32, 8, 6),
  );
  return s;
}

export function hatchSwatch(color: string): SVGSVGElement {
  const s = svg(40, 16);
  const clip = `clip-${Math.random().toString(36).slice(2)}`;
  const cp = svgEl("clipPath", { id: clip });
  cp.append(svgEl("rect", { x: 1, y: 1, width: 38, height: 14 }));
  s.append(cp);
  const g = svgEl("g", { "clip-path": `url(#${clip})` });
  for (let x = -16; x < 44; x += 6)
    g.append(svgEl("line", { x1: x, y1: 16, x2: x + 16, y2: 0, stroke: color, "stroke-width": 1.5 }));
  s.append(
    g,
    svgEl("rect", { x: 1, y: 1, width: 38, height: 14, fill: "none", stroke: color, "stroke-dasharray": "1 3" }),
  );
  return s;
}

export function areaSwatch(color: string): SVGSVGElement {
  const s = svg(40, 16);
  s.append(
    svgEl("rect", {
      x: 1,
      y: 1,
      width: 38,
      height: 14,
      fill: color,
      "fill-opacity": 0.15,
      stroke: color,
      "stroke-width": 1.5,
    }),
  );
  return s;
}

export function uncertaintySwatch(color: string): SVGSVGElement {
  const s = svg(40, 16);
  s.append(svgEl("circle", { cx: 20, cy: 8, r: 7, fill: color, "fill-opacity": 0.12, stroke: color }));
  return s;
}

export function lineSwatch(color: string, width: number, dash?: string, casing?: string): SVGSVGElement {
  const s = svg(40, 16);
  if (casing) s.append(svgEl("line", { x1: 2, y1: 8, x2: 38, y2: 8, stroke: casing, "stroke-width": width + 3 }));
  s.append(
    svgEl("line", {
      x1: 2,
      y1: 8,
      x2: 38,
      y2: 8,
      stroke: color,
      "stroke-width": width,
      ...(dash ? { "stroke-dasharray": dash } : {}),
    }),
  );
  return s;
}

export function markerSwatch(kind: "crossing" | "site" | "town"): SVGSVGElement {
  const s = svg(40, 16);
  const color =
    kind === "crossing" ? palette.marker.crossing : kind === "site" ? palette.marker.site : palette.marker.place;
  if (kind === "crossing") s.append(svgEl("path", { d: "M20 3L25 8L20 13L15 8Z", fill: color, stroke: "#fff" }));
  else if (kind === "site") s.append(svgEl("rect", { x: 16, y: 4, width: 8, height: 8, fill: color, stroke: "#fff" }));
  else s.append(svgEl("circle", { cx: 20, cy: 8, r: 3.5, fill: color, stroke: "#fff" }));
  return s;
}
