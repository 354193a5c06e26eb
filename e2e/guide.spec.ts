/**
 * Guided reading (src/panels/guide/, src/model/steps.ts): the map follows the report as it is scrolled, on a phone
 * and on a laptop, with the static map before the reach and the live map after; the reader stays in charge.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { scrollToStep } from "./browser.ts";
import { expect, HOST_ORIGIN, reachForMap, test } from "./fixtures.ts";
import { readFileSync } from "node:fs";
import { guideSteps } from "../src/model/steps.ts";
import { validateStory } from "../src/model/validate.ts";
import { parseViews } from "../src/model/views.ts";

const read = (f: string) => readFileSync(`data/stories/rafah-april-2024/${f}`, "utf8");
const validated = validateStory(
  { story: read("story.json"), features: read("features.geojson"), article: read("article.txt") },
  { sharedViews: parseViews(JSON.parse(readFileSync("data/views.json", "utf8"))).views },
).story;
if (!validated) throw new Error("the first story must validate");
const story = validated;
const steps = guideSteps(story);
const byId = new Map(story.features.map((f) => [f.id, f]));
const located = (ids: readonly string[]) => ids.filter((id) => byId.get(id)?.geometry && byId.get(id)?.properties.precision.type !== "off-map"); // prettier-ignore
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** Where each of the step's features is drawn (the map on show: live overlay or static), against the controls. */
async function drawnFeatures(page: Page, ids: readonly string[]) {
  return page.evaluate((wanted) => {
    const box = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
    const shown = (el: Element) => el.getBoundingClientRect().width > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }); // prettier-ignore
    const svg = [...document.querySelectorAll(".map-overlay, #map .static-view-drawing svg")].find(shown);
    const controls = [...document.querySelectorAll(".maplibregl-ctrl-group, .map-key, .map-credit, .static-view-control, .view-control, .inset.has-offmap")].filter(shown).map((c) => c.getBoundingClientRect()); // prettier-ignore
    return wanted.map((id) => {
      const items = [...(svg?.querySelectorAll(".layout-item[data-features]") ?? [])].filter((g) => g.getAttribute("data-features")?.split(" ").includes(id) && shown(g)); // prettier-ignore
      const rects = items.map((g) => g.getBoundingClientRect());
      const inView = rects.some((r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1); // prettier-ignore
      const underControl = rects.some((r) => controls.some((c) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top)); // prettier-ignore
      const dimmed = items.every((g) => g.getAttribute("data-dimmed")?.split(" ").includes(id) ?? false);
      return { id, drawn: items.length > 0, inView, underControl, dimmed };
    });
  }, ids);
}

async function expectStep(page: Page, n: number, drawing: "static" | "live"): Promise<void> {
  const step = steps[n];
  if (!step) throw new Error(`no step ${n}`);
  await expect(page.locator("#map")).toHaveAttribute("data-view", step.viewId);
  if (drawing === "static") await expect(page.locator("#map .static-view[data-static=true]")).toBeAttached();
  else await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
  await expect(page.locator(".article-text p.is-step")).toHaveAttribute("data-step", String(n));
  for (const f of await drawnFeatures(page, located(step.features))) {
    expect(f, `step ${n}, ${drawing}: ${f.id}`).toEqual({ id: f.id, drawn: true, inView: true, underControl: false, dimmed: false }); // prettier-ignore
  }
  // The others are greyed: the step's features stand out.
  const others = located(story.features.map((f) => f.id).filter((id) => !step.features.includes(id)));
  expect((await drawnFeatures(page, others)).filter((f) => f.drawn).every((f) => f.dimmed)).toBe(true);
  await expect(page.locator(".guide-said")).toContainText(`Map: ${story.views.views.find((v) => v.id === step.viewId)?.title ?? ""}`); // prettier-ignore
}

