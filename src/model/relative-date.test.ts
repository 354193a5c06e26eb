import { describe, expect, it } from "vitest";
import { resolveDatePhrase } from "./relative-date.ts";

describe("date phrases against the publication date", () => {
  it("resolves weekdays, yesterday, weekends, weeks and day-month dates, saying how", () => {
    // Thursday 18 April 2024.
    expect(resolveDatePhrase("on Thursday", "2024-04-18")?.resolved).toBe("2024-04-18");
    expect(resolveDatePhrase("on Sunday", "2024-04-18")?.resolved).toBe("2024-04-14");
    expect(resolveDatePhrase("next Monday", "2024-04-18")?.resolved).toBe("2024-04-22");
    expect(resolveDatePhrase("yesterday", "2024-04-18")?.resolved).toBe("2024-04-17");
    expect(resolveDatePhrase("last weekend", "2024-04-18")?.resolved).toBe("2024-04-13/2024-04-14");
    expect(resolveDatePhrase("last week", "2024-04-18")?.resolved).toBe("2024-04-08/2024-04-14");
    expect(resolveDatePhrase("this week", "2024-04-18")?.resolved).toBe("2024-04-15/2024-04-18");
    expect(resolveDatePhrase("on 13 April", "2024-04-18")?.resolved).toBe("2024-04-13");
    expect(resolveDatePhrase("December 30", "2024-04-18")?.resolved).toBe("2023-12-30");
    expect(resolveDatePhrase("April 1, 2024", "2024-04-18")?.resolved).toBe("2024-04-01");
    const interval = resolveDatePhrase("on Thursday", "2024-04-15/2024-04-18");
    expect(interval?.method).toContain("the end of the publication interval (2024-04-18)");
    expect(interval?.method).toMatch(/^"on Thursday": the Thursday on or before .*check it against the text\.$/);
  });

  it("gives null for what it cannot read", () => {
    expect(resolveDatePhrase("in recent weeks", "2024-04-18")).toBeNull();
    expect(resolveDatePhrase("on Thursday", "")).toBeNull();
    expect(resolveDatePhrase("31 February", "2024-04-18")).toBeNull();
  });
});
