import { expect, featureState, renderedLabels, test, waitForReady } from "./fixtures.ts";
import type { Page } from "@playwright/test";

async function storyFeatureIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The live map's geometry marks and the overlay's symbols, badges and labels carry the ids of what they draw.
    const marks = window.rafahMap?.querySourceFeatures("story").flatMap((f) => String((f.properties as { ids?: unknown }).ids).split(" ")) ?? []; // prettier-ignore
    const items = [...document.querySelectorAll<SVGGElement>(".map-overlay .layout-item[data-features]")].flatMap((g) => (g.dataset.features ?? "").split(" ")); // prettier-ignore
    return [...new Set([...marks, ...items])].sort();
  });
}

test("the first story loads: its title, its text with marked passages, its features on the map", async ({ page }) => {
  await page.goto("./");
  await waitForReady(page);
  await expect(page.locator("#story-title")).toHaveText(/Rafah operation/);
  await expect(page.locator("#map")).toHaveAttribute("data-view", "border");
  const marks = page.locator("#article mark.passage");
  expect(await marks.count()).toBeGreaterThan(20);
  await expect(page.locator("#article")).toContainText("along the 14-kilometer border strip with the Gaza Strip");
  const ids = await storyFeatureIds(page);
  expect(ids).toEqual(expect.arrayContaining(["border-strip-14-km", "green-light-denied", "treaty-zone-c"]));
  expect(ids).not.toContain("working-groups"); // unlocated: in the text, not on the map
});

test("passage → feature: selecting a passage highlights its feature on the map and opens its details", async ({
  page,
}) => {
  await page.goto("./#view=rafah");
  await waitForReady(page);
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  const details = page.locator("#details");
  await expect(details).toHaveAttribute("data-feature", "green-light-denied");
  await expect(details.locator(".details-status .status-badge")).toHaveText("Denied");
  await expect(details).toContainText("by two U.S. officials");
  await expect(details.locator("blockquote")).toContainText("flatly denied reports");
  await expect.poll(() => featureState(page, "green-light-denied")).toMatchObject({ selected: true });

  // The claim and its denial link to each other.
  await details
    .locator(".details-related")
    .getByRole("button", { name: /Claimed: US approval/ })
    .click();
  await expect(details).toHaveAttribute("data-feature", "new-arab-claim");
  await expect(details.locator(".details-status .status-badge")).toHaveText("Claimed");
  await expect(details).toContainText("The New Arab, citing a senior official");
  expect(await featureState(page, "new-arab-claim")).toMatchObject({ selected: true });
  // The denial shares the claim's place (one mark, which stays selected): a feature drawn elsewhere is not selected,
  // and the card's chooser marks which statement of the place is the selected one.
  expect((await featureState(page, "border-strip-14-km")).selected ?? false).toBe(false);
  await expect(details.locator('.details-chooser button[aria-current="true"]')).toHaveAttribute("data-feature", "new-arab-claim"); // prettier-ignore
  await expect(page.locator("mark.passage.is-selected").first()).toContainText("The New Arab claims");
});

test("passages work from the keyboard (Enter and Space)", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  const passage = page.locator("mark.passage", { hasText: "along the 14-kilometer border strip" });
  await passage.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "border-strip-14-km");
  await expect(page.locator("#details .details-length")).toContainText("Reported: 14 km");
  await expect(page.locator("#details .details-length")).toContainText(/Measured on the map's geometry: 12\.\d km/);
  await page.locator("mark.passage", { hasText: "a large border with Israel" }).focus();
  await page.keyboard.press(" ");
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "egypt-israel-border");
});

test("feature → passage: clicking a feature on the map selects it and scrolls its passage into view", async ({
  page,
}) => {
  await page.goto("./#view=region");
  await waitForReady(page);
  const point = await page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    const p = map.project([35.012, 31.207]); // Nevatim airbase, where the attack feature is drawn
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "iran-attack-nevatim");
  const mark = page.locator("mark.passage.is-selected").first();
  await expect(mark).toContainText("unprecedented attack");
  await expect(mark).toHaveAttribute("aria-current", "true");
  await expect(mark).toBeInViewport();
  await expect.poll(() => featureState(page, "iran-attack-nevatim")).toMatchObject({ selected: true });
});

test("a second story loads from its folder at #story=<id>, with its own view and text", async ({ page }) => {
  await page.goto("./#story=fixture-el-arish");
  await waitForReady(page);
  await expect(page.locator("#story-title")).toHaveText("Fixture: a convoy from El Arish");
  await expect(page.locator("#map")).toHaveAttribute("data-view", "el-arish-coast");
  await expect(page.getByRole("button", { name: "El Arish coast" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".view-control button")).toHaveCount(2);
  const center = await page.evaluate(() => window.rafahMap?.getCenter().toArray() ?? [0, 0]);
  expect(center[0]).toBeGreaterThan(33.7);
  expect(center[0]).toBeLessThan(34.35);
  await expect
    .poll(() => storyFeatureIds(page))
    .toEqual(["coast-road", "convoy-el-arish", "crossing-area", "road-closed-denied"]);
  await expect.poll(() => renderedLabels(page)).toContain("El Arish");
  await page.locator("mark.passage", { hasText: "Officials denied" }).click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "road-closed-denied");
  await expect.poll(() => featureState(page, "road-closed-denied")).toMatchObject({ selected: true });
});

test("a broken story shows which file, feature and field is wrong, over a working basemap", async ({ page }) => {
  await page.goto("./#story=broken-story");
  await waitForReady(page);
  const problems = page.locator(".problems");
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("could not be loaded");
  await expect(problems).toContainText(
    'features.geojson feature "coast-road" features[1].properties.title: Invalid input: expected string, received number',
  );
  await expect(problems).toContainText('features[0].properties.related[0].id: no feature has the id "no-such-feature"');
  expect(await storyFeatureIds(page)).toEqual([]); // never half-drawn
  await expect.poll(() => renderedLabels(page)).toContain("Rafah");
});

test("an unknown story falls back to the default story with a notice", async ({ page }) => {
  await page.goto("./#story=no-such-story");
  await waitForReady(page);
  await expect(page.locator(".notice")).toContainText("no-such-story");
  await expect(page.locator("#story-title")).toHaveText(/Rafah operation/);
});
