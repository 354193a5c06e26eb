/**
 * WOFF (1.0) to the TrueType font it wraps: each table inflated (zlib, fflate) and laid out again as an sfnt with
 * its table directory. The PDF library embeds TrueType only; the faces are the app's own Noto Sans release
 * (@fontsource), from its WOFF files. Pure; refuses anything that is not a WOFF font.
 */
import { unzlibSync } from "fflate";

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) throw new Error("not a WOFF font");
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength === origLength ? raw : unzlibSync(raw);
    if (data.byteLength !== origLength) throw new Error("a WOFF table does not inflate to its stated length");
    tables.push({ tag, checksum, data });
  }
  // sfnt header, then the directory (tables sorted by tag), then each table on a 4-byte boundary.
  tables.sort((a, b) => a.tag - b.tag);
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + ((t.data.byteLength + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  let power = 1;
  let log = 0;
  while (power * 2 <= numTables) {
    power *= 2;
    log++;
  }
  w.setUint32(0, flavor);
  w.setUint16(4, numTables);
  w.setUint16(6, power * 16);
  w.setUint16(8, log);
  w.setUint16(10, numTables * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += (t.data.byteLength + 3) & ~3;
  });
  return out;
}
