/**
 * Pages rendered at build time: read on a phone with JavaScript switched off (the article, the static map with the
 * story's features, the list with every feature's details, passages and entries linked both ways as plain HTML);
 * with JavaScript, no layout shift over the load and the swap to the live map; and the built HTML of a hostile
 * story holds its payloads as text only.
 */
import { readFileSync } from "node:fs";
import { countDialogs, injected, watchForInjection } from "./injection.ts";
import { expect, reachForMap, test, waitForEnhanced } from "./fixtures.ts";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

interface FeatureFile {
  features: { id: string; properties: { title: string; anchors?: unknown[] } }[];
}
const rafah = JSON.parse(readFileSync("data/stories/rafah-april-2024/features.geojson", "utf8")) as FeatureFile;
const TITLE = (JSON.parse(readFileSync("data/stories/rafah-april-2024/story.json", "utf8")) as { title: string }).title;

const PHONE = { width: 375, height: 812 };

/** The static map frame that shows at this width (the build writes a narrow and a wide one). */
const shownFrame = (page: Page) => page.locator("svg.static-frame").filter({ visible: true });

test.describe("without JavaScript, on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("index.html: title, article, static map with the story's features, the list with details, credits", async ({
    page,
  }) => {
    await page.goto("./");
    await expect(page.locator("h1")).toHaveText(TITLE);
    await expect(page.locator("mark.passage").first()).toBeVisible();
    expect(await page.locator("mark.passage a.passage-link").count()).toBeGreaterThan(10);

    const frame = shownFrame(page);
    await expect(frame).toHaveCount(1);
    await expect(frame).toHaveClass(/static-frame-narrow/);
    const drawn = await frame
      .locator("[data-feature]")
      .evaluateAll((els) => [
        ...new Set(els.flatMap((e) => (e.getAttribute("data-feature") ?? "").split(" ")).filter(Boolean)),
      ]);
    const ids = rafah.features.map((f) => f.id);
    expect(drawn.length, "features drawn on the static map").toBeGreaterThan(5);
    for (const id of drawn) expect(ids).toContain(id);
    await expect(frame.locator("text", { hasText: "EGYPT" }).first()).toBeAttached();

    // Every feature's title is in the list, visible.
    const titles = page.locator(".feature-entry .feature-title");
    await expect(titles).toHaveCount(rafah.features.length);
    for (const f of rafah.features) {
      await expect(page.locator(`li#feature-${f.id} .feature-title`)).toHaveText(f.properties.title);
    }
    await expect(titles.first()).toBeVisible();
    await expect(page.locator("#app")).toContainText("© OpenStreetMap contributors");
  });

  test("index.html: a passage links to its entry in the list, and the entry back to the passage", async ({ page }) => {
    await page.goto("./");
    const link = page.locator("a.passage-link", { hasText: "flatly denied" }).first();
    const target = await link.getAttribute("href");
    expect(target).toMatch(/^#feature-/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target ?? "?"}$`));
    const entry = page.locator(target ?? "#none");
    await expect(entry).toBeInViewport();
    // The entry holds the feature's details: status, who says so, the quote.
    await expect(entry.locator(".feature-facts")).toBeVisible();
    await expect(entry.locator(".feature-facts")).toContainText("flatly denied");

    const back = entry.locator("a.feature-button");
    const passage = await back.getAttribute("href");
    expect(passage).toMatch(/^#passage-\d+$/);
    await back.click();
    await expect(page.locator(passage ?? "#none")).toBeInViewport();
    await expect(page.locator(passage ?? "#none")).toContainText("flatly denied");
  });

  test("embed.html: static map with features, key, the list with details, credits", async ({ page }) => {
    await page.goto("./embed.html#view=border");
    await expect(page.locator("h1, .embed-title").first()).toContainText("Rafah");
    const frame = shownFrame(page);
    await expect(frame).toHaveCount(1);
    expect(await frame.locator("[data-feature]").count()).toBeGreaterThan(3);
    await expect(page.locator(".map-key li").first()).toBeVisible();
    await expect(page.locator(".feature-entry .feature-title")).toHaveCount(rafah.features.length);
    await expect(page.locator(".feature-entry .feature-title").first()).toBeVisible();
    const first = page.locator(".feature-entry").first();
    await expect(first.locator(".feature-facts")).toBeVisible();
    await expect(page.locator("#embed-credits")).toContainText("© OpenStreetMap contributors");
  });
});

