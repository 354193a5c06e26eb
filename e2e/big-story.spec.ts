/**
 * Hostile conditions, part five: a story far bigger than a news report (10,000 features over a 200 KB article,
 * made by e2e/fixtures/make-big-story.ts before the e2e build) validates, loads and stays interactive.
 */
import { expect, test, waitForReady } from "./fixtures.ts";

test("a 10,000-feature story with a 200 KB article loads and stays interactive", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("./#story=big-story");
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
  await expect
    .poll(() =>
      page.evaluate(
        (id) => (window.rafahMap?.getFeatureState({ source: "story", id }) ?? {}) as Record<string, unknown>,
        selected,
      ),
    )
    .toMatchObject({ selected: true });
  await expect(page.locator("mark.passage.is-selected").first()).toBeInViewport();

  // Map → text: a feature clicked on the map.
  await waitForReady(page);
  const point = await page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    const f = map.queryRenderedFeatures({ layers: ["story-point"] })[0];
    if (!f || f.geometry.type !== "Point") return null;
    const p = map.project(f.geometry.coordinates as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  if (!point) throw new Error("no point drawn");
  await page.mouse.click(point.x, point.y);
  await expect(page.locator("#details")).not.toHaveAttribute("data-feature", selected);

  // Layers and time.
  await page.locator("summary", { hasText: "Layers and legend" }).click();
  await page.getByLabel("Claims and denials").uncheck();
  await expect(page).toHaveURL(/layers=/);
  const box = await page.locator(".tl-brush .overlay").boundingBox();
  if (!box) throw new Error("no brush");
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page).toHaveURL(/time=2024-04-\d\d\/2024-04-\d\d/);
  await expect(page.locator(".tl-stacked")).toContainText("more dated items");
});
