import { describe, expect, it } from "vitest";
import { parseHex, rasterizeHatch } from "./raster.ts";

const pixel = (img: { width: number; data: Uint8Array }, x: number, y: number) =>
  Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

describe("parseHex(hex)", () => {
  it("reads #rrggbb and rejects colours it cannot parse", () => {
    expect(parseHex("#0072b2")).toEqual([0, 0x72, 0xb2]);
    expect(() => parseHex("red")).toThrow(/#rrggbb/);
  });
});

describe("rasterizeHatch(color, period, lineWidth, pixelRatio)", () => {
  it("draws one period of diagonal lines that tiles seamlessly", () => {
    const img = rasterizeHatch("#0072b2", 8, 1.5, 2);
    expect(img.width).toBe(16);
    // On the line x + y = 16 (pixel centres 7.5 + 7.5 + 1) and off it, half a period away.
    expect(pixel(img, 7, 7)[3]).toBe(255);
    expect(pixel(img, 3, 0)[3]).toBe(0);
    // Opposite edges agree, so neighbouring tiles join.
    for (let y = 0; y < 16; y++) expect(pixel(img, 0, y)[3]).toBe(pixel(img, 16 - 1, (y + 1) % 16)[3]);
  });
});

describe("rasterizeHatch(colors, …) with several colours", () => {
  it("takes the colours in turn, one period each", () => {
    const img = rasterizeHatch(["#0072b2", "#e69f00"], 8, 1.5, 1);
    expect(img.width).toBe(16);
    const colours = new Set<string>();
    for (let i = 0; i < img.data.length; i += 4)
      if (img.data[i + 3] === 255) colours.add(Array.from(img.data.slice(i, i + 3)).join(","));
    expect([...colours].sort()).toEqual(["0,114,178", "230,159,0"]);
  });
});
