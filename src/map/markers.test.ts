import { describe, expect, it } from "vitest";
import { drawMarker } from "./markers.ts";

describe("drawMarker", () => {
  it("draws a size × pixelRatio square bitmap, opaque at the centre and clear in the corners", () => {
    const img = drawMarker({ shape: "circle", size: 8, fill: "#3a3a3a", stroke: "#ffffff" }, 2);
    expect(img.width).toBe(16);
    expect(img.height).toBe(16);
    expect(img.data.length).toBe(16 * 16 * 4);
    const at = (x: number, y: number) => Array.from(img.data.slice((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    expect(at(8, 8)).toEqual([0x3a, 0x3a, 0x3a, 255]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(8, 0)[3]).toBeGreaterThan(0); // the white stroke reaches the edge's midpoint
  });
  it("draws a diamond that leaves the corners clear but not the middle of an edge", () => {
    const img = drawMarker({ shape: "diamond", size: 10, fill: "#a3261b", stroke: "#ffffff" }, 1);
    expect(img.data[3]).toBe(0);
    expect(img.data[(5 * 10 + 0) * 4 + 3]).toBeGreaterThan(0);
  });
  it("rejects colours it cannot parse", () => {
    expect(() => drawMarker({ shape: "square", size: 4, fill: "red", stroke: "#fff" })).toThrow(/#rrggbb/);
  });
});
