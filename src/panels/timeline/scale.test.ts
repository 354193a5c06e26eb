import { describe, expect, it } from "vitest";
import { timeScale } from "./scale.ts";

describe("timeScale", () => {
  const day = 86_400_000;
  const s = timeScale([Date.UTC(2024, 3, 1), Date.UTC(2024, 3, 11)], [0, 100]);
  it("maps time to pixels linearly and back", () => {
    expect(s(Date.UTC(2024, 3, 6))).toBeCloseTo(50);
    expect(s.invert(50)).toBe(Date.UTC(2024, 3, 6));
  });
  it("gives midnight ticks every n days", () => {
    expect(s.dayTicks(5)).toEqual([Date.UTC(2024, 3, 1), Date.UTC(2024, 3, 6), Date.UTC(2024, 3, 11)]);
    expect(s.dayTicks(1)).toHaveLength(11);
    const [first = 0, second = 0] = s.dayTicks(1);
    expect(second - first).toBe(day);
  });
});
