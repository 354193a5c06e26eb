import AxeBuilder from "@axe-core/playwright";
import type { Frame, Page } from "@playwright/test";
import { expect, featureState, HOST_ORIGIN, reachForMap, test, waitForEnhanced, waitForReady } from "./fixtures.ts";

function frame(page: Page, id: "first" | "second"): Frame {
  const found = page.frame({
    url: (u) =>
      u.href.includes("embed.html") &&
      (id === "first" ? u.hash.includes("view=border") : u.hash.includes("fixture-el-arish")),
  });
  if (!found) throw new Error(`no frame ${id}`);
  return found;
}

async function received(
  page: Page,
): Promise<{ data: { type: string; id?: string | null; height?: number }; frame: string }[]> {
  return page.evaluate(() => (window as unknown as { received: never[] }).received);
}

test("two embeds in a host article: they resize to their content and talk to the host, each on its own", async ({
  page,
}) => {
  await page.goto(`${HOST_ORIGIN}/article.html`);
  const first = page.frameLocator("#first");
  const second = page.frameLocator("#second");
  await expect(first.locator("#static-map[data-painted=true]")).toBeAttached();
  await expect(second.locator("#static-map[data-painted=true]")).toBeAttached();
  await waitForEnhanced(frame(page, "first"));
  await reachForMap(frame(page, "first"));
  await expect(first.locator("#map")).toHaveAttribute("data-ready", "true");

  // Each iframe takes the height its map reports (the host script sets it).
  for (const id of ["#first", "#second"]) {
    await expect
      .poll(async () => {
        const style = await page.locator(id).evaluate((el) => (el as HTMLIFrameElement).style.height);
        const inner = await page
          .frameLocator(id)
          .locator("body")
          .evaluate(() => document.documentElement.scrollHeight);
        return Math.abs(parseFloat(style) - inner) <= 2 && inner > 400;
      })
      .toBe(true);
  }
  await expect(second.locator("#story-title")).toHaveText("Fixture: a convoy from El Arish");

  // The first map announced ready to the allowlisted host; the second (allowlist: another origin) did not.
  await expect
    .poll(async () => (await received(page)).filter((m) => m.data.type === "ready").map((m) => m.frame))
    .toEqual(["first"]);

  // Host → map: select highlights the feature.
  await page.evaluate(() => {
    const f = document.getElementById("first") as HTMLIFrameElement;
    f.contentWindow?.postMessage(
      { source: "rafah-map", version: 1, type: "select", id: "green-light-denied" },
      "http://127.0.0.1:4173",
    );
  });
  await expect(first.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");
  await expect.poll(() => featureState(frame(page, "first"), "green-light-denied")).toMatchObject({ selected: true });

  // Map → host: a selection made in the map is reported.
  await first.locator("summary", { hasText: "Places and events" }).click();
  await first.locator('.feature-button[data-feature="treaty-zone-c"]').click();
  await expect
    .poll(async () => (await received(page)).filter((m) => m.data.type === "select").map((m) => m.data.id))
    .toContain("treaty-zone-c");
});

test("messages from a wrong origin or with a wrong shape change nothing", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/article.html`);
  const first = page.frameLocator("#first");
  const second = page.frameLocator("#second");
  await expect(first.locator("#static-map[data-painted=true]")).toBeAttached();
  await expect(second.locator("#static-map[data-painted=true]")).toBeAttached();
  await page.evaluate(() => {
    const one = (document.getElementById("first") as HTMLIFrameElement).contentWindow;
    const two = (document.getElementById("second") as HTMLIFrameElement).contentWindow;
    // Wrong shapes to the first (whose allowlist has this origin).
    one?.postMessage({ version: 1, type: "select", id: "<img src=x onerror=alert(1)>" }, "*");
    one?.postMessage({ version: 2, type: "select", id: "treaty-zone-c" }, "*");
    one?.postMessage("select:treaty-zone-c", "*");
    one?.postMessage({ version: 1, type: "setView", id: "rafah", extra: true }, "*");
    // The right shape from an origin the second map does not allow.
    two?.postMessage({ version: 1, type: "select", id: "road-closed-denied" }, "*");
  });
  // A valid message afterwards proves the first map was listening all along.
  await page.evaluate(() => {
    (document.getElementById("first") as HTMLIFrameElement).contentWindow?.postMessage(
      { version: 1, type: "setView", id: "sinai" },
      "http://127.0.0.1:4173",
    );
  });
  await expect(first.locator("#open-full")).toHaveAttribute("href", /view=sinai/);
  await expect(first.locator("#details .details-empty")).toBeVisible();
  await expect(second.locator("#details .details-empty")).toBeVisible();
  expect(await first.locator("img").count()).toBe(0);
});

test("an embed requests no MapLibre code until the reader reaches for its map, scrolled into view or not", async ({
  page,
}) => {
  const maplibre: string[] = [];
  page.on("request", (r) => {
    if (/maplibre-gl/.test(r.url())) maplibre.push(r.url());
  });
  await page.goto(`${HOST_ORIGIN}/below.html`);
  await page.waitForLoadState("load");
  await page.locator("#below").scrollIntoViewIfNeeded();
  const below = page.frameLocator("#below");
  await expect(below.locator("#static-map[data-painted=true]")).toBeAttached();
  await expect(below.locator("[data-enhanced=true]")).toBeAttached();
  // In view, painted, its scripts attached: the static map is the map, and no MapLibre byte has been asked for.
  expect(maplibre).toEqual([]);
  const frameOf = page.frames().find((f) => f.url().includes("embed.html"));
  if (!frameOf) throw new Error("no embed frame");
  await reachForMap(frameOf);
  await expect(below.locator("#map")).toHaveAttribute("data-ready", "true");
  expect(maplibre.length).toBeGreaterThan(0);
});

test("the host page with an embed has no accessibility violations", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await waitForEnhanced(frame(page, "first"));
  await reachForMap(frame(page, "first"));
  await expect(page.frameLocator("#first").locator("#map")).toHaveAttribute("data-ready", "true");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the app's Embed panel gives a lazy, sandboxed iframe snippet for the current state", async ({ page }) => {
  await page.goto("./#view=sinai&feature=treaty-zone-c");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Embed" }).click();
  await page.getByLabel("Article page origin").fill("https://news.example");
  const code = await page.locator(".embed-code").inputValue();
  expect(code).toContain(
    // The story's own embed page: a permanent address for this story, whichever story the site opens with.
    "stories/rafah-april-2024/embed.html#view=sinai&amp;feature=treaty-zone-c&amp;origins=https://news.example",
  );
  expect(code).toContain('loading="lazy"');
  expect(code).toContain("sandbox=");
  expect(code).toContain('title="Map: ');
  expect(code).toContain("embed.js");
});

test("the embed holds at 300 px wide: map inside its box, no horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 700 });
  await page.goto("./embed.html#view=border");
  await waitForReady(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await page.locator(".embed-map-box").boundingBox();
  const map = await page.locator("#map").boundingBox();
  expect(map?.height ?? 0).toBeLessThanOrEqual((box?.height ?? 0) + 1);
  expect(map?.y ?? 0).toBeGreaterThanOrEqual((box?.y ?? 0) - 1);
});
