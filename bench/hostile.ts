/**
 * Benchmark figures for hostile conditions (issue 7), measured on an e2e build (it holds the fixture stories):
 * the 10,000-feature story (validation in node and in the page, navigation → ready, passage → highlighted), the
 * app without WebGL (navigation → static map drawn), and a lost GPU context (restored after 300 ms → ready again;
 * never restored → static map drawn).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath, reachForMap } from "../e2e/browser.ts";
import { BIG_STORY_ID } from "../e2e/fixtures/make-big-story.ts";
import { validateStory } from "../src/model/validate.ts";
import { parseViews } from "../src/model/views.ts";
import viewsJson from "../data/views.json" with { type: "json" };

export interface HostileFigures {
  readonly bigStory: {
    readonly features: number;
    readonly articleKB: number;
    readonly validationNodeMs: number[];
    readonly validationPageMs: number[];
    readonly readyMs: number[];
    readonly highlightMs: number[];
  };
  readonly noWebGlStaticPaintMs: number[];
  readonly contextRestoredReadyMs: number[];
  readonly contextNeverRestoredStaticMs: number[];
}

function validateInNode(dir: string, runs: number): { ms: number[]; features: number; articleKB: number } {
  const files = {
    story: readFileSync(join(dir, "story.json"), "utf8"),
    features: readFileSync(join(dir, "features.geojson"), "utf8"),
    article: readFileSync(join(dir, "article.txt"), "utf8"),
  };
  const sharedViews = parseViews(viewsJson, "data/views.json").views;
  const ms: number[] = [];
  let features = 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const result = validateStory(files, { dirName: BIG_STORY_ID, sharedViews, pathPrefix: "" });
    if (i > 0) ms.push(performance.now() - t0); // the first run warms the JIT up
    if (!result.story) throw new Error("the big story does not validate");
    features = result.story.features.length;
  }
  return { ms, features, articleKB: files.article.length / 1000 };
}

async function bigStoryInPage(browser: Browser, url: string, runs: number) {
  const readyMs: number[] = [];
  const validationPageMs: number[] = [];
  let highlightMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${url}#story=${BIG_STORY_ID}`);
    await reachForMap(page);
    await page.locator("#map[data-ready=true]").waitFor({ timeout: 120_000 });
    const r = await page.evaluate(() => ({
      ready: performance.getEntriesByName("rafah-map:ready")[0]?.startTime ?? NaN,
      validation: performance.getEntriesByName("rafah-map:validation")[0]?.duration ?? NaN,
    }));
    readyMs.push(r.ready);
    validationPageMs.push(r.validation);
    if (i === runs - 1) {
      // Passage → every view updated (the click's synchronous work, as in the first story's figure), for 60
      // passages spread over the text.
      highlightMs = await page.evaluate(() => {
        const marks = [...document.querySelectorAll<HTMLElement>("mark.passage[role=button]")];
        const step = Math.max(1, Math.floor(marks.length / 60));
        const out: number[] = [];
        for (let m = 0; m < marks.length; m += step) {
          performance.clearMarks("rafah-map:highlighted");
          const t0 = performance.now();
          marks[m]?.click();
          const t1 = performance.now();
          if (performance.getEntriesByName("rafah-map:highlighted").length > 0) out.push(t1 - t0);
        }
        return out;
      });
    }
    await context.close();
  }
  return { readyMs, validationPageMs, highlightMs };
}

async function noWebGl(url: string, runs: number): Promise<number[]> {
  const args = [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args });
  const out: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${url}#view=border`);
      await reachForMap(page);
      await page.locator(".static-view[data-static=true]").waitFor({ timeout: 30_000 });
      const ms = await page.evaluate(() => performance.getEntriesByName("rafah-map:static-paint")[0]?.startTime ?? NaN);
      if (i > 0) out.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** Loses the GPU context of a ready map; restored after 300 ms (or never): ms until ready again (or static). */
async function contextLoss(browser: Browser, url: string, restore: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}#view=border`);
  await reachForMap(page);
  await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(
    (restoreIt) =>
      new Promise<number>((resolve, reject) => {
        const map = window.rafahMap;
        const ext = map?.getCanvas().getContext("webgl2")?.getExtension("WEBGL_lose_context");
        const container = document.getElementById("map");
        if (!ext || !container) {
          reject(new Error("no WEBGL_lose_context"));
          return;
        }
        const t0 = performance.now();
        if (restoreIt) {
          container.addEventListener("rafahmap:ready", () => {
            resolve(performance.now() - t0);
          });
          ext.loseContext();
          setTimeout(() => {
            ext.restoreContext();
          }, 300);
        } else {
          new PerformanceObserver((list) => {
            if (list.getEntriesByName("rafah-map:static-paint").length > 0) resolve(performance.now() - t0);
          }).observe({ type: "mark" });
          ext.loseContext();
        }
      }),
    restore,
  );
  await context.close();
  return ms;
}

export async function measureHostile(url: string, storyDir: string, runs: number): Promise<HostileFigures> {
  const node = validateInNode(storyDir, 5);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await bigStoryInPage(browser, url, runs);
    const contextRestoredReadyMs: number[] = [];
    const contextNeverRestoredStaticMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      contextRestoredReadyMs.push(await contextLoss(browser, url, true));
      contextNeverRestoredStaticMs.push(await contextLoss(browser, url, false));
    }
    return {
      bigStory: {
        features: node.features,
        articleKB: node.articleKB,
        validationNodeMs: node.ms,
        validationPageMs: page.validationPageMs,
        readyMs: page.readyMs,
        highlightMs: page.highlightMs,
      },
      noWebGlStaticPaintMs: await noWebGl(url, runs),
      contextRestoredReadyMs,
      contextNeverRestoredStaticMs,
    };
  } finally {
    await browser.close();
  }
}