test.describe("on a phone", () => {
  test.use(PHONE);

  test("the report comes right after the map, and scrolling it steps the static map through the paragraphs and back", async ({
    page,
  }) => {
    // prettier-ignore
    await page.goto("./");
    await expect(page.locator("[data-enhanced=true]")).toBeAttached();
    // Reading order: title, the line on what the map shows, the map (at most 45 % of the screen), the report.
    const boxes = await page.evaluate(() => ["#story-dek", "#map", "#article"].map((s) => (document.querySelector(s) as HTMLElement).getBoundingClientRect().toJSON() as DOMRect)); // prettier-ignore
    const [dek, map, article] = boxes as [DOMRect, DOMRect, DOMRect];
    expect(dek.height).toBeGreaterThan(0);
    expect(map.height).toBeLessThanOrEqual(0.45 * 812);
    expect(article.top - map.bottom).toBeLessThan(4);
    expect(article.top).toBeLessThan(812);
    // The layout-shift score from here to the end of the reading.
    await page.evaluate(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { cls: number }).cls += e.value; // prettier-ignore
      }).observe({ type: "layout-shift" });
    });
    await expect(page.locator(".guide-bar")).toHaveAttribute("data-step", "0");
    for (let n = 1; n < steps.length; n++) {
      await scrollToStep(page, n);
      await expectStep(page, n, "static");
    }
    // Scrolling back steps back.
    for (let n = steps.length - 2; n >= 1; n--) {
      await scrollToStep(page, n);
      await expectStep(page, n, "static");
    }
    await scrollToStep(page, 0);
    await expect(page.locator("#map")).toHaveAttribute("data-view", story.views.defaultId);
    // Steps never woke the live map: the static map followed them.
    expect(await page.evaluate(() => window.rafahMap === undefined)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.02);
    await scrollToStep(page, 4);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("the first tap on the sleeping map only wakes it: nothing is selected, the camera stays", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("[data-enhanced=true]")).toBeAttached();
    // A mark of the static map, tapped.
    const mark = page.locator("#map .static-view-drawing svg .layout-item[data-features]").first();
    await mark.tap();
    await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
    await expect(page.locator("#details")).not.toHaveAttribute("data-feature", /./);
    await expect(page.locator("#map")).toHaveAttribute("data-view", story.views.defaultId);
    expect(await page.evaluate(() => location.hash)).not.toContain("feature=");
    expect(await page.evaluate(() => window.rafahMap?.isMoving())).toBe(false);
  });

  test("without JavaScript the report starts within one screen, and each passage links to its entry", async ({
    browser,
  }) => {
    // prettier-ignore
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("http://127.0.0.1:4173/");
    const offset = await page.evaluate(() => (document.querySelector("#article") as HTMLElement).getBoundingClientRect().top); // prettier-ignore
    expect(offset).toBeLessThan(812);
    await expect(page.locator(".guide-bar")).toBeHidden();
    const link = page.locator("a.passage-link").first();
    const target = (await link.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#feature-/);
    await expect(page.locator(decodeURIComponent(target))).toBeAttached();
    await context.close();
  });
});

test.describe("on a laptop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the live map follows the steps; a pan pauses the guide and “Follow the report” resumes it", async ({
    page,
  }) => {
    // prettier-ignore
    await page.goto("./");
    await expect(page.locator("[data-enhanced=true]")).toBeAttached();
    await reachForMap(page);
    await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
    for (const n of [1, 3, 4, 6]) {
      await scrollToStep(page, n);
      await expectStep(page, n, "live");
    }
    await scrollToStep(page, 3);
    await expectStep(page, 3, "live");
    // A pan by hand: the guide pauses, and scrolling on moves nothing.
    const box = await page.locator("#map canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    await expect(page.locator(".guide-bar")).toHaveAttribute("data-guide", "paused");
    await expect(page.locator(".guide-toggle")).toHaveText("Follow the report");
    await page.locator(".side-scroll").evaluate((el) => {
      el.scrollBy(0, 300);
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(page.locator(".article-text p.is-step")).toHaveCount(0);
    await expect(page.locator("#map")).toHaveAttribute("data-view", steps[3]?.viewId ?? "");
    // Follow the report: back to the step at the reading line; focus stays on the button.
    await page.locator(".guide-toggle").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".guide-bar")).toHaveAttribute("data-guide", "following");
    const now = Number(await page.locator(".guide-bar").getAttribute("data-step"));
    await expectStep(page, now, "live");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("guide-toggle");
  });

  test("a selection pauses the guide; under reduced motion a step jumps, otherwise the camera flies", async ({
    browser,
  }) => {
    // prettier-ignore
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
      const page = await context.newPage();
      await page.goto("http://127.0.0.1:4173/");
      await expect(page.locator("[data-enhanced=true]")).toBeAttached();
      await reachForMap(page);
      await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
      await scrollToStep(page, 3);
      await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
      await scrollToStep(page, 4); // border → rafah
      const moving = await page.evaluate(() => window.rafahMap?.isMoving());
      expect(moving, reducedMotion).toBe(reducedMotion !== "reduce");
      await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
      await page.locator(".article-text p.is-step mark.passage").first().click();
      await expect(page.locator(".guide-bar")).toHaveAttribute("data-guide", "paused");
      await expect(page.locator("#details")).toHaveAttribute("data-feature", /./);
      await context.close();
    }
  });
});

test("an embed with #guide=1 follows the host page's steps and tells it what they are", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/guided.html`);
  const frame = page.frameLocator("#first");
  await expect(frame.locator("[data-enhanced=true]")).toBeAttached();
  await expect(frame.locator("html")).toHaveAttribute("data-guide", "following");
  await expect
    .poll(async () =>
      page.evaluate(
        () =>
          (window as unknown as { received: { data: { type: string; steps?: unknown[] } }[] }).received.find(
            (m) => m.data.type === "steps",
          )?.data.steps?.length,
      ),
    ) // prettier-ignore
    .toBe(steps.length);
  const step = steps.findIndex((s) => s.viewId === "rafah");
  await page.evaluate((n) => {
    (document.getElementById("first") as HTMLIFrameElement).contentWindow?.postMessage({ source: "rafah-map", version: 1, type: "setStep", step: n }, "http://127.0.0.1:4173"); // prettier-ignore
  }, step);
  await expect(frame.locator("#map")).toHaveAttribute("data-view", "rafah");
  await expect(frame.locator("#static-map[data-static=true]")).toBeAttached();
  // The others are greyed on the embed's map too.
  const dimmed = await frame.locator("#static-map svg .layout-item[data-dimmed]").count();
  expect(dimmed).toBeGreaterThan(0);
});
