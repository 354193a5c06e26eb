import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import type { Page } from "@playwright/test";
import { expect, inBlankPage, test, waitForReady } from "./fixtures.ts";
import type { ExportOptions } from "../src/export/presets.ts";

const BASE: ExportOptions = {
  format: "png",
  size: "view",
  scale: 1,
  title: "Export test",
  legend: true,
  scaleBar: true,
  northArrow: true,
  timeline: true,
  footnotes: true,
};

async function make(page: Page, options: Partial<ExportOptions>) {
  return page.evaluate(
    (o) => {
      const api = window.rafahExport;
      if (!api) throw new Error("no export API");
      return api.make(o);
    },
    { ...BASE, ...options },
  );
}

function stats(png: PNG): { distinct: number; sea: number } {
  const colours = new Set<number>();
  let sea = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] as number, png.data[i + 1] as number, png.data[i + 2] as number];
    colours.add((r << 16) | (g << 8) | b);
    if (Math.abs(r - 0xd9) < 6 && Math.abs(g - 0xe6) < 6 && Math.abs(b - 0xee) < 6) sea++;
  }
  return { distinct: colours.size, sea: sea / (png.width * png.height) };
}

test("each PNG preset has the exact pixel size, a drawn map and its credits", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("./#view=sinai");
  await waitForReady(page);
  const canvas = await page.locator("#map canvas").boundingBox();
  const cases: [ExportOptions["size"], number, number, number][] = [
    ["view", 2, Math.round((canvas?.width ?? 0) * 2), Math.round((canvas?.height ?? 0) * 2)],
    ["slide", 1, 1920, 1080],
    ["a4", 1, 3508, 2480],
    ["square", 1, 1080, 1080],
  ];
  for (const [size, scale, width, height] of cases) {
    const result = await make(page, { size, scale });
    const png = PNG.sync.read(Buffer.from(result.base64, "base64"));
    expect([png.width, png.height], size).toEqual([width, height]);
    const s = stats(png);
    expect(s.distinct, `${size}: not blank`).toBeGreaterThan(200);
    expect(s.sea, `${size}: the map's sea colour is there`).toBeGreaterThan(0.02);
    expect(result.note).toBeNull();
  }
});

test("the SVG is real vector XML with the OSM credit and the date, no script, no event attribute, no external reference", async ({
  page,
}) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  const result = await make(page, { format: "svg", size: "slide" });
  const svg = Buffer.from(result.base64, "base64").toString("utf8");
  // Parsed in a blank page: the file's own <style> (its fonts) is not the app's to run under its policy.
  const parsed = await inBlankPage(
    page,
    (text: string) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const all = [...doc.querySelectorAll("*")];
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        paths: doc.querySelectorAll("path").length,
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
        scripts: doc.querySelectorAll("script, foreignObject, image, use").length,
        eventAttributes: all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => /^on/i.test(n)),
        hrefs: all.flatMap((e) => [...e.attributes].filter((a) => /href$/i.test(a.name)).map((a) => a.value)),
        // References inside the file (#id) and the fonts it carries (data: URLs) only: nothing outside it.
        urls: (text.match(/url\(([^)]*)\)/g) ?? []).filter(
          (u) => !u.startsWith("url(#") && !u.startsWith("url(data:font/woff2;base64,"),
        ),
        fontFaces: (text.match(/@font-face/g) ?? []).length,
      };
    },
    svg,
  );
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.paths).toBeGreaterThan(20);
  expect(parsed.texts.join(" ")).toContain("© OpenStreetMap contributors");
  expect(parsed.texts.join(" ")).toContain("2024-04-18");
  expect(parsed.texts).toContain("Rafah");
  expect(parsed.scripts).toBe(0);
  expect(parsed.eventAttributes).toEqual([]);
  expect(parsed.hrefs).toEqual([]);
  expect(parsed.urls).toEqual([]);
  // The SVG carries its fonts: the four Noto Sans faces the map uses.
  expect(parsed.fontFaces).toBe(4);
  // Quotations are typeset once: no doubled marks.
  expect(svg).not.toMatch(/“"|"”|“\u201c|\u201d”/);
  expect(svg).not.toMatch(/<script|javascript:|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
});

test("exports of the same state are stable: SVG byte-identical, PNG pixel-identical", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("./#view=border&feature=green-light-denied");
  await waitForReady(page);
  const a = await make(page, { format: "svg", size: "square" });
  const b = await make(page, { format: "svg", size: "square" });
  expect(a.base64).toBe(b.base64);
  const p = PNG.sync.read(Buffer.from((await make(page, { size: "square" })).base64, "base64"));
  const q = PNG.sync.read(Buffer.from((await make(page, { size: "square" })).base64, "base64"));
  let differing = 0;
  for (let i = 0; i < p.data.length; i++) if (p.data[i] !== q.data[i]) differing++;
  expect(differing / p.data.length).toBeLessThan(0.001);
});

test("the export panel downloads through the browser, with the title chosen", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Export" }).click();
  await page.getByLabel("Size").selectOption("slide");
  await page.getByLabel("Title").fill("Briefing: the border strip");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("briefing-the-border-strip-slide-1x.png");
  const png = PNG.sync.read(readFileSync(await download.path()));
  expect([png.width, png.height]).toEqual([1920, 1080]);
  await expect(page.locator(".export-status")).toContainText("Made a 1920 × 1080 PNG");

  await page.getByLabel("Format").selectOption("geojson");
  const data = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const geojson = JSON.parse(readFileSync(await (await data).path(), "utf8")) as { features: { id: string }[] };
  expect(geojson.features).toHaveLength(23);
});

test("the command line writes the files it was asked for, and refuses bad arguments", () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "rafah-snapshot-"));
  const out = join(dir, "brief.svg");
  const stdout = execFileSync(
    "npx",
    ["tsx", "scripts/snapshot.ts", "--view", "rafah,border", "--format", "svg", "--size", "slide", "--out", out],
    { encoding: "utf8" },
  );
  expect(stdout).toMatch(/wrote .*brief-rafah\.svg \(1920 × 1080\)/);
  expect(stdout).toMatch(/wrote .*brief-border\.svg \(1920 × 1080\)/);
  expect(readFileSync(join(dir, "brief-rafah.svg"), "utf8")).toContain("© OpenStreetMap contributors");
  for (const [args, message] of [
    [["--view", "atlantis", "--out", join(dir, "x.png")], /unknown view "atlantis"/],
    [["--feature", "nope", "--out", join(dir, "x.png")], /unknown feature "nope"/],
    [["--size", "poster", "--out", join(dir, "x.png")], /unknown size "poster"/],
    [["--out", "/nonexistent-folder/x.png"], /cannot write/],
  ] as const) {
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npx", ["tsx", "scripts/snapshot.ts", ...args], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = (error as { stderr: string }).stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  }
});
