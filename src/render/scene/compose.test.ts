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
    const markers = Array.from({ length: 30 }, (_, i) => ({ n: i + 1, x: 60 + (i % 10) * 120, y: 120 + Math.floor(i / 10) * 120 })); // prettier-ignore
    const scene = composeScene(frame, options, content, { metresPerPixel: 20, markers });
    const numbers = scene
      .filter((p) => p.kind === "text" && /^\d+$/.test(p.text))
      .map((p) => (p.kind === "text" ? p.text : ""));
    expect(numbers).toEqual(frame.footnoteLines.map((f) => String(f.n)));
  });
  it("names the footnotes that did not fit in a note, never drops them silently", () => {
    const scene = composeScene(frame, options, content, { metresPerPixel: 20, markers: [] });
    const shown = new Set(frame.footnoteLines.map((f) => f.n));
    const leftOut = content.footnotes.map((f) => f.n).filter((n) => !shown.has(n));
    expect(frame.leftOut).toEqual(leftOut);
    const note = scene.find((p) => p.kind === "text" && p.text.startsWith("Not shown for lack of room"));
    expect(note?.kind === "text" ? note.text : "").toContain(String(leftOut[0]));
  });
  it("gives footnotes at one place one marker, and keeps markers clear of each other", () => {
    const markers = [
      { n: 1, x: 300, y: 300 },
      { n: 2, x: 301, y: 300 },
      { n: 3, x: 305, y: 302 },
    ];
    const scene = composeScene(frame, options, content, { metresPerPixel: 20, markers });
    const labels = scene.flatMap((p) => (p.kind === "text" && /^[\d, ]+$/.test(p.text) ? [p.text] : []));
    expect(labels).toEqual(["1, 2, 3"]);
    const spread = [{ n: 1, x: 300, y: 300 }, { n: 2, x: 330, y: 300 }, { n: 3, x: 360, y: 300 }]; // prettier-ignore
    const pills = composeScene(frame, options, content, { metresPerPixel: 20, markers: spread }).filter(
      (p): p is Extract<typeof p, { kind: "rect" }> => p.kind === "rect" && p.fill === "#1f1f1f",
    );
    expect(pills).toHaveLength(3);
    for (const a of pills)
      for (const b of pills)
        if (a !== b) expect(a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y).toBe(false);
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
