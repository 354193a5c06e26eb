import { describe, expect, it } from "vitest";
import { composeScene, layoutFrame, wrap, type OutputSize, type SceneContent, type SceneOptions } from "./compose.ts";

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
  it("keeps only the footnotes that fit, and draws markers for those only", () => {
    expect(frame.footnoteLines.length).toBeGreaterThan(3);
    expect(frame.footnoteLines.length).toBeLessThan(30);
    const markers = Array.from({ length: 30 }, (_, i) => ({ n: i + 1, x: 100 + i, y: 100 }));
    const scene = composeScene(frame, options, content, { metresPerPixel: 20, markers });
    const numbers = scene
      .filter((p) => p.kind === "text" && /^\d+$/.test(p.text))
      .map((p) => (p.kind === "text" ? p.text : ""));
    expect(numbers).toEqual(frame.footnoteLines.map((f) => String(f.n)));
  });
  it("always carries the credits, and the title as plain text", () => {
    const scene = composeScene(
      frame,
      { ...options, legend: false, scaleBar: false, northArrow: false, footnotes: false },
      content,
      {
        metresPerPixel: 20,
        markers: [],
      },
    );
    const texts = scene.flatMap((p) => (p.kind === "text" ? [p.text] : []));
    expect(texts).toContain(content.credits);
    expect(texts).toContain("Title <b>as text</b>");
  });
  it("picks a round scale-bar length", () => {
    const scene = composeScene(frame, options, content, { metresPerPixel: 37, markers: [] });
    expect(scene.some((p) => p.kind === "text" && p.text === "5 km")).toBe(true);
  });
});

describe("wrap", () => {
  it("wraps at words to the approximate width", () => {
    expect(wrap("aaa bbb ccc ddd", 10, 40)).toEqual(["aaa bbb", "ccc ddd"]);
  });
});
