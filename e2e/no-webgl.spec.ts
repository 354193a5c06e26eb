/**
 * Hostile conditions, part three: a browser without WebGL (Chromium started with WebGL switched off). The app
 * shows the static map with its notice, and the list, the text, the details and the views all work.
 */
import { CHROMIUM_ARGS, chromiumPath } from "./browser.ts";
import { expect, reachForMap, test, waitForReady } from "./fixtures.ts";

test.use({ launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"] } }); // prettier-ignore

test("without WebGL: the static map, the list and the text work; no uncaught error", async ({ page }) => {
  await page.goto("./#view=border");
  const staticMap = page.locator(".static-view");
  await expect(staticMap).toHaveAttribute("data-static", "true");
  await waitForReady(page); // the reader reaches for the map: the live map cannot start, and says why
  expect(await page.evaluate(() => document.createElement("canvas").getContext("webgl2"))).toBeNull();
  expect(await page.evaluate(() => "rafahMap" in window)).toBe(false);
  await expect(staticMap).toContainText("does not provide WebGL");
  await expect(staticMap.getByRole("img", { name: "Static map: Border strip" })).toBeVisible();

  // The text selects a feature; the static map rings or outlines it and the details open.
  await page.locator("mark.passage", { hasText: "along the 14-kilometer border strip" }).click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "border-strip-14-km");
  await expect(staticMap.locator('[data-feature="border-strip-14-km"].is-selected').first()).toBeAttached();

  // The list selects a feature.
  await page.locator("#feature-list summary").click();
  await page.locator('#feature-list button[data-feature="green-light-denied"]').click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");

  // A feature drawn on the static map selects it.
  await staticMap.locator('svg [data-feature="treaty-zone-c"]').first().click({ force: true });
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "treaty-zone-c");

  // The view buttons reframe the static map.
  await staticMap.getByRole("button", { name: "Northern Sinai" }).click();
  await expect(staticMap.getByRole("img", { name: /Static map: Northern Sinai/ })).toBeVisible();
  await expect(page).toHaveURL(/view=sinai/);
});

test("without WebGL the embed keeps its static map, says so, and its list and details work", async ({ page }) => {
  await page.goto("./embed.html#view=border");
  await expect(page.locator("#static-map")).toHaveAttribute("data-painted", "true");
  await reachForMap(page);
  await expect(page.locator("#embed-static-note")).toContainText("Static map");
  // One drawing shows (one of the build's two frames, or the page's own for its box), with the story's features in it.
  const frame = page.locator("#static-map svg").filter({ visible: true });
  await expect(frame).toHaveCount(1);
  await expect(frame.locator("[data-feature]").first()).toBeAttached();
  await page.locator("#feature-list summary").click();
  await page.locator('#feature-list button[data-feature="border-strip-14-km"]').click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "border-strip-14-km");
});
