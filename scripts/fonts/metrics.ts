/**
 * Text metrics of the map's faces, read from the font files themselves: the advance width of every character each
 * latin file covers (cmap and hmtx of the @fontsource WOFF files, unwrapped by export/woff.ts), written to
 * src/theme/font-metrics.json. The layout measures names with them (render/layout/measure.ts), in node and in the
 * browser alike, so a name's box is its real width, not an estimate. Run: npm run data:fonts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { woffToSfnt } from "../../src/export/woff.ts";

export const FACES = [
  { key: "400-normal", file: "noto-sans-latin-400-normal.woff" },
  { key: "400-italic", file: "noto-sans-latin-400-italic.woff" },
  { key: "600-normal", file: "noto-sans-latin-600-normal.woff" },
  { key: "700-normal", file: "noto-sans-latin-700-normal.woff" },
] as const;

const DIR = "node_modules/@fontsource/noto-sans/files/";
export const OUT = "src/theme/font-metrics.json";

interface Tables {
  readonly view: DataView;
  readonly at: (tag: string) => number;
}

function tables(sfnt: Uint8Array): Tables {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = view.getUint16(4);
  const dir = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
    dir.set(tag, view.getUint32(at + 8));
  }
  return {
    view,
    at: (tag) => {
      const offset = dir.get(tag);
      if (offset === undefined) throw new Error(`no ${tag} table`);
      return offset;
    },
  };
}

/** Code point → glyph id, from the cmap's format 4 or 12 subtable. */
function cmap(t: Tables): Map<number, number> {
  const { view } = t;
  const base = t.at("cmap");
  const count = view.getUint16(base + 2);
  const out = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const offset = base + view.getUint32(base + 4 + i * 8 + 4);
    const format = view.getUint16(offset);
    if (format === 4) {
      const segX2 = view.getUint16(offset + 6);
      const ends = offset + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = view.getUint16(ends + s * 2);
        const start = view.getUint16(starts + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const rangeAt = ranges + s * 2;
        const range = view.getUint16(rangeAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = range === 0 ? (c + delta) & 0xffff : view.getUint16(rangeAt + range + (c - start) * 2);
          if (glyph !== 0) out.set(c, range === 0 ? glyph : (glyph + delta) & 0xffff);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + g * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        const glyph = view.getUint32(at + 8);
        for (let c = start; c <= end; c++) out.set(c, glyph + (c - start));
      }
    }
  }
  return out;
}

export interface FaceMetrics {
  /** Every character the face covers, in code point order. */
  readonly chars: string;
  /** Their advance widths, in thousandths of an em, in the same order. */
  readonly widths: readonly number[];
  /** Ascender and descender in thousandths of an em (the text box a browser gives a line). */
  readonly ascent: number;
  readonly descent: number;
}

export function faceMetrics(woff: Uint8Array): FaceMetrics {
  const t = tables(woffToSfnt(woff));
  const { view } = t;
  const unitsPerEm = view.getUint16(t.at("head") + 18);
  const hhea = t.at("hhea");
  const ascent = view.getInt16(hhea + 4);
  const descent = view.getInt16(hhea + 6);
  const longMetrics = view.getUint16(hhea + 34);
  const hmtx = t.at("hmtx");
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1));
  const codes = [...cmap(t).entries()].sort((a, b) => a[0] - b[0]);
  const k = 1000 / unitsPerEm;
  return {
    chars: codes.map(([c]) => String.fromCodePoint(c)).join(""),
    widths: codes.map(([, g]) => Math.round(advance(g) * k)),
    ascent: Math.round(ascent * k),
    descent: Math.round(-descent * k),
  };
}

export function allMetrics(): Record<string, FaceMetrics> {
  return Object.fromEntries(FACES.map((f) => [f.key, faceMetrics(new Uint8Array(readFileSync(`${DIR}${f.file}`)))]));
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  writeFileSync(OUT, `${JSON.stringify(allMetrics())}\n`);
  console.log(`wrote ${OUT}`);
}
