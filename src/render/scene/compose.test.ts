import { describe, expect, it } from "vitest";
import { composeScene, layoutFrame, overMap, wrap, type OutputSize, type SceneContent, type SceneOptions } from "./compose.ts"; // prettier-ignore

const slide: OutputSize = { width: 1920, height: 1080, unit: 1.5 };
const options: SceneOptions = {
  title: "Title <b>as text</b>",
  legend: true,
  scaleBar: true,
  northArrow: true,
  timeline: true,
  footnotes: true,
};
const content: SceneContent = {
  byline: "byline",
  credits: "© OpenStreetMap contributors (ODbL) · Places: GeoNames (CC BY 4.0)",
  legend: [{ label: "Reported", swatch: { kind: "status", status: "reported" } }],
  footnotes: Array.from({ length: 30 }, (_, i) => ({ n: i + 1, text: `footnote ${i + 1} `.repeat(12) })),
  timeline: { marks: [{ x0: 0.1, x1: 0.2, color: "#000000", label: "x" }], ticks: [{ x: 0.5, label: "10 Apr" }] },
};

describe("layoutFrame and composeScene", () => {
  const frame = layoutFrame(slide, options, content);
  it("stacks title, map, timeline, footnotes and credits without overlap, within the picture", () => {
    expect(frame.map.y).toBe(frame.title.h);
    expect(frame.map.y + frame.map.h).toBeLessThanOrEqual(frame.timeline?.y ?? Infinity);
    expect((frame.timeline?.y ?? 0) + (frame.timeline?.h ?? 0)).toBeLessThanOrEqual(frame.footnotes?.y ?? Infinity);
    expect((frame.footnotes?.y ?? 0) + (frame.footnotes?.h ?? 0)).toBeLessThanOrEqual(frame.credits.y);
    expect(frame.credits.y + frame.credits.h).toBe(1080);
    expect(frame.map.h).toBeGreaterThan(1080 * 0.45);
  });
  it("keeps the footnotes that fit and names the rest in a note (they continue elsewhere), never drops them silently", () => {
    expect(frame.footnoteLines.length).toBeGreaterThan(3);
    expect(frame.footnoteLines.length).toBeLessThan(30);
    const scene = composeScene(frame, options, content, { metresPerPixel: 20 });
    const numbers = scene.filter((p) => p.kind === "text" && /^\d+\.$/.test(p.text)).map((p) => (p.kind === "text" ? p.text : "")); // prettier-ignore
    expect(numbers).toEqual(frame.footnoteLines.map((f) => `${String(f.n)}.`));
    const shown = new Set(frame.footnoteLines.map((f) => f.n));
    const leftOut = content.footnotes.map((f) => f.n).filter((n) => !shown.has(n));
    expect(frame.leftOut).toEqual(leftOut);
    const note = scene.find((p) => p.kind === "text" && p.text.startsWith("No room here for the text of"));
    expect(note?.kind === "text" ? note.text : "").toContain(String(leftOut[0]));
    const pack = composeScene(frame, { ...options, quotesPages: true }, content, { metresPerPixel: 20 });
    expect(pack.some((p) => p.kind === "text" && p.text.includes("continue overleaf"))).toBe(true);
  });
  it("keeps the room of the north arrow and the scale bar for the map's layout to leave clear", () => {
    const rects = overMap(frame, options);
    expect(rects).toHaveLength(2);
    for (const r of rects) expect(r.x1).toBeLessThanOrEqual(frame.map.w);
  });
  it("puts the legend beside the map, never over it", () => {
    expect(frame.legend).not.toBeNull();
    const l = frame.legend as NonNullable<typeof frame.legend>;
    expect(l.x).toBeGreaterThanOrEqual(frame.map.x + frame.map.w);
  });
  it("always carries the credits, and the title as plain text", () => {
    const scene = composeScene(
      frame,
      { ...options, legend: false, scaleBar: false, northArrow: false, footnotes: false },
      content,
      { metresPerPixel: 20 },
    );
    const texts = scene.flatMap((p) => (p.kind === "text" ? [p.text] : []));
    expect(texts).toContain(content.credits);
    expect(texts).toContain("Title <b>as text</b>");
  });
  it("picks a round scale-bar length", () => {
    const scene = composeScene(frame, options, content, { metresPerPixel: 37 });
    expect(scene.some((p) => p.kind === "text" && p.text === "5 km")).toBe(true);
  });
});

describe("wrap", () => {
  it("wraps at words to the approximate width", () => {
    expect(wrap("aaa bbb ccc ddd", 10, 40)).toEqual(["aaa bbb", "ccc ddd"]);
  });
});

describe("the title band", () => {
  it("keeps a short title at 22 units, sets a long one smaller, and cuts one too long even then", async () => {
    const { fitTitle } = await import("./compose.ts");
    expect(fitTitle("Border strip", 1000, 1)).toEqual({ text: "Border strip", size: 22 });
    const long = fitTitle("x".repeat(100), 1000, 1);
    expect(long.size).toBeLessThan(22);
    expect(long.size).toBeGreaterThanOrEqual(14);
    expect(long.text).toBe("x".repeat(100));
    const cut = fitTitle("word ".repeat(100), 1000, 1);
    expect(cut.size).toBe(14);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(cut.text.length * 14 * 0.52 * 1.1).toBeLessThanOrEqual(1000 + 14);
  });
});
