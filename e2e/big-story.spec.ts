/**
 * Hostile conditions, part five: a story far bigger than a news report (10,000 features over a 200 KB article,
 * made by e2e/fixtures/make-big-story.ts before the e2e build) validates, loads and stays interactive.
 */
import { brushTimeline, expect, featureState, reachForMap, test, waitForReady } from "./fixtures.ts";

test("a 10,000-feature story with a 200 KB article loads and stays interactive", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("./#story=big-story");
  await reachForMap(page);
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  await expect(page.locator("#story-title")).toContainText("10000 features");
  await expect(page.locator("#feature-list summary")).toContainText("10000");
  expect(await page.locator("mark.passage").count()).toBeGreaterThan(1500);
  const onMap = await page.evaluate(() => window.rafahMap?.querySourceFeatures("story").length ?? 0);
  expect(onMap).toBeGreaterThan(1000);

  // Text → map.
  await page.locator("mark.passage").nth(1200).click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", /^item-\d+$/);
  const selected = (await page.locator("#details").getAttribute("data-feature")) ?? "";
  await expect.poll(() => featureState(page, selected)).toMatchObject({ selected: true });
  await expect(page.locator("mark.passage.is-selected").first()).toBeInViewport();

  // Map → text: a point clicked on the map selects a feature drawn under the pointer.
  await page.getByRole("button", { name: "Border strip" }).click();
  await expect(page).toHaveURL(/view=border/);
  await waitForReady(page);
  const target = await page.evaluate((current) => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    // The drawn point nearest the middle of the map (clear of the controls and the inset).
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const distance = (q: { x: number; y: number }) => Math.hypot(q.x - width / 2, q.y - height / 2);
    const points = map
      .queryRenderedFeatures({ layers: ["story-point"] })
      .filter(
        (f) =>
          !String((f.properties as { ids?: unknown }).ids)
            .split(" ")
            .includes(current) && f.geometry.type === "Point",
      )
      .map((f) => map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]))
      .sort((a, b) => distance(a) - distance(b));
    const p = points[0];
    if (!p) return null;
    const storyLayers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith("story-"))
      .map((l) => l.id);
    const under = map.queryRenderedFeatures(p, { layers: storyLayers }).flatMap((g) => String((g.properties as { ids?: unknown }).ids).split(" ")); // prettier-ignore
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, under };
  }, selected);
  if (!target) throw new Error("no point drawn");
  await page.mouse.click(target.x, target.y);
  await expect
    .poll(async () => target.under.includes((await page.locator("#details").getAttribute("data-feature")) ?? ""))
    .toBe(true);

  // Layers and time.
  await page.locator("summary", { hasText: "Layers and legend" }).click();
  await page.getByLabel("Claims and denials").uncheck();
  await expect(page).toHaveURL(/layers=/);
  await brushTimeline(page, 0.3, 0.5);
  await expect(page).toHaveURL(/time=2024-04-\d\d\/2024-04-\d\d/);
  await expect(page.locator(".tl-stacked")).toContainText("more dated items");
});
