/**
 * Legend swatches as marks, drawn from the theme: the same marks make the on-screen legend (as SVG) and the
 * exported legends (canvas and SVG), so every legend shows what the map draws. Pure.
 */
import { BORDER_SYMBOLS, PLACE_MARKERS, type BorderKind, type PlaceClass } from "../../theme/basemap.ts";
import type { PointShapeName } from "../../theme/shapes.ts";
import { AREA, HALO, HATCH, POINT, STATUS_SYMBOLS, type StatusName } from "../../theme/status.ts";
import { stackLayout, stackMarks } from "./stack.ts";
import { hatchSegments } from "./hatch.ts";
import type { Primitive } from "./primitives.ts";
import { symbolMarks } from "./symbol.ts";

export type Swatch =
  /** A status: its line (with its dash) and its point symbol. */
  | { readonly kind: "status"; readonly status: StatusName }
  | { readonly kind: "hatch"; readonly status: StatusName }
  | { readonly kind: "area"; readonly status: StatusName }
  | { readonly kind: "uncertainty"; readonly status: StatusName }
  | { readonly kind: "border"; readonly border: BorderKind }
  | { readonly kind: "marker"; readonly place: PlaceClass }
  /** Several statements at one place: a stack of their symbols. */
  | { readonly kind: "stack"; readonly statuses: readonly StatusName[] }
  /** A statement about a basemap line: a band in its colour beside the line. */
  | { readonly kind: "halo"; readonly status: StatusName };

/** A swatch's size in layout units. */
export const SWATCH = { width: 40, height: 16 } as const;

const scaled = (dash: readonly number[] | null, width: number) => (dash ? dash.map((d) => d * width) : undefined);

function line(x1: number, x2: number, y: number, stroke: string, width: number, dash?: readonly number[]): Primitive {
  return { kind: "line", x1, y1: y, x2, y2: y, stroke, width, ...(dash ? { dash } : {}) };
}

function symbol(shape: PointShapeName, cx: number, cy: number, r: number, fill: string, u: number): Primitive[] {
  return symbolMarks(shape, cx, cy, r, { fill, halo: "#ffffff", haloWidth: POINT.haloWidth * u });
}

/** The marks of a swatch in the box at (x, y), `u` output pixels per layout unit. */
export function swatchMarks(s: Swatch, x: number, y: number, u = 1): Primitive[] {
  const w = SWATCH.width * u;
  const h = SWATCH.height * u;
  const mid = y + h / 2;
  switch (s.kind) {
    case "status": {
      const sym = STATUS_SYMBOLS[s.status];
      const width = 3 * u;
      return [
        line(x + 2 * u, x + 24 * u, mid, sym.color, width, scaled(sym.dash, width)),
        ...symbol(sym.shape, x + 32 * u, mid, 6 * u, sym.color, u),
      ];
    }
    case "hatch": {
      const color = STATUS_SYMBOLS[s.status].color;
      const [bx, by, bw, bh] = [x + u, y + u, w - 2 * u, h - 2 * u];
      // Clipped to the box exactly (no clip path needed: legends of several swatches share one document).
      const lines = hatchSegments(bx, by, bw, bh, HATCH.period * u).map(([x1, y1, x2, y2]): Primitive => ({
        kind: "line",
        x1,
        y1,
        x2,
        y2,
        stroke: color,
        width: HATCH.lineWidth * u,
      }));
      return [
        ...lines,
        { kind: "rect", x: bx, y: by, w: bw, h: bh, fill: "none", stroke: color, strokeWidth: u, dash: [u, 2 * u] },
      ];
    }
    case "area": {
      const color = STATUS_SYMBOLS[s.status].color;
      return [
        {
          kind: "rect",
          x: x + u,
          y: y + u,
          w: w - 2 * u,
          h: h - 2 * u,
          fill: color,
          opacity: AREA.fillOpacity,
          stroke: color,
          strokeWidth: AREA.edgeWidth * u,
        },
      ];
    }
    case "uncertainty": {
      const color = STATUS_SYMBOLS[s.status].color;
      return [
        { kind: "circle", cx: x + w / 2, cy: mid, r: 7 * u, fill: color, opacity: 0.12, stroke: color, strokeWidth: u },
      ];
    }
    case "border": {
      const b = BORDER_SYMBOLS[s.border];
      const width = b.width * u;
      return [
        ...(b.casing ? [line(x + 2 * u, x + w - 2 * u, mid, b.casing.color, b.casing.width * u)] : []),
        line(x + 2 * u, x + w - 2 * u, mid, b.color, width, scaled(b.dash, width)),
      ];
    }
    case "stack": {
      const layout = stackLayout(s.statuses.slice(0, 2), "none");
      return stackMarks(layout, x + (w - layout.width * u) / 2, mid - (layout.height * u) / 2, u);
    }
    case "halo": {
      const b = BORDER_SYMBOLS.international;
      const color = STATUS_SYMBOLS[s.status].color;
      return [
        { kind: "rect", x: x + 2 * u, y: mid - 5 * u, w: w - 4 * u, h: 10 * u, fill: color, opacity: HALO.opacity },
        line(x + 2 * u, x + w - 2 * u, mid, b.color, b.width * u),
      ];
    }
    case "marker": {
      const m = PLACE_MARKERS[s.place];
      return symbolMarks(m.shape, x + w / 2, mid, (m.size / 2) * u, { fill: m.fill, halo: m.halo, haloWidth: u });
    }
  }
}
