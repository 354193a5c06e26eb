import { describe, expect, it } from "vitest";
import { shortQuote, typesetQuote } from "./quote.ts";

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

describe("shortQuote(passage, max)", () => {
  it("keeps a short passage whole, its marks once", () => {
    expect(shortQuote('"ready for all scenarios"', 150)).toBe("“ready for all scenarios”");
  });
  it("cuts a long passage at a word inside its marks: one ellipsis, the closing mark kept, no doubled opening", () => {
    const passage =
      '"full readiness and preparedness of [its] forces stationed in northern Sinai, along the 14-kilometer border strip with the Gaza Strip, as part of a plan to deal with the scenario of a ground invasion in Rafah."';
    const q = shortQuote(passage, 100);
    expect(q.startsWith("“full readiness")).toBe(true);
    expect(q.endsWith("…”")).toBe(true);
    expect(q).not.toMatch(/“[‘"]/);
    expect(q.match(/…/g)).toHaveLength(1);
  });
  it("closes an inner quotation the cut leaves open", () => {
    expect(shortQuote('they said "we are ready for every scenario there is" and left', 30)).toBe(
      "“they said ‘we are ready for’…”",
    );
  });
});
