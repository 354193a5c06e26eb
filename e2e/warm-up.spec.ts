/**
 * The live map's warm-up (src/map-host/warm-up.ts): on a desktop with a mouse, once the page is painted and idle,
 * the live map's code loads and a worker wakes the GPU, while the static map stays the map until the reader
 * reaches for it; on a phone nothing of the live map is asked for before a touch.
 */
import type { Page, Request } from "@playwright/test";
import { expect, reachForMap, test, waitForEnhanced } from "./fixtures.ts";

const LIVE_CODE = /maplibre-gl|gpu-warm-worker/;

function liveRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r: Request) => {
    if (LIVE_CODE.test(r.url())) urls.push(r.url().replace(/^.*\//, ""));
  });
  return urls;
}

test("a desktop loads the live map's code and wakes the GPU while idle, and starts the map only on the reach", async ({
  page,
}) => {
  const urls = liveRequests(page);
  const worker = page.waitForEvent("worker", { predicate: (w) => w.url().includes("gpu-warm-worker") });
  await page.goto("./#view=border");
  await worker;
  await expect.poll(() => urls.some((u) => u.startsWith("maplibre-gl-") && !u.includes("worker"))).toBe(true);
  // Warmed, not started: no reach yet, the static map is the map.
  expect(await page.evaluate(() => performance.getEntriesByName("rafah-map:reached").length)).toBe(0);
  await expect(page.locator("#map")).not.toHaveAttribute("data-ready", "true");
  await reachForMap(page);
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("nothing of the live map is asked for before the reader touches the map", async ({ page }) => {
    const urls = liveRequests(page);
    await page.goto("./#view=border");
    await waitForEnhanced(page);
    await page.waitForLoadState("networkidle");
    // Idle for a while after the page's start: an idle callback would have run by now.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
    expect(urls).toEqual([]);
    await page.locator("#map").tap();
    await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
    expect(urls.length).toBeGreaterThan(0);
  });
});
