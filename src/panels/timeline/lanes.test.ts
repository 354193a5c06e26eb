import { describe, expect, it } from "vitest";
import { assignLanes } from "./lanes.ts";

describe("assignLanes", () => {
  it("puts overlapping spans in different lanes and reuses free lanes", () => {
    const lanes = assignLanes(
      [
        { id: "a", x0: 0, x1: 50 },
        { id: "b", x0: 10, x1: 20 },
        { id: "c", x0: 60, x1: 70 },
        { id: "d", x0: 25, x1: 30 },
      ],
      4,
    );
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, d: 1, c: 0 });
  });
});
