import { describe, expect, it } from "vitest";
import { outputSize } from "./presets.ts";

describe("outputSize", () => {
  it("gives the presets' exact pixel sizes and units", () => {
    expect(outputSize("slide", 2, { width: 0, height: 0 })).toEqual({ width: 3840, height: 2160, unit: 3 });
    expect(outputSize("a4", 3, { width: 0, height: 0 })).toEqual({ width: 3508, height: 2480, unit: 3 });
    expect(outputSize("view", 2, { width: 640, height: 400 })).toEqual({ width: 1280, height: 800, unit: 2 });
  });
});
