import { PNG } from "pngjs";
import { expect, renderedLabels, test, waitForReady } from "./fixtures.ts";
import views from "../data/views.json" with { type: "json" };

/** Names each view must show at 1280 × 800: both sides of the border, and the places the report's statements stand at. */
const EXPECTED_LABELS: Record<string, string[]> = {
  rafah: ["Rafah", "Rafah crossing", "EGYPT", "GAZA STRIP"],
  border: ["Rafah", "Rafah crossing", "Kerem Shalom crossing", "EGYPT", "GAZA STRIP", "ISRAEL"],
  sinai: ["El Arish", "Rafah", "Rafah crossing", "Kerem Shalom crossing", "GAZA STRIP", "EGYPT", "ISRAEL"],
  region: ["Jerusalem", "Nevatim airbase", "EGYPT", "ISRAEL", "GAZA STRIP", "Mediterranean Sea"],
};

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Share of pixels within `tolerance` of a colour, and the number of distinct colours, in a PNG screenshot. */
function pixelStats(png: Buffer, colours: string[], tolerance = 6): { shares: number[]; distinct: number } {
  const img = PNG.sync.read(png);
  const targets = colours.map(hexToRgb);
  const counts = targets.map(() => 0);
  const distinct = new Set<number>();
  const total = img.width * img.height;
  for (let i = 0; i < img.data.length; i += 4) {
    const [r, g, b] = [img.data[i] as number, img.data[i + 1] as number, img.data[i + 2] as number];
    distinct.add((r << 16) | (g << 8) | b);
    targets.forEach(([tr, tg, tb], k) => {
      if (Math.abs(r - tr) <= tolerance && Math.abs(g - tg) <= tolerance && Math.abs(b - tb) <= tolerance) {
        counts[k] = (counts[k] as number) + 1;
      }
    });
  }
  return { shares: counts.map((c) => c / total), distinct: distinct.size };
}

for (const view of views.views) {
  test(`view "${view.id}" reaches ready, draws land, sea and its labels`, async ({ page }) => {
    await page.goto(`./#view=${view.id}`);
    await waitForReady(page);
    await expect(page.locator(`.view-control button[data-view="${view.id}"]`)).toHaveAttribute("aria-pressed", "true");

    const shot = await page.locator("#map canvas").screenshot();
    const { shares, distinct } = pixelStats(shot, ["#d9e6ee", "#f3efe6"]);
    expect(distinct, "a drawn map has many colours").toBeGreaterThan(50);
    if (view.id !== "rafah") expect(shares[0], "sea colour present").toBeGreaterThan(0.02);
    expect(shares[1], "Egypt's land colour present").toBeGreaterThan(0.02);

    const labels = await renderedLabels(page);
    for (const name of EXPECTED_LABELS[view.id] ?? []) expect(labels, `label ${name}`).toContain(name);
  });
}

test("an unknown view falls back to the default with a visible notice", async ({ page }) => {
  await page.goto("./#view=atlantis");
  await waitForReady(page);
  const notice = page.locator(".notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("atlantis");
  await expect(notice).toContainText("Border strip");
  await expect(page.locator("#map")).toHaveAttribute("data-view", "border");
  expect(await renderedLabels(page)).toContain("Rafah");
});

test("a view name with markup is shown as text, never as markup", async ({ page }) => {
  await page.goto("./#view=%3Cimg%20src%3Dx%20id%3Dinjected%3E");
  await waitForReady(page);
  await expect(page.locator(".notice")).toContainText("<img src=x id=injected>");
  await expect(page.locator("#injected")).toHaveCount(0);
});

test("choosing a view clears the ready signal, moves the map and sets it again", async ({ page }) => {
  await page.goto("./#view=region");
  await waitForReady(page);
  const before = await page.evaluate(() => window.rafahMap?.getZoom() ?? 0);
  // Watch the attribute: it must be removed while the new view loads, then come back.
  await page.evaluate(() => {
    const el = document.getElementById("map") as HTMLElement;
    const seen: (string | null)[] = [];
    new MutationObserver(() => seen.push(el.getAttribute("data-ready"))).observe(el, {
      attributes: true,
      attributeFilter: ["data-ready"],
    });
    Object.assign(window, { readySeen: seen });
  });
  await page.getByRole("button", { name: "Rafah", exact: true }).click();
  await expect(page).toHaveURL(/#view=rafah$/);
  // hashchange is dispatched after the click returns: wait for the signal to go and come back.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { readySeen: (string | null)[] }).readySeen))
    .toEqual([null, "true"]);
  await waitForReady(page);
  const after = await page.evaluate(() => window.rafahMap?.getZoom() ?? 0);
  expect(after).toBeGreaterThan(before + 3);
  expect(await renderedLabels(page)).toContain("Rafah crossing");
});

test("attribution credits OpenStreetMap contributors and GeoNames; controls are present", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  const attribution = page.locator(".map-credit");
  await expect(attribution).toContainText("© OpenStreetMap contributors");
  await expect(attribution).toContainText("GeoNames");
  await expect(page.locator(".maplibregl-ctrl-scale")).toContainText(/\d+\s(m|km)/);
  await expect(page.locator(".maplibregl-ctrl-attrib")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Zoom in" })).toBeVisible();
  await expect(page.locator(".maplibregl-ctrl-fullscreen")).toBeVisible();
  await expect(page.locator("#map canvas")).toHaveAttribute("aria-label", /Rafah/);
});

test("on a phone-sized screen the map is ready and labelled", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("./#view=border");
  await waitForReady(page);
  const labels = await renderedLabels(page);
  expect(labels).toContain("Rafah");
});
