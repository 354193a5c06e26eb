/**
 * Hostile conditions, part two: a lost GPU context. Restored (after 300 ms, as a real driver reset would): the map
 * rebuilds with all its layers and the state comes back. Never restored: the static map takes over.
 */
import type { Page } from "@playwright/test";
import { expect, featureState, test, waitForReady } from "./fixtures.ts";

interface Drawn {
  readonly layers: string[];
  readonly storyFeatures: string[];
  readonly labels: number;
}

/** What the live map draws: its style's layers, the story features on screen and the number of names over it. */
async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    const layers = map.getStyle().layers.map((l) => l.id);
    const storyLayers = layers.filter((id) => id.startsWith("story-"));
    // Story marks carry the ids of the features they draw.
    const marks = map.queryRenderedFeatures({ layers: storyLayers });
    const storyFeatures = [...new Set(marks.flatMap((f) => ((f.properties as { ids?: string }).ids ?? "").split(" ")))]; // prettier-ignore
    // The overlay's names (render/layout), drawn over the map.
    const labels = document.querySelectorAll(".map-overlay text").length;
    return { layers, storyFeatures: storyFeatures.sort(), labels };
  });
}

/** Loses the live map's WebGL context; restores it after `restoreAfterMs` unless that is null. */
async function loseContext(page: Page, restoreAfterMs: number | null): Promise<void> {
  await page.evaluate((after) => {
    const gl = window.rafahMap?.getCanvas().getContext("webgl2");
    const ext = gl?.getExtension("WEBGL_lose_context");
    if (!ext) throw new Error("no WEBGL_lose_context");
    ext.loseContext();
    if (after !== null)
      setTimeout(() => {
        ext.restoreContext();
      }, after);
  }, restoreAfterMs);
}

test("a GPU context restored after 300 ms: the map comes back with all its layers and the selection", async ({
  page,
}) => {
  await page.goto("./#view=border&feature=border-strip-14-km");
  await waitForReady(page);
  const before = await drawn(page);
  expect(before.storyFeatures.length).toBeGreaterThan(5);
  expect(before.labels).toBeGreaterThan(3);

  await loseContext(page, 300);
  // How fast (target: within 2 s) is measured by the benchmark; here, that it comes back whole.
  await expect(page.locator("#map")).toHaveAttribute("data-context", "restored");
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
  const after = await drawn(page);
  expect(after.layers).toEqual(before.layers);
  expect(after.storyFeatures).toEqual(before.storyFeatures);
  // The names are laid out again for the same camera: the same ones.
  expect(after.labels).toBe(before.labels);
  await expect.poll(() => featureState(page, "border-strip-14-km")).toMatchObject({ selected: true });
  await expect(page.locator(".static-view")).toBeHidden();

  // Still interactive: a passage selects its feature on the rebuilt map.
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  await expect.poll(() => featureState(page, "green-light-denied")).toMatchObject({ selected: true });
});

test("a GPU context that never comes back: the static map takes over, with the list and the text", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await loseContext(page, null);
  const staticMap = page.locator(".static-view");
  // It takes over after GIVE_UP_MS (3 s); the benchmark measures it (target: within 5 s).
  await expect(staticMap).toHaveAttribute("data-static", "true");
  await expect(staticMap).toContainText("graphics processor stopped");
  await expect(page.locator("#map .map-credit")).toContainText("© OpenStreetMap contributors");
  await expect(staticMap.locator('svg [data-feature="border-strip-14-km"]').first()).toBeVisible();
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");
});