// axe runs in the page, so it cannot run with JavaScript switched off: the pages are checked as built, before any
// of their scripts run (the app's scripts are served empty).
for (const path of ["./", "./embed.html#view=border"]) {
  test(`${path}: no accessibility violations as built, before its scripts`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.route(/\/assets\/[\w-]+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    await page.goto(path);
    await expect(page.locator("svg.static-frame").filter({ visible: true })).toHaveCount(1);
    await expect(page.locator("[data-enhanced=true]")).toHaveCount(0);
    // Passage links are words in the report's sentences: WCAG 2.5.8 exempts such inline targets, but axe cannot
    // tell them apart when nearly every sentence is a passage, and measures the sliver a link has at a line break.
    // The rule is kept for every other element.
    const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]);
    const results = await axe.exclude("a.passage-link").analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    if (path === "./") {
      const links = await new AxeBuilder({ page }).include("#article").disableRules(["target-size"]).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze(); // prettier-ignore
      expect(links.violations.map((v) => v.id)).toEqual([]);
    }
  });
}

/** The layout-shift score (every shift counted, input or not) over the page's life so far. */
function recordLayoutShifts(): void {
  const w = window as unknown as { __shift: number };
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
  }).observe({ type: "layout-shift", buffered: true });
}

const shiftScore = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

for (const [name, path, viewport] of [
  ["app, desktop", "./#view=border", { width: 1280, height: 800 }],
  ["app, phone", "./#view=border", PHONE],
  ["embed, phone", "./embed.html#view=border", { width: 375, height: 520 }],
  ["embed, desktop", "./embed.html#view=border", { width: 640, height: 600 }],
] as const) {
  test(`layout shift over the load and the swap to the live map (${name}) is at most 0.02`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(recordLayoutShifts);
    await page.goto(path);
    await waitForEnhanced(page);
    await reachForMap(page);
    await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
    await expect(page.locator("#map canvas")).toBeVisible();
    // Two frames after ready: any shift the swap caused has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await shiftScore(page)).toBeLessThanOrEqual(0.02);
  });
}

test("the built page of a hostile story holds its payloads as text: no handler, no script but the app's", async ({
  page,
}) => {
  const html = readFileSync("dist/stories/hostile-strings/index.html", "utf8");
  await page.goto("about:blank");
  const found = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "text/html");
    const elements = [...doc.querySelectorAll("*")];
    const handlers = elements.flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.localName} ${a.name}`),
    );
    const urls = elements.flatMap((el) =>
      ["href", "src", "xlink:href", "action"]
        .map((n) => el.getAttribute(n))
        .filter((v): v is string => v !== null && /^\s*(javascript|data:text|vbscript)/i.test(v)),
    );
    return {
      handlers,
      urls,
      scripts: [...doc.querySelectorAll("script")].map((s) => `${s.type} ${s.getAttribute("src") ?? "inline"}`),
      tags: [...new Set(elements.map((e) => e.localName))].filter((t) =>
        ["img", "iframe", "object", "embed", "base", "style", "foreignobject", "math"].includes(t),
      ),
      article: doc.querySelector("#article")?.textContent ?? "",
      list: doc.querySelector(".feature-list")?.textContent ?? "",
    };
  }, html);
  expect(found.handlers).toEqual([]);
  expect(found.urls).toEqual([]);
  expect(found.scripts).toEqual([expect.stringMatching(/^module \.\.\/\.\.\/assets\/main-[\w-]+\.js$/)]);
  expect(found.tags).toEqual([]);
  expect(found.article).toContain("<script>alert('xss-1')</script>");
  expect(found.article).toContain("<img src=x onerror=alert('xss-4')>");
  expect(found.list).toContain("<svg onload=alert('xss-8')> 8");
});

test("the hostile story's own page, enhanced and live: nothing injected, no dialog", async ({ page }) => {
  await page.addInitScript(watchForInjection);
  const dialogs = countDialogs(page);
  await page.goto("./stories/hostile-strings/");
  await waitForEnhanced(page);
  await reachForMap(page);
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
  await page.locator("mark.passage").first().click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", /hostile-/);
  await expect(page.locator("#article")).toContainText("<script>alert('xss-1')</script>");
  expect(await injected(page)).toEqual([]);
  expect(dialogs.count).toBe(0);
});
