import AxeBuilder from "@axe-core/playwright";
import { brushTimeline, expect, featureState, test, waitForReady } from "./fixtures.ts";
import type { Page } from "@playwright/test";

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

test("the URL holds story, view, feature, layers and time; reload restores them exactly", async ({ page }) => {
  await page.goto(
    "./#view=sinai&feature=egypt-forces-northern-sinai&layers=positions,events,claims,labels&time=2024-04-13/2024-04-18",
  );
  await waitForReady(page);
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "egypt-forces-northern-sinai");
  await expect(page.locator("#map")).toHaveAttribute("data-view", "sinai");
  expect(await featureState(page, "egypt-forces-northern-sinai")).toMatchObject({ selected: true });
  // context hidden: the treaty zones are filtered out of the map
  const zoneVisible = await page.evaluate(
    () =>
      window.rafahMap?.queryRenderedFeatures({ layers: ["story-area-hatch"] }).some((f) =>
        String((f.properties as { ids?: unknown }).ids)
          .split(" ")
          .includes("treaty-zone-c"),
      ) ?? true,
  );
  expect(zoneVisible).toBe(false);
  // time range: the first meeting (1 April) is dimmed, the attack (13–14 April) is not
  // (A time range redraws the stacks, which grey the statements outside it: wait for the redraw.)
  await expect.poll(() => featureState(page, "first-virtual-meeting")).toMatchObject({ dimmed: true });
  await expect.poll(() => featureState(page, "iran-attack-nevatim")).toMatchObject({ dimmed: false });
  await page.reload();
  await waitForReady(page);
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "egypt-forces-northern-sinai");
  expect(await featureState(page, "first-virtual-meeting")).toMatchObject({ dimmed: true });
});

test("bad hash values are ignored with defaults, never a crash", async ({ page }) => {
  await page.goto("./#feature=%3Cscript%3E&layers=bogus&time=2024-02-30&view=nowhere");
  await waitForReady(page);
  await expect(page.locator("#details .details-empty")).toBeVisible();
  await expect(page.locator("#map")).toHaveAttribute("data-view", "border");
  await expect(page.locator('.layers-panel input[value="context"]')).toBeChecked();
});

test("back and forward walk through selections", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  await expect(page).toHaveURL(/feature=green-light-denied/);
  await page.locator("mark.passage", { hasText: "The New Arab claims" }).first().click();
  await expect(page).toHaveURL(/feature=new-arab-claim/);
  await page.goBack();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");
  await page.goBack();
  await expect(page.locator("#details .details-empty")).toBeVisible();
  await page.goForward();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");
});

test("toggling a layer group changes the map and the legend together", async ({ page }) => {
  await page.goto("./#view=sinai");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Layers and legend" }).click();
  const legend = page.locator(".legend");
  await expect(legend).toContainText("Context");
  await expect(legend).toContainText("Approximate area: hatched");
  const hasZone = () =>
    page.evaluate(
      () =>
        window.rafahMap?.queryRenderedFeatures({ layers: ["story-area-hatch"] }).some((f) =>
          String((f.properties as { ids?: unknown }).ids)
            .split(" ")
            .includes("treaty-zone-c"),
        ) ?? false,
    );
  expect(await hasZone()).toBe(true);
  await page.getByLabel("Context: borders, treaty zones").uncheck();
  await expect(page).toHaveURL(/layers=positions,events,claims,labels/);
  await expect.poll(hasZone).toBe(false);
  await expect(legend).not.toContainText("Context");
  const names = () => page.locator(".map-overlay .layout-name").count();
  expect(await names()).toBeGreaterThan(3);
  await page.getByLabel("Place labels").uncheck();
  await expect(legend).not.toContainText("Border crossing");
  // The basemap's names go; the story's own labels stay.
  await expect.poll(names).toBe(0);
  await expect(page.locator(".map-overlay .layout-area").first()).toBeVisible();
});

