import { describe, expect, it } from "vitest";
import { paragraphRanges } from "../../model/paragraphs.ts";
import { segmentArticle } from "./segments.ts";

describe("paragraphRanges", () => {
  it("splits on blank lines and drops empty paragraphs", () => {
    expect(paragraphRanges("One.\n\nTwo.\n \n\nThree.")).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
      { start: 14, end: 20 },
    ]);
  });
});

describe("segmentArticle", () => {
  const text = "Alpha beta gamma delta.\n\nEpsilon.";
  it("cuts nested passages into flat segments, innermost feature first", () => {
    const [first] = segmentArticle(text, [
      { id: "outer", passages: [{ start: 0, end: 22 }] },
      { id: "inner", passages: [{ start: 6, end: 10 }] },
    ]);
    expect(first?.segments.map((s) => [s.text, s.features])).toEqual([
      ["Alpha ", ["outer"]],
      ["beta", ["inner", "outer"]],
      [" gamma delta", ["outer"]],
      [".", []],
    ]);
  });
  it("keeps text outside passages as plain segments and rebuilds the text exactly", () => {
    const paragraphs = segmentArticle(text, [{ id: "x", passages: [{ start: 25, end: 32 }] }]);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(""))).toEqual([
      "Alpha beta gamma delta.",
      "Epsilon.",
    ]);
    expect(paragraphs[1]?.segments[0]).toEqual({ start: 25, end: 32, text: "Epsilon", features: ["x"] });
  });
  it("gives two features with the same passage one segment listing both", () => {
    const [first] = segmentArticle(text, [
      { id: "a", passages: [{ start: 0, end: 5 }] },
      { id: "b", passages: [{ start: 0, end: 5 }] },
    ]);
    expect(first?.segments[0]?.features).toEqual(["a", "b"]);
  });
});
