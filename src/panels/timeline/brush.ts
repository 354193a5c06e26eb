/**
 * A minimal horizontal brush for the timeline (pointer events on an SVG strip): drag to select a span, click
 * without dragging to clear. Smaller than d3-brush, which brings transitions and colour interpolation along.
 */

const NS = "http://www.w3.org/2000/svg";

export interface BrushOptions {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly height: number;
  /** Called with the selected pixel span, or null when cleared, at the end of a gesture. */
  readonly onEnd: (span: readonly [number, number] | null) => void;
}

export class Brush {
  readonly group: SVGGElement;
  private readonly selection: SVGRectElement;
  private start: number | null = null;

  constructor(private readonly options: BrushOptions) {
    this.group = document.createElementNS(NS, "g");
    this.group.setAttribute("class", "tl-brush");
    const overlay = document.createElementNS(NS, "rect");
    overlay.setAttribute("class", "overlay");
    overlay.setAttribute("x", String(options.x0));
    overlay.setAttribute("y", String(options.y));
    overlay.setAttribute("width", String(Math.max(0, options.x1 - options.x0)));
    overlay.setAttribute("height", String(options.height));
    this.selection = document.createElementNS(NS, "rect");
    this.selection.setAttribute("class", "selection");
    this.selection.setAttribute("y", String(options.y));
    this.selection.setAttribute("height", String(options.height));
    this.selection.style.pointerEvents = "none";
    this.group.append(overlay, this.selection);
    this.show(null);
    overlay.addEventListener("pointerdown", (e) => {
      overlay.setPointerCapture(e.pointerId);
      this.start = this.localX(e);
      this.show([this.start, this.start]);
    });
    overlay.addEventListener("pointermove", (e) => {
      if (this.start === null) return;
      this.show([this.start, this.localX(e)]);
    });
    const end = (e: PointerEvent) => {
      if (this.start === null) return;
      const a = this.start;
      const b = this.localX(e);
      this.start = null;
      const span: [number, number] | null = Math.abs(b - a) < 3 ? null : [Math.min(a, b), Math.max(a, b)];
      this.show(span);
      options.onEnd(span);
    };
    overlay.addEventListener("pointerup", end);
    overlay.addEventListener("pointercancel", end);
  }

  /** Draws a span (pixels), or hides the selection; never calls onEnd. */
  show(span: readonly [number, number] | null): void {
    if (!span) {
      this.selection.setAttribute("display", "none");
      return;
    }
    const a = Math.max(this.options.x0, Math.min(span[0], span[1]));
    const b = Math.min(this.options.x1, Math.max(span[0], span[1]));
    this.selection.removeAttribute("display");
    this.selection.setAttribute("x", String(a));
    this.selection.setAttribute("width", String(Math.max(1, b - a)));
  }

  private localX(e: PointerEvent): number {
    const svg = this.group.ownerSVGElement;
    const box = svg?.getBoundingClientRect();
    const raw = box ? e.clientX - box.left : e.offsetX;
    return Math.max(this.options.x0, Math.min(this.options.x1, raw));
  }
}
