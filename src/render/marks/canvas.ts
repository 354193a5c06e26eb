/** Draws marks on a 2D canvas: the raster backend of every composition (PNG exports). */
import { FONT_STACK } from "../../theme/fonts.ts";
import type { Primitive } from "./primitives.ts";

function stroke(ctx: CanvasRenderingContext2D, color: string | undefined, width: number | undefined): boolean {
  if (!color) return false;
  ctx.globalAlpha = 1;
  ctx.strokeStyle = color;
  ctx.lineWidth = width ?? 1;
  return true;
}

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
        if (stroke(ctx, p.stroke, p.strokeWidth)) {
          ctx.setLineDash(p.dash ? [...p.dash] : []);
          ctx.strokeRect(p.x, p.y, p.w, p.h);
        }
        break;
      case "line":
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width;
        ctx.lineCap = p.cap ?? "butt";
        ctx.setLineDash(p.dash ? [...p.dash] : []);
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y1);
        ctx.lineTo(p.x2, p.y2);
        ctx.stroke();
        break;
      case "path": {
        const path = new Path2D(p.d);
        ctx.globalAlpha = p.opacity ?? 1;
        if (p.fill !== "none") {
          ctx.fillStyle = p.fill;
          ctx.fill(path);
        }
        if (stroke(ctx, p.stroke, p.strokeWidth)) ctx.stroke(path);
        break;
      }
      case "circle":
        ctx.beginPath();
        ctx.arc(p.cx, p.cy, p.r, 0, Math.PI * 2);
        ctx.globalAlpha = p.opacity ?? 1;
        ctx.fillStyle = p.fill;
        ctx.fill();
        if (stroke(ctx, p.stroke, p.strokeWidth)) ctx.stroke();
        break;
      case "text":
        ctx.font = `${p.italic ? "italic " : ""}${p.weight} ${p.size}px ${FONT_STACK}`;
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
