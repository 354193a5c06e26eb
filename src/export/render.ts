/** Draws scene primitives on a 2D canvas, or as SVG elements: the two renderers of one composition. */
import type { Primitive } from "./scene.ts";
import { svgEl } from "../ui/svg.ts";

export const EXPORT_FONT = '"Noto Sans", "Helvetica Neue", Arial, sans-serif';

export function drawOnCanvas(ctx: CanvasRenderingContext2D, primitives: readonly Primitive[]): void {
  for (const p of primitives) {
    ctx.save();
    switch (p.kind) {
      case "rect":
        ctx.globalAlpha = p.opacity ?? 1;
        if (p.fill !== "none") {
          ctx.fillStyle = p.fill;
          ctx.fillRect(p.x, p.y, p.w, p.h);
        }
        ctx.globalAlpha = 1;
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.strokeRect(p.x, p.y, p.w, p.h);
        }
        break;
      case "line":
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width;
        ctx.setLineDash(p.dash ?? []);
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y1);
        ctx.lineTo(p.x2, p.y2);
        ctx.stroke();
        break;
      case "path": {
        const path = new Path2D(p.d);
        ctx.fillStyle = p.fill;
        ctx.fill(path);
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.stroke(path);
        }
        break;
      }
      case "circle":
        ctx.beginPath();
        ctx.arc(p.cx, p.cy, p.r, 0, Math.PI * 2);
        ctx.fillStyle = p.fill;
        ctx.fill();
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.stroke();
        }
        break;
      case "text":
        ctx.font = `${p.weight} ${p.size}px ${EXPORT_FONT}`;
        ctx.textAlign = p.anchor === "middle" ? "center" : p.anchor === "end" ? "right" : "left";
        ctx.textBaseline = "alphabetic";
        if (p.halo) {
          ctx.strokeStyle = p.halo;
          ctx.lineWidth = p.size / 4;
          ctx.lineJoin = "round";
          ctx.strokeText(p.text, p.x, p.y);
        }
        ctx.fillStyle = p.color;
        ctx.fillText(p.text, p.x, p.y);
        break;
    }
    ctx.restore();
  }
}

/** Appends the primitives to an SVG group; text goes in as text nodes, never as markup. */
export function drawAsSvg(group: SVGElement, primitives: readonly Primitive[]): void {
  for (const p of primitives) {
    switch (p.kind) {
      case "rect":
        group.append(
          svgEl("rect", {
            x: p.x, y: p.y, width: p.w, height: p.h, fill: p.fill,
            ...(p.opacity !== undefined ? { "fill-opacity": p.opacity } : {}),
            ...(p.stroke ? { stroke: p.stroke, "stroke-width": p.strokeWidth ?? 1 } : {}),
          }), // prettier-ignore
        );
        break;
      case "line":
        group.append(
          svgEl("line", {
            x1: p.x1, y1: p.y1, x2: p.x2, y2: p.y2, stroke: p.stroke, "stroke-width": p.width,
            ...(p.dash ? { "stroke-dasharray": p.dash.map((d) => d.toFixed(2)).join(" ") } : {}),
          }), // prettier-ignore
        );
        break;
      case "path":
        group.append(
          svgEl("path", {
            d: p.d,
            fill: p.fill,
            ...(p.stroke ? { stroke: p.stroke, "stroke-width": p.strokeWidth ?? 1 } : {}),
          }),
        );
        break;
      case "circle":
        group.append(
          svgEl("circle", {
            cx: p.cx,
            cy: p.cy,
            r: p.r,
            fill: p.fill,
            ...(p.stroke ? { stroke: p.stroke, "stroke-width": p.strokeWidth ?? 1 } : {}),
          }),
        );
        break;
      case "text": {
        const t = svgEl("text", {
          x: p.x, y: p.y, "font-size": p.size, "font-weight": p.weight, fill: p.color, "font-family": EXPORT_FONT,
          "text-anchor": p.anchor,
          ...(p.halo ? { stroke: p.halo, "stroke-width": p.size / 4, "paint-order": "stroke", "stroke-linejoin": "round" } : {}),
        }); // prettier-ignore
        t.textContent = p.text;
        group.append(t);
        break;
      }
    }
  }
}
