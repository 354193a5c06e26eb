/**
 * Text boxes measured from the faces' own advance widths (theme/font-metrics.json, read from the font files by
 * scripts/fonts/metrics.ts): the width a browser gives a line of Noto Sans, and its line box (ascent and descent),
 * the same in node and in the browser. Letter spacing is added after every character, as CSS and SVG do. Pure.
 */
import metrics from "../../theme/font-metrics.json" with { type: "json" };

export interface TextStyle {
  /** Size in output pixels. */
  readonly size: number;
  readonly weight: 400 | 600 | 700;
  /** Slanted: drawn from the regular face (the map has no italic face), so as wide as upright text. */
  readonly italic?: boolean;
  /** Letter spacing in ems. */
  readonly spacing?: number;
}

interface Face {
  readonly chars: string;
  readonly widths: readonly number[];
  readonly ascent: number;
  readonly descent: number;
}

const FACES = metrics as Readonly<Record<string, Face>>;

const tables = new Map<string, Map<string, number>>();
function widthsOf(key: string): Map<string, number> {
  let table = tables.get(key);
  if (!table) {
    const face = FACES[key] ?? FACES["400-normal"];
    // One entry per code point (the faces cover Latin only: no sequence of several code points is one glyph).
    table = new Map(Array.from(face?.chars ?? "").map((c, i) => [c, face?.widths[i] ?? 0]));
    tables.set(key, table);
  }
  return table;
}

/** A character the faces do not cover is drawn by a fallback face: counted as a wide glyph. */
const UNKNOWN = 640;

export function textWidth(text: string, style: TextStyle): number {
  const table = widthsOf(`${style.weight}-normal`);
  let units = 0;
  let count = 0;
  for (const c of text) {
    units += table.get(c) ?? UNKNOWN;
    count++;
  }
  return (units / 1000 + count * (style.spacing ?? 0)) * style.size;
}

const regular = FACES["400-normal"] as Face;
/** The line box's ascent and descent, in ems (the box a browser reports for a line of text). */
export const ASCENT = regular.ascent / 1000;
export const DESCENT = regular.descent / 1000;

export interface TextBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The box of a line of text whose baseline starts at (x, y) ("start"), or is centred on x ("middle"). */
export function textBox(
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  anchor: "start" | "middle" | "end",
): TextBox {
  const w = textWidth(text, style);
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
  return { x0, y0: y - ASCENT * style.size, x1: x0 + w, y1: y + DESCENT * style.size };
}

/** Where the baseline goes for a line whose box is centred vertically on y. */
export function baselineFor(y: number, size: number): number {
  return y + ((ASCENT - DESCENT) / 2) * size;
}
