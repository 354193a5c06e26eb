/**
 * The drawing vocabulary shared by every composed picture (export scenes, legend swatches, point symbols): small
 * marks with absolute coordinates. Two backends draw them: a 2D canvas (render/marks/canvas.ts) and SVG
 * (render/marks/svg.ts). Pure data.
 */

export type Primitive =
  | {
      kind: "rect";
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      /** Opacity of the fill only. */
      opacity?: number;
      dash?: readonly number[];
    }
  | {
      kind: "line";
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash?: readonly number[];
      cap?: "butt" | "round";
    }
  | { kind: "path"; d: string; fill: string; stroke?: string; strokeWidth?: number; opacity?: number }
  | {
      kind: "circle";
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      opacity?: number;
    }
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      weight: 400 | 600 | 700;
      color: string;
      anchor: "start" | "middle" | "end";
      halo?: string;
      italic?: boolean;
    };
