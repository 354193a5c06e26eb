import { describe, expect, it } from "vitest";
import { typesetQuote } from "./quote.ts";

describe("typesetQuote(passage)", () => {
  it("puts one pair of quotation marks around a passage", () => {
    expect(typesetQuote("a possible Israeli operation in Rafah")).toBe("“a possible Israeli operation in Rafah”");
  });
  it("does not double the passage's own marks, and turns inner quotes into single ones", () => {
    expect(typesetQuote('"full readiness and preparedness of [its] forces"')).toBe("“full readiness and preparedness of [its] forces”"); // prettier-ignore
    expect(typesetQuote('they are "ready for all scenarios"')).toBe("“they are ‘ready for all scenarios’”");
    expect(typesetQuote('"ready for all scenarios" and that')).toBe("“‘ready for all scenarios’ and that”");
    expect(typesetQuote('all scenarios" and that')).toBe("“all scenarios’ and that”");
  });
});
