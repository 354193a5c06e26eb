/**
 * Hostile conditions, part four: untrusted strings. A story whose every free-text field carries the XSS corpus
 * (e2e/fixtures/xss-payloads.ts), the same payloads in the URL hash and in postMessage: no dialog opens and no
 * element or attribute from a payload appears in the DOM (the injection watcher); the payloads show as text.
 */
import type { Page } from "@playwright/test";
import { expect, HOST_ORIGIN, inBlankPage, reachForMap, test, waitForReady } from "./fixtures.ts";
import { countDialogs, injected, watchForInjection } from "./injection.ts";
import { XSS_CORPUS, XSS_PAYLOADS } from "./fixtures/xss-payloads.ts";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(watchForInjection);
});

test("the watcher sees an injected element and attribute (so the checks below can fail)", async ({ page }) => {
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.setAttribute("onxss", ""); // an on* name the browser does not run (so no policy violation is reported)
    div.className = "xss";
    document.body.append(div);
    div.remove();
  });
  await expect
    .poll(() => injected(page))
    .toEqual([expect.stringMatching(/^event attribute/), expect.stringMatching(/^marked/)]);
});

async function exportSvgElements(
  page: Page,
): Promise<{ scripts: number; events: string[]; hrefs: string[]; texts: string }> {
  const base64 = await page.evaluate(async () => {
    const api = window.rafahExport;
    if (!api) throw new Error("no export API");
    const made = await api.make({ format: "svg", size: "slide", scale: 1, title: document.title, legend: true, scaleBar: true, northArrow: true, timeline: true, footnotes: true }); // prettier-ignore
    return made.base64;
  });
  // Parsed in a blank page: the file's own <style> (its fonts) is not the app's to run under its policy.
  return inBlankPage(
    page,
    (b64: string) => {
      const doc = new DOMParser().parseFromString(new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))), "image/svg+xml"); // prettier-ignore
      const all = [...doc.querySelectorAll("*")];
      return {
        scripts: doc.querySelectorAll("script, foreignObject, iframe, image, use, a").length,
        events: all.flatMap((e) => e.getAttributeNames()).filter((n) => /^on/i.test(n)),
        hrefs: all.flatMap((e) => e.getAttributeNames().filter((n) => /href$/i.test(n))),
        texts: doc.documentElement.textContent,
      };
    },
    base64,
  );
}

test("a story with the corpus in every field: everything shows as text, nothing runs or is parsed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs = countDialogs(page);
  await page.goto("./#story=hostile-strings");
  await waitForReady(page);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  await expect(page.locator("#story-title")).toContainText("<script>alert('xss-1')</script>");
  await expect(page.locator("#story-byline")).toContainText("<svg><animate onbegin=alert('xss-11')");
  await expect(page.locator("mark.passage")).toHaveCount(XSS_PAYLOADS.length);
  for (const payload of XSS_PAYLOADS) await expect(page.locator("#article")).toContainText(payload);

  // Every panel open, every feature selected from the list: the details card shows each field of each feature.
  for (const name of ["Layers and legend", "Export", "Embed"]) await page.locator("summary", { hasText: name }).click();
  await page.locator("#feature-list summary").click();
  const buttons = page.locator("#feature-list .feature-button");
  await expect(buttons).toHaveCount(XSS_PAYLOADS.length);
  for (let i = 0; i < XSS_PAYLOADS.length; i++) {
    await buttons.nth(i).click();
    const details = page.locator("#details");
    await expect(details).toHaveAttribute("data-feature", `hostile-${String(i + 1)}`);
    await expect(details).toContainText(`${XSS_PAYLOADS[i] ?? ""} summary`);
    await expect(details).toContainText(`${XSS_PAYLOADS[i] ?? ""} note`);
  }
  // Hover and select on the map, select from a passage, brush the timeline.
  await page.locator("mark.passage").nth(7).click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "hostile-8");
  await page
    .locator("#details")
    .getByRole("button", { name: /hostile|xss|alert/i })
    .first()
    .click();

  const svg = await exportSvgElements(page);
  expect(svg).toMatchObject({ scripts: 0, events: [], hrefs: [] });
  expect(svg.texts).toContain("xss-1");

  expect(await injected(page)).toEqual([]);
  expect(dialogs.count).toBe(0);
});

test("the corpus in the URL hash: ignored or shown as text, never parsed", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = countDialogs(page);
  for (const key of ["story", "view", "feature", "layers", "time"]) {
    await page.goto(`./#${key}=${encodeURIComponent(XSS_CORPUS)}`);
    await waitForReady(page);
    expect(await injected(page), key).toEqual([]);
  }
  // The same payloads one by one, as hash changes in a running page.
  await page.goto("./#view=border");
  await waitForReady(page);
  for (const payload of XSS_PAYLOADS) {
    for (const key of ["view", "feature", "layers", "time"]) {
      await page.evaluate(
        (h) => {
          location.hash = h;
        },
        `#${key}=${encodeURIComponent(payload)}`,
      );
    }
  }
  await page.evaluate(() => {
    location.hash = "#view=rafah&feature=green-light-denied";
  });
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");
  expect(await injected(page)).toEqual([]);
  expect(dialogs.count).toBe(0);
});

test("the corpus in postMessage to an embed: ignored, never parsed; the embed keeps listening", async ({ page }) => {
  const dialogs = countDialogs(page);
  await page.goto(`${HOST_ORIGIN}/article.html`);
  const first = page.frameLocator("#first");
  await expect(first.locator("[data-enhanced=true]")).toBeAttached();
  const firstFrame = page.frames().find((f) => f.url().includes("view=border"));
  if (!firstFrame) throw new Error("no first embed");
  await reachForMap(firstFrame);
  await expect(first.locator("#map")).toHaveAttribute("data-ready", "true");
  await page.evaluate((payloads) => {
    const target = (document.getElementById("first") as HTMLIFrameElement).contentWindow;
    const origin = "http://127.0.0.1:4173";
    for (const p of payloads) {
      for (const message of [
        { source: "rafah-map", version: 1, type: "select", id: p },
        { source: "rafah-map", version: 1, type: "setView", id: p },
        { source: "rafah-map", version: 1, type: "setLayers", layers: [p] },
        { source: "rafah-map", version: 1, type: p },
        { source: p, version: 1, type: "select", id: "green-light-denied" },
        p,
      ])
        target?.postMessage(message, origin);
    }
    target?.postMessage({ source: "rafah-map", version: 1, type: "select", id: "treaty-zone-c" }, origin);
  }, XSS_PAYLOADS);
  await expect(first.locator("#details")).toHaveAttribute("data-feature", "treaty-zone-c");
  const frame = page.frames().find((f) => f.url().includes("embed.html#view=border"));
  if (!frame) throw new Error("no embed frame");
  expect(await injected(frame)).toEqual([]);
  expect(await injected(page)).toEqual([]);
  expect(dialogs.count).toBe(0);
});

test("the hostile story in the embed: static first paint, live map, list and details as text", async ({ page }) => {
  const dialogs = countDialogs(page);
  await page.goto("./embed.html#story=hostile-strings");
  await waitForReady(page);
  await page.locator("#feature-list summary").click();
  await page.locator('#feature-list button[data-feature="hostile-14"]').click();
  await expect(page.locator("#details")).toContainText(XSS_PAYLOADS[13] ?? "");
  expect(await injected(page)).toEqual([]);
  expect(dialogs.count).toBe(0);
});
