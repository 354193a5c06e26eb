/**
 * Hostile conditions, part one: the strict Content Security Policy. Every spec records policy violations (the
 * guard's init script) and fails on any; this one walks the whole reading and export flow under the policy and
 * checks that the policy is really there (meta tag and header) and that the recorder really sees violations.
 */
import { brushTimeline, cspViolations, expect, test, waitForReady } from "./fixtures.ts";
import { CSP_HEADER, CSP_META } from "../scripts/csp.ts";

test("every built page carries the strict policy, as a meta tag and as a header", async ({ page, request }) => {
  for (const path of ["./", "./embed.html"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"]).toBe(CSP_HEADER);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta?.replaceAll("&#39;", "'"), path).toBe(CSP_META);
    expect(CSP_META).toContain("default-src 'none'");
    expect(CSP_META).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  }
  await page.goto("./");
  await waitForReady(page);
});

test("load, select, toggle layers, brush and export under the policy: no violation, no console error", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("./#view=border");
  await waitForReady(page);
  await page.locator("mark.passage", { hasText: "flatly denied" }).first().click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "green-light-denied");

  await page.locator("summary", { hasText: "Layers and legend" }).click();
  await page.getByLabel("Context: borders, treaty zones").uncheck();
  await expect(page).toHaveURL(/layers=positions,events,claims,labels/);

  await brushTimeline(page, 0.6, 0.95);
  await expect(page).toHaveURL(/time=2024-04-\d\d\/2024-04-\d\d/);

  await page.locator("summary", { hasText: "Export" }).click();
  for (const format of ["png", "svg"]) {
    await page.getByLabel("Format").selectOption(format);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export", exact: true }).click();
    expect((await downloading).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  }
  // The measure tool draws its own layer and sets the cursor style.
  await page.getByRole("button", { name: "Measure distance" }).click();
  const map = await page.locator("#map canvas").boundingBox();
  if (!map) throw new Error("no map");
  await page.mouse.click(map.x + map.width * 0.4, map.y + map.height * 0.5);
  await page.mouse.click(map.x + map.width * 0.6, map.y + map.height * 0.5);
  await expect(page.locator(".measure-output")).toContainText(/Distance: \d/);
  expect(await cspViolations(page)).toEqual([]);
});

test("the embed runs under the policy: static first paint, live map, selection", async ({ page }) => {
  await page.goto("./embed.html#view=border");
  await waitForReady(page);
  await page.locator("#feature-list summary").click();
  await page.locator('#feature-list button[data-feature="border-strip-14-km"]').click();
  await expect(page.locator("#details")).toHaveAttribute("data-feature", "border-strip-14-km");
  expect(await cspViolations(page)).toEqual([]);
});

test("the recorder sees a violation when inline script is attempted (so the checks above can fail)", async ({
  page,
  guard,
}) => {
  await page.goto("./");
  await waitForReady(page);
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "document.body.dataset.inlineRan = '1'";
    document.body.append(s);
    return document.body.dataset.inlineRan === "1";
  });
  expect(ran).toBe(false);
  // Two reports of one attempt: the meta tag's policy and the header's are both enforced.
  const inline = expect.stringMatching(/^script-src-elem blocked inline/);
  await expect.poll(() => cspViolations(page)).toEqual([inline, inline]);
  // Leave the page clean for the guard: this violation was the point of the test.
  await page.evaluate(() => window.__cspViolations?.splice(0));
  guard.consoleErrors.splice(0);
});
