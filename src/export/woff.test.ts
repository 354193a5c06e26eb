import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff.ts";

describe("WOFF to TrueType", () => {
  it("unwraps the app's Noto Sans into an sfnt with the same tables", () => {
    const woff = new Uint8Array(
      readFileSync("node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"),
    );
    const ttf = woffToSfnt(woff);
    const view = new DataView(ttf.buffer);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    const tables = view.getUint16(4);
    const tags = Array.from({ length: tables }, (_, i) =>
      String.fromCharCode(...ttf.subarray(12 + i * 16, 16 + i * 16)),
    );
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "loca", "name"]));
    expect(tags).toEqual([...tags].sort());
    // The head table's magic number is where the directory says it is.
    const head = tags.indexOf("head");
    const offset = view.getUint32(12 + head * 16 + 8);
    expect(view.getUint32(offset + 12)).toBe(0x5f0f3cf5);
  });

  it("refuses what is not a WOFF font", () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow("not a WOFF font");
  });
});
