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

  // Map → text: a mark clicked on the map selects one of the statements it stands for.
  await page.getByRole("button", { name: "Border strip" }).click();
  await expect(page).toHaveURL(/view=border/);
  await waitForReady(page);
  const marks = page.locator(
    "#map .map-overlay .layout-item:is(.layout-symbol, .layout-stack, .layout-named)[data-features]",
  );
  expect(await marks.count()).toBeGreaterThan(0);
  const target = await page.evaluate((current) => {
    // The drawn mark nearest the middle of the map that does not stand for the current selection.
    const map = document.querySelector("#map")?.getBoundingClientRect();
    if (!map) return null;
    const items = [
      ...document.querySelectorAll<SVGGElement>(
        "#map .map-overlay .layout-item:is(.layout-symbol, .layout-stack, .layout-named)[data-features]",
      ),
    ]
      .map((g) => ({ ids: (g.dataset["features"] ?? "").split(" "), box: g.getBoundingClientRect() }))
      .filter((m) => !m.ids.includes(current) && m.box.width > 0)
      .map((m) => ({ ids: m.ids, x: m.box.left + m.box.width / 2, y: m.box.top + m.box.height / 2 }));
    const distance = (q: { x: number; y: number }) => Math.hypot(q.x - (map.left + map.width / 2), q.y - (map.top + map.height / 2)); // prettier-ignore
    return items.sort((a, b) => distance(a) - distance(b))[0] ?? null;
  }, selected);
  if (!target) throw new Error("no mark drawn");
  await page.mouse.click(target.x, target.y);
  await expect
    .poll(async () => target.ids.includes((await page.locator("#details").getAttribute("data-feature")) ?? ""))
    .toBe(true);

  // Layers and time.
  await page.locator("summary", { hasText: "Layers and legend" }).click();
  await page.getByLabel("Claims and denials").uncheck();
  await expect(page).toHaveURL(/layers=/);
  await brushTimeline(page, 0.3, 0.5);
  await expect(page).toHaveURL(/time=2024-04-\d\d\/2024-04-\d\d/);
  await expect(page.locator(".tl-stacked")).toContainText("more dated items");
});
