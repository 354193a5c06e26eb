/**
 * Sources in plain words: a reader never sees a source id ("gazetteer:rafah-city"), a precision type key
 * ("area-not-named") or a repository path, in a built page (read without JavaScript, as a no-JS reader reads it),
 * in any feature's card, or in an SVG export of any view. (The PDF and deck specs read their files the same way.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, INTERNAL, test, waitForReady } from "./fixtures.ts";

/** The built reader pages: every story's page and embed (the editor is the journalist's, not a reader's). */
function readerPages(dir = "dist"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "assets" ? [] : readerPages(path);
    return name.endsWith(".html") && name !== "editor.html" ? [relative("dist", path)] : [];
  });
}

/** The page's text and the words of its attributes a reader or a screen reader meets. */
function readerText(): string {
  const skip = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const a of ["title", "aria-label", "alt", "aria-description"]) out.push(node.getAttribute(a) ?? "");
    } else if (!skip.has(node.parentElement?.tagName ?? "")) out.push(node.textContent ?? "");
  }
  return out.join(" ").replace(/\s+/g, " ");
}

test.describe("built pages, read without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("no page has a source id, a precision key or a repository path in its text", async ({ page }) => {
    const pages = readerPages();
    expect(pages).toEqual(expect.arrayContaining(["index.html", "embed.html", "stories/rafah-april-2024/index.html"]));
    for (const path of pages) {
      await page.goto(`./${path}`);
      const text = await page.evaluate(readerText);
      expect(text.length, path).toBeGreaterThan(2000);
      expect(text, path).not.toMatch(INTERNAL);
    }
  });
});

test("every feature's card names its sources and precision in words", async ({ page }) => {
  test.setTimeout(120_000);
  const story = JSON.parse(readFileSync("data/stories/rafah-april-2024/features.geojson", "utf8")) as { features: { id: string }[] }; // prettier-ignore
  await page.goto("./");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Places and events" }).click();
  for (const { id } of story.features) {
    await page.locator(`.feature-button[data-feature="${id}"]`).click();
    await expect(page.locator("#details")).toHaveAttribute("data-feature", id);
    const card = await page.locator("#details").evaluate((el) => el.textContent.replace(/\s+/g, " "));
    expect(card, id).toContain("Source");
    expect(card, id).not.toMatch(INTERNAL);
  }
});

test("the SVG export of every view: no source id, precision key or repository path", async ({ page }) => {
  test.setTimeout(120_000);
  for (const view of ["rafah", "border", "sinai", "region"]) {
    await page.goto(`./#view=${view}`);
    await page.waitForFunction(() => window.rafahExport !== undefined);
    const svg = await page.evaluate(async () => {
      const api = window.rafahExport;
      if (!api) throw new Error("no export API");
      const r = await api.make({ format: "svg", size: "a4", scale: 1, title: "Check", legend: true, scaleBar: true, northArrow: true, timeline: true, footnotes: true }); // prettier-ignore
      return new TextDecoder().decode(Uint8Array.from(atob(r.base64), (c) => c.charCodeAt(0)));
    });
    const text = [...svg.matchAll(/<(?:text|tspan|title|desc)[^>]*>([^<]*)</g)].map((m) => m[1]).join(" ");
    expect(text.length, view).toBeGreaterThan(500);
    expect(text, view).not.toMatch(INTERNAL);
  }
});
