/**
 * The map says what the data says: names at every scale, one place drawn once with every statement reachable, the
 * basemap kept as the basemap, a key in view, links that mark their passage, exports with the same symbols.
 */
import type { Page } from "@playwright/test";
import { expect, renderedLabels, test, waitForReady } from "./fixtures.ts";

/** Layers a click selects from (the app's pick order: what is drawn on top wins). */
const NOT_PICKED = ["story-territory-outline", "story-line-casing", "story-extent-edge", "story-area-outline", "story-area-edge-approximate"]; // prettier-ignore

/** A pixel of the live map where the topmost story mark under the pointer draws `id`, or null. */
async function pixelOf(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ fid, skip }) => {
      const map = window.rafahMap;
      if (!map) throw new Error("no map");
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((l) => l.startsWith("story-") && !skip.includes(l));
      const canvas = map.getCanvas().getBoundingClientRect();
      for (let y = 70; y < canvas.height - 70; y += 9) {
        for (let x = 24; x < canvas.width - 110; x += 9) {
          const hits = map.queryRenderedFeatures([[x - 3, y - 3], [x + 3, y + 3]], { layers }); // prettier-ignore
          const ids = (hits[0]?.properties as { ids?: string } | undefined)?.ids?.split(" ") ?? [];
          // A point free of the page's own elements over the map (key, controls, pointers).
          const el = document.elementFromPoint(canvas.left + x, canvas.top + y);
          if (ids.includes(fid) && el === map.getCanvas()) return { x: canvas.left + x, y: canvas.top + y };
        }
      }
      return null;
    },
    { fid: id, skip: NOT_PICKED },
  );
}

const selected = (page: Page) => page.locator("#details").getAttribute("data-feature");

test("every named view has names on both sides of the border: EGYPT, GAZA STRIP (and ISRAEL on the border)", async ({
  page,
}) => {
  for (const [view, must] of [
    ["rafah", ["EGYPT", "GAZA STRIP"]],
    ["border", ["EGYPT", "GAZA STRIP", "ISRAEL"]],
  ] as const) {
    await page.goto(`./#view=${view}`);
    await waitForReady(page);
    const labels = new Set((await renderedLabels(page)).filter((l) => l !== "undefined"));
    for (const name of must) expect([...labels], `${view}: ${name}`).toContain(name);
    expect(labels.size, `${view}: ${[...labels].join(", ")}`).toBeGreaterThanOrEqual(8);
  }
});

test("the place three Rafah-wide statements share is one mark: a click shows all three, and selects each in turn", async ({
  page,
}) => {
  await page.goto("./#view=rafah");
  await waitForReady(page);
  const ids = ["possible-operation-rafah", "idf-plan-gradual-operation", "rafah-civilians"];
  const at = await pixelOf(page, ids[0] as string);
  expect(at).not.toBeNull();
  if (!at) return;
  await page.mouse.click(at.x, at.y);
  await expect(page.locator("#details")).toHaveAttribute("data-feature", ids[0] as string);
  const chooser = page.locator("#details .details-chooser");
  for (const id of ids) await expect(chooser.locator(`button[data-feature="${id}"]`)).toBeVisible();
  // The same mark again: the next statement about the place.
  await page.mouse.click(at.x, at.y);
  await expect(page.locator("#details")).toHaveAttribute("data-feature", ids[1] as string);
  // From the card's chooser, by keyboard.
  await chooser.locator(`button[data-feature="${ids[2] as string}"]`).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#details")).toHaveAttribute("data-feature", ids[2] as string);
});

/** The overlay's item (a symbol, a badge, a label, a pointer) that draws `id`, when one is on screen. */
function overlayItem(page: Page, id: string) {
  return page.locator(`.map-overlay .layout-item:not(.layout-number)[data-features~="${id}"]`).first();
}

test("every located feature of the first story can be reached by clicks on the map", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("./#view=border");
  await waitForReady(page);
  const features = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("#feature-list .feature-button")].map((b) => b.dataset.feature ?? ""),
  );
  expect(features.length).toBe(23);
  const unplaced = ["working-groups", "egypt-ready-all-scenarios"]; // no place in the text: from the text, the list and the key
  const reached: string[] = [];
  for (const id of features) {
    if (unplaced.includes(id)) continue;
    let done = false;
    for (const view of ["border", "rafah", "sinai", "region"]) {
      await page.locator(`.view-control button[data-view="${view}"]`).first().click();
      await waitForReady(page);
      // Its symbol, badge, label or pointer (the overlay), or its area or line (the live map's own layers).
      const item = overlayItem(page, id);
      const at = (await item.isVisible()) ? null : await pixelOf(page, id);
      for (let i = 0; i < 8 && !done; i++) {
        if (await item.isVisible()) await item.click();
        else if (at) await page.mouse.click(at.x, at.y);
        else break;
        done = (await selected(page)) === id;
      }
      if (done) break;
    }
    if (done) reached.push(id);
  }
  expect(reached).toEqual(features.filter((id) => !unplaced.includes(id)));
});

test("statements with no place in the text are listed beside the map, and select from there", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  const line = page.locator(".map-key-unplaced");
  await expect(line).toContainText("Not on the map:");
  await line.getByRole("link", { name: "Ready for all scenarios" }).click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "egypt-ready-all-scenarios");
  await expect(overlayItem(page, "egypt-ready-all-scenarios")).toHaveCount(0);
});

