import { describe, expect, it } from "vitest";
import { rasterizeHatch, rasterizeSymbol } from "./raster.ts";

const pixel = (img: { width: number; data: Uint8Array }, x: number, y: number) =>
  Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

describe("rasterizeSymbol(spec, pixelRatio)", () => {
  it("draws a size × pixelRatio square bitmap, opaque at the centre and clear in the corners", () => {
    const img = rasterizeSymbol({ shape: "circle", size: 8, fill: "#3a3a3a", stroke: "#ffffff" }, 2);
    expect(img.width).toBe(16);
    expect(img.height).toBe(16);
    expect(img.data.length).toBe(16 * 16 * 4);
    expect(pixel(img, 8, 8)).toEqual([0x3a, 0x3a, 0x3a, 255]);
    expect(pixel(img, 0, 0)[3]).toBe(0);
    expect(pixel(img, 8, 0)[3]).toBeGreaterThan(0); // the white halo reaches the edge's midpoint
  });
  it("draws a diamond that leaves the corners clear but not the middle of an edge", () => {
    const img = rasterizeSymbol({ shape: "diamond", size: 10, fill: "#a3261b", stroke: "#ffffff" }, 1);
    expect(pixel(img, 0, 0)[3]).toBe(0);
    expect(pixel(img, 0, 5)[3]).toBeGreaterThan(0);
  });
  it("draws the ring-dot of context as a dot inside a ring, with a halo-coloured gap between them", () => {
    const img = rasterizeSymbol({ shape: "ring-dot", size: 16, fill: "#6b6b6b", stroke: "#ffffff" }, 2);
    expect(pixel(img, 16, 16)).toEqual([0x6b, 0x6b, 0x6b, 255]); // the dot
    expect(pixel(img, 16, 16 - 8)).toEqual([255, 255, 255, 255]); // the gap
    expect(pixel(img, 16, 16 - 12)).toEqual([0x6b, 0x6b, 0x6b, 255]); // the ring
  });
  it("draws the cross of denied with its centre filled and its sides open", () => {
    const img = rasterizeSymbol({ shape: "cross", size: 16, fill: "#d55e00", stroke: "#ffffff" }, 2);
    expect(pixel(img, 16, 16)).toEqual([0xd5, 0x5e, 0x00, 255]);
    expect(pixel(img, 16, 2)[3]).toBe(0); // between the two upper arms
  });
  it("rejects colours it cannot parse", () => {
    expect(() => rasterizeSymbol({ shape: "square", size: 4, fill: "red", stroke: "#fff" })).toThrow(/#rrggbb/);
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
