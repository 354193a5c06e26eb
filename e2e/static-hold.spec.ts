/**
 * A static redraw the live map makes needless is dropped (map-host/static-view.ts `hold`): the page opens on
 * another view than the one its build drew, and the reader reaches for the map while the static map is still
 * loading what it would redraw with. The build's drawing holds the box until the live map is drawn; the static
 * map never redraws in a long task that would only delay the live map.
 */
import { expect, reachForMap, test } from "./fixtures.ts";

test("a reach while the static map waits to redraw starts the live map, and the redraw is dropped", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { staticDrawings: string[] }).staticDrawings = drawn;
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof SVGSVGElement && n.parentElement?.classList.contains("static-view-drawing"))
            drawn.push(n.getAttribute("aria-label") ?? "");
    });
    // Drawings made by scripts (the build's is in the parsed document).
    document.addEventListener("DOMContentLoaded", () => {
      observer.observe(document, { childList: true, subtree: true });
    });
  });
  // The static map's basemap (the live map's own land file) is held until the live map has been made.
  let release: () => void = () => undefined;
  const released = new Promise<void>((done) => (release = done));
  let asked = false;
  await page.route(/\/assets\/land-[^/]*\.geojson$/, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  await page.goto("./#view=sinai");
  await expect.poll(() => asked).toBe(true); // the static map is about to redraw for Northern Sinai
  await reachForMap(page);
  await page.waitForFunction(() => performance.getEntriesByName("rafah-map:map-created").length > 0);
  release();
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("#map .maplibregl-canvas")).toBeVisible();
  const drawings = await page.evaluate(() => (window as unknown as { staticDrawings: string[] }).staticDrawings);
  expect(drawings).toEqual([]);
  // The live map is on the view the link asked for.
  await expect(page.locator("#map")).toHaveAttribute("data-view", "sinai");
});