test("a statement about a basemap thing leaves it as it is: crossings keep their marker, borders their colour", async ({
  page,
}) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  // The statement stands beside each crossing's marker (a badge on a stem), and the crossings keep their names.
  const stacks = page.locator('.map-overlay .layout-stack[data-features~="evacuate-before-crossings-close"]');
  await expect(stacks).toHaveCount(2);
  for (const stack of await stacks.all()) await expect(stack.locator('[data-layout="mark"]')).toHaveCount(2); // marker and badge
  expect(await renderedLabels(page)).toEqual(expect.arrayContaining(["Rafah crossing", "Kerem Shalom crossing"]));
  const drawn = await page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    const border = map.getLayer("border-egypt-gaza");
    const layers = map.getStyle().layers.map((l) => l.id);
    return {
      borderColour: border ? map.getPaintProperty("border-egypt-gaza", "line-color") : null,
      halosUnderBorders: layers.indexOf("story-halo-solid") < layers.indexOf("border-egypt-gaza"),
    };
  });
  expect(drawn.borderColour).toBe("#a3261b");
  expect(drawn.halosUnderBorders).toBe(true);
});

test("#feature= on load marks its passage (aria-current, in view) and no view button claims the camera", async ({
  page,
}) => {
  await page.goto("./#view=border&feature=green-light-denied");
  await waitForReady(page);
  const passage = page.locator('mark.passage[aria-current="true"]').first();
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText("flatly denied");
  await expect(page.locator('.view-control button[aria-pressed="true"]')).toHaveCount(0);
  // Back on a named view, its button is pressed again.
  await page.locator('.view-control button[data-view="sinai"]').first().click();
  await waitForReady(page);
  await expect(page.locator('.view-control button[data-view="sinai"]').first()).toHaveAttribute("aria-pressed", "true");
});

test("the key is on the map from the start, on a desktop, a phone and in the embed", async ({ page }) => {
  for (const [url, width] of [
    ["./#view=border", 1280],
    ["./#view=border", 375],
    ["./embed.html#view=border", 640],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(url);
    await expect(page.locator(".map-key").first(), `${url} at ${width}`).toBeVisible();
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./#view=border");
  await expect(page.locator(".map-key li", { hasText: "Several statements here" })).toBeVisible();
});

test("on a phone the card is a sheet at the bottom, and the tapped passage stays in view", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("./#view=border");
  await waitForReady(page);
  const passage = page.locator("mark.passage", { hasText: "along the 14-kilometer border strip" });
  await passage.scrollIntoViewIfNeeded();
  await passage.click();
  const sheet = page.locator("#details");
  await expect(sheet).toHaveAttribute("data-feature", "border-strip-14-km");
  const box = await sheet.boundingBox();
  expect(box && box.y + box.height).toBeGreaterThan(800);
  expect(box?.height ?? 0).toBeLessThanOrEqual(812 * 0.4);
  // The passage is in the band between the sticky map and the sheet: the reader sees both.
  await expect
    .poll(async () => {
      const p = await passage.boundingBox();
      const map = await page.locator("#map").boundingBox();
      const sheetBox = await sheet.boundingBox();
      return (
        !!p && !!map && !!sheetBox && p.y >= map.y + map.height - 1 && p.y + Math.min(p.height, 40) <= sheetBox.y + 1
      );
    })
    .toBe(true);
});

test("timeline labels name their feature with the text's phrase, and none is cut by an edge", async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./#view=border");
    await waitForReady(page);
    const labels = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>("#timeline svg");
      const right = svg?.getBoundingClientRect().right ?? 0;
      const left = svg?.getBoundingClientRect().left ?? 0;
      return [...document.querySelectorAll<SVGTextElement>(".tl-label")].map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent, inside: b.left >= left - 0.5 && b.right <= right + 0.5 };
      });
    });
    expect(labels.map((l) => l.text)).toContain("Virtual meeting · on Thursday");
    for (const l of labels) expect(l.inside, `${width}: ${l.text}`).toBe(true);
  }
});

test("the embed at 320 px: the map is most of it, credits once, no instruction about passages", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 500 });
  await page.goto("./embed.html#view=border");
  await waitForReady(page);
  const box = await page.locator(".embed-map-box").boundingBox();
  expect((box?.height ?? 0) / 500).toBeGreaterThanOrEqual(0.6);
  await expect(page.locator(".maplibregl-ctrl-attrib")).toHaveCount(0);
  await expect(page.getByText("© OpenStreetMap contributors", { exact: false })).toHaveCount(1);
  await expect(page.locator("#details")).not.toContainText("passage");
});

test("an unknown story in the embed falls back with a notice", async ({ page }) => {
  await page.goto("./embed.html#story=no-such-story&view=border");
  await expect(page.locator("#embed-notice .notice")).toContainText("no-such-story");
});

test("the PNG and the SVG of one state draw the same legend", async ({ page }) => {
  await page.goto("./#view=rafah");
  await waitForReady(page);
  const legends = await page.evaluate(async () => {
    const api = window.rafahExport;
    if (!api) throw new Error("no export API");
    const base = { size: "view", scale: 1, title: "t", legend: true, scaleBar: true, northArrow: true, timeline: false, footnotes: true } as const; // prettier-ignore
    const png = await api.make({ ...base, format: "png" });
    const svg = await api.make({ ...base, format: "svg" });
    return { png: png.legend, svg: svg.legend };
  });
  expect(legends.png.length).toBeGreaterThan(5);
  expect(legends.png).toEqual(legends.svg);
});
