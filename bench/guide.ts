/**
 * Benchmark figures for guided reading (issue 22): what a step costs a phone (375 × 812, touch, CPU slowed 4×)
 * as the reader scrolls the report, from the scroll that brings a paragraph to the reading line to the map drawn
 * for it: before the reach (the static map, redrawn in a worker) and after it (the live map, under reduced motion
 * so a step is one jump); and the longest main-thread task seen during the steps.
 */
import type { Browser, Page } from "@playwright/test";
import { reachForMap, scrollToStep } from "../e2e/browser.ts";

export interface GuideFigures {
  readonly steps: number;
  readonly staticStepMs: number[];
  readonly liveStepMs: number[];
  readonly staticLongestTaskMs: number;
  readonly liveLongestTaskMs: number;
}

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, reducedMotion: "reduce" as const }; // prettier-ignore

/** Time from the scroll to the map drawn for step `n` (the static map painted, or the live map ready). */
async function timeStep(page: Page, n: number, drawn: string): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { stepT0: number }).stepT0 = performance.now();
  });
  await scrollToStep(page, n);
  await page.locator(drawn).waitFor({ state: "attached" });
  return page.evaluate(
    () =>
      new Promise<number>((r) => {
        requestAnimationFrame(() => {
          r(performance.now() - (window as unknown as { stepT0: number }).stepT0);
        });
      }),
  );
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { longest: number }).longest);
}

export async function measureGuide(browser: Browser, url: string, runs: number): Promise<GuideFigures> {
  const staticStepMs: number[] = [];
  const liveStepMs: number[] = [];
  let staticLongest = 0;
  let liveLongest = 0;
  let steps = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url);
    await page.locator("[data-enhanced=true]").waitFor({ state: "attached" });
    steps = await page.locator(".article-text p[data-step]").count();
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: "longtask" });
    });
    // A step sets the static map loading at once (in the same task as the scroll's): drawn when it is true again.
    for (let n = 1; n <= steps; n++) staticStepMs.push(await timeStep(page, n, "#map .static-view[data-static=true]"));
    staticLongest = Math.max(staticLongest, await longestTask(page));
    await scrollToStep(page, 0);
    await reachForMap(page);
    await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
    });
    for (let n = 1; n <= steps; n++) liveStepMs.push(await timeStep(page, n, "#map[data-ready=true]"));
    liveLongest = Math.max(liveLongest, await longestTask(page));
    await context.close();
  }
  return { steps, staticStepMs, liveStepMs, staticLongestTaskMs: Math.round(staticLongest), liveLongestTaskMs: Math.round(liveLongest) }; // prettier-ignore
}
