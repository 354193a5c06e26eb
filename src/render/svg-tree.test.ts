import { describe, expect, it } from "vitest";
import { h, serialize, walk } from "./svg-tree.ts";

describe("h(tag, attrs, children) and serialize(node)", () => {
  it("writes elements, attributes and text, escaping data and rounding numbers to 2 decimals", () => {
    const node = h("svg", { width: 10.123, "data-feature": 'a"<b>' }, [h("text", { x: 1 }, ["<script>&"])]);
    expect(serialize(node)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10.12" data-feature="a&quot;&lt;b&gt;"><text x="1">&lt;script&gt;&amp;</text></svg>',
    );
  });
  it("indents elements on lines of their own when asked, keeping text inline", () => {
    const node = h("svg", {}, [h("g", {}, [h("rect", { x: 0 }), h("text", {}, ["a"])])]);
    expect(serialize(node, "  ")).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n    <rect x="0"/>\n    <text>a</text>\n  </g>\n</svg>',
    );
  });
  it("refuses tag and attribute names that are not plain names (they come from code, never from data)", () => {
    expect(() => h("script onload", {})).toThrow(/tag name/);
    expect(() => h("g", { "on click": "x" })).toThrow(/attribute name/);
  });
  it("walks every element depth first", () => {
    const node = h("svg", {}, [h("g", {}, [h("path"), "text"]), h("circle")]);
    expect([...walk(node)].map((n) => n.tag)).toEqual(["svg", "g", "path", "circle"]);
  });
});