test("brushing the timeline dims what lies outside the range on the map and in the text", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  // Drag over the right part of the axis (the week of publication).
  await brushTimeline(page, 0.7, 0.95);
  await expect(page).toHaveURL(/time=2024-04-\d\d\/2024-04-\d\d/);
  await expect.poll(() => featureState(page, "first-virtual-meeting")).toMatchObject({ dimmed: true });
  await expect(page.locator("mark.passage.is-dimmed").first()).toBeVisible();
  await expect(page.locator('.tl-mark[data-feature="first-virtual-meeting"]')).toHaveClass(/is-dimmed/);
  await page.getByRole("button", { name: "Show all dates" }).click();
  await expect.poll(() => featureState(page, "first-virtual-meeting")).toMatchObject({ dimmed: false });
  // Clicking a timeline mark selects its feature.
  await page.locator('.tl-mark[data-feature="biden-warning"] rect').click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "biden-warning");
});

test("an off-map feature is shown in the inset with its direction and distance", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.locator("mark.passage", { hasText: "The White House declined to comment" }).click();
  await expect(page.locator(".inset-caption")).toContainText(/\d,\d{3} km north-west of the map/);
  await expect(page.locator(".inset-point")).toHaveCount(1);
});

test("with reduced motion, selecting a passage jumps without animation", async ({ page }) => {
  await page.goto("./#view=region");
  await waitForReady(page);
  await page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) return;
    const times: number[] = [];
    map.once("movestart", () => times.push(performance.now()));
    map.once("moveend", () => times.push(performance.now()));
    Object.assign(window, { moveTimes: times });
  });
  await page.locator("mark.passage", { hasText: "along the 14-kilometer border strip" }).click();
  const times = () => page.evaluate(() => (window as unknown as { moveTimes: number[] }).moveTimes);
  await expect.poll(async () => (await times()).length).toBe(2);
  const [start, end] = await times();
  expect((end ?? 0) - (start ?? 0)).toBeLessThan(50); // a jump: the move starts and ends in one go
  expect(await page.evaluate(() => window.rafahMap?.getZoom() ?? 0)).toBeGreaterThan(10);
});

test("every feature can be reached and selected from the keyboard, with announcements", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Places and events in this report" }).click();
  const buttons = page.locator(".feature-button");
  const count = await buttons.count();
  expect(count).toBe(23);
  await buttons.first().focus();
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Enter");
    const id = await page.locator("#details").getAttribute("data-feature");
    if (id) seen.add(id);
    await expect(page.locator("#announcer")).toContainText("Selected:");
    await page.keyboard.press("Tab");
  }
  expect(seen.size).toBe(23);
});

test("measure tool gives a distance in km along clicked points", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.getByRole("button", { name: "Measure distance" }).click();
  const pts = await page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    const box = map.getCanvas().getBoundingClientRect();
    const a = map.project([34.2184, 31.324]);
    const b = map.project([34.2675, 31.2201]);
    return [
      { x: box.left + a.x, y: box.top + a.y },
      { x: box.left + b.x, y: box.top + b.y },
    ];
  });
  for (const p of pts) await page.mouse.click(p.x, p.y);
  // The straight line between the border's ends is about 12.4 km.
  await expect(page.locator(".measure-output")).toContainText(/Distance: 12\.\d km/);
  await page.keyboard.press("Escape");
  await expect(page.locator(".measure-output")).toBeHidden();
});

test("accessibility: no axe violations on the desktop layout, with a feature selected and the layer panel open", async ({
  page,
}) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await axe(page);
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  await page.locator("summary", { hasText: "Layers and legend" }).click();
  await axe(page);
});

test("phone layout: map on top, never more than half the screen, text below; no axe violations", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("./#view=rafah");
  await waitForReady(page);
  const map = await page.locator("#map").boundingBox();
  const article = await page.locator("#article").boundingBox();
  expect(map?.height ?? 999).toBeLessThanOrEqual(370);
  expect((article?.y ?? 0) > (map?.y ?? 0)).toBe(true);
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  // The selected passage is in view below the map, and the map is still on screen.
  await expect(page.locator("mark.passage.is-selected").first()).toBeInViewport();
  await expect(page.locator("#map")).toBeInViewport();
  await axe(page);
  await page.locator("summary", { hasText: "Layers and legend" }).click();
  await axe(page);
});

test("the layout holds at 320 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("./#view=border");
  await waitForReady(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
