import { describe, expect, it } from "vitest";
import { formatDayMonth, formatDayMonthYear } from "./day-format.ts";

describe("formatDayMonth(t) and formatDayMonthYear(t)", () => {
  it("write UTC days as d3's %-d %b and %-d %b %Y do", () => {
    expect(formatDayMonth(Date.UTC(2024, 3, 4))).toBe("4 Apr");
    expect(formatDayMonthYear(Date.UTC(2024, 3, 18))).toBe("18 Apr 2024");
    expect(formatDayMonth(Date.UTC(2023, 11, 31, 23, 59))).toBe("31 Dec");
  });
});
