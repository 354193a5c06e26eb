/**
 * npm run bench: builds the app and the floor page, serves both on loopback, and measures in headless Chromium
 * the median time from navigation to the ready signal (app vs. a bare MapLibre page with the same data), plus
 * the gzipped sizes of what the app ships. Prints a table and writes bench/results.json.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/browser.ts";
import { serveDirectory } from "./static-server.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const VIEW = process.env.BENCH_VIEW ?? "sinai";
const TARGETS = { readyRatio: 1.2, appCodeKB: 60, basemapDataKB: 80, highlightMs: 50 };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const gzipKB = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;

function assets(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(join(dir, "assets"))
    .filter(test)
    .map((f) => join(dir, "assets", f));
}

async function timeToReady(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName("rafah-map:ready")[0]?.startTime ?? NaN);
  await context.close();
  return ms;
}

interface SelectionFigures {
  highlightMs: number[];
  frameMs: number[];
  setDataCalls: number;
  hovers: number;
}

/**
 * Activates every passage of the first story in turn (reduced motion, so the camera jumps) and measures the time
 * from the click until every view is updated (map feature-state, text, details card, list, timeline: the click's
 * synchronous work, checked by the app's "rafah-map:highlighted" mark) and until the next frame is drawn; hovers
 * every passage too. Counts GeoJSON uploads (setData) during all of it: there should be none.
 */
async function measureSelection(browser: Browser, url: string): Promise<SelectionFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
  const figures = await page.evaluate(async () => {
    const map = window.rafahMap;
    if (!map) throw new Error("no map");
    let setDataCalls = 0;
    const source = map.getSource("story") as unknown as { setData: (...args: unknown[]) => unknown };
    const original = source.setData.bind(source);
    source.setData = (...args: unknown[]) => {
      setDataCalls++;
      return original(...args);
    };
    const marks = [...document.querySelectorAll<HTMLElement>("mark.passage[role=button]")];
    const highlightMs: number[] = [];
    const frameMs: number[] = [];
    for (const mark of marks) {
      mark.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      performance.clearMarks("rafah-map:highlighted");
      const frame = new Promise<number>((done) =>
        map.once("render", () => {
          done(performance.now());
        }),
      );
      const t0 = performance.now();
      mark.click(); // synchronous: every subscriber (map feature-state, text, card, list, timeline) has run after it
      const done = performance.now();
      if (performance.getEntriesByName("rafah-map:highlighted").length > 0) highlightMs.push(done - t0);
      frameMs.push((await frame) - t0);
    }
    return { highlightMs, frameMs, setDataCalls, hovers: marks.length };
  });
  await context.close();
  return figures;
}

async function main(): Promise<void> {
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "--config", "bench/vite.floor.config.ts"], { stdio: "inherit" });

  const app = await serveDirectory("dist");
  const floor = await serveDirectory("bench/out/floor");
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const appTimes: number[] = [];
  const floorTimes: number[] = [];
  const floorStoryTimes: number[] = [];
  let selection: SelectionFigures = { highlightMs: [], frameMs: [], setDataCalls: -1, hovers: 0 };
  try {
    // One warm-up each, then alternate so that machine noise falls on both sides alike.
    await timeToReady(browser, `${app.url}#view=${VIEW}`);
    await timeToReady(browser, `${floor.url}floor.html#view=${VIEW}`);
    for (let i = 0; i < RUNS; i++) {
      appTimes.push(await timeToReady(browser, `${app.url}#view=${VIEW}`));
      floorTimes.push(await timeToReady(browser, `${floor.url}floor.html#view=${VIEW}`));
      floorStoryTimes.push(await timeToReady(browser, `${floor.url}floor.html#view=${VIEW}&story=1`));
    }
    selection = await measureSelection(browser, `${app.url}#view=border`);
  } finally {
    await browser.close();
    app.server.close();
    floor.server.close();
  }

  const appMedian = median(appTimes);
  const floorMedian = median(floorTimes);
  const floorStoryMedian = median(floorStoryTimes);
  const sizes = {
    appCodeKB: gzipKB(assets("dist", (f) => /^index-.*\.js$/.test(f))),
    appCssKB: gzipKB(assets("dist", (f) => f.endsWith(".css"))),
    maplibreKB: gzipKB(assets("dist", (f) => /^maplibre-gl-[^w].*\.js$/.test(f))),
    workerKB: gzipKB(assets("dist", (f) => f.startsWith("maplibre-gl-worker"))),
    fontsKB: gzipKB(assets("dist", (f) => f.endsWith(".woff2"))),
    basemapDataKB: gzipKB(assets("dist", (f) => /^(land|borders|places)-.*\.geojson$/.test(f))),
    insetWorldKB: gzipKB(assets("dist", (f) => /^world-.*\.geojson$/.test(f))),
    storyDataKB: gzipKB(assets("dist", (f) => /^(features-.*\.geojson|article-.*\.txt|story-.*\.json)$/.test(f))),
  };
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    view: VIEW,
    runs: RUNS,
    readyMs: {
      appMedian: Math.round(appMedian),
      floorMedian: Math.round(floorMedian),
      ratio: Number((appMedian / floorMedian).toFixed(3)),
      floorWithStoryMedian: Math.round(floorStoryMedian),
      ratioToFloorWithStory: Number((appMedian / floorStoryMedian).toFixed(3)),
      app: appTimes.map(Math.round),
      floor: floorTimes.map(Math.round),
      floorWithStory: floorStoryTimes.map(Math.round),
    },
    selection: {
      passages: selection.highlightMs.length,
      highlightMedianMs: Number(median(selection.highlightMs).toFixed(2)),
      nextFrameMedianMs: Math.round(median(selection.frameMs)),
      geojsonUploadsDuringHoverAndSelection: selection.setDataCalls,
      hovers: selection.hovers,
    },
    sizesGzipKB: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Number(v.toFixed(1))])),
    targets: TARGETS,
  };
  writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");

  const row = (name: string, value: string, target = "") => {
    console.log(`${name.padEnd(38)} ${value.padStart(12)}  ${target}`);
  };
  console.log(`\nrafah-map benchmark (${RUNS} runs, view "${VIEW}", headless Chromium, software WebGL)\n`);
  row("metric", "value", "target");
  row("navigation → ready, app + story (median ms)", String(results.readyMs.appMedian));
  row("navigation → ready, floor (median ms)", String(results.readyMs.floorMedian));
  row("ratio app / floor", results.readyMs.ratio.toFixed(3), `≤ ${TARGETS.readyRatio}`);
  row("floor + same story layers (median ms)", String(results.readyMs.floorWithStoryMedian));
  row("ratio app / floor with story", results.readyMs.ratioToFloorWithStory.toFixed(3), `≤ ${TARGETS.readyRatio}`);
  row(
    `passage → highlighted everywhere (median ms, n=${results.selection.passages})`,
    results.selection.highlightMedianMs.toFixed(2),
    `≤ ${TARGETS.highlightMs}`,
  );
  row("passage → next frame drawn (median ms)", String(results.selection.nextFrameMedianMs));
  row(
    "GeoJSON uploads during hover and selection",
    String(results.selection.geojsonUploadsDuringHoverAndSelection),
    "0",
  );
  row("app code (gzip KB, excl. MapLibre)", sizes.appCodeKB.toFixed(1), `≤ ${TARGETS.appCodeKB}`);
  row("app CSS incl. MapLibre CSS (gzip KB)", sizes.appCssKB.toFixed(1));
  row("MapLibre (gzip KB)", sizes.maplibreKB.toFixed(1));
  row("MapLibre worker (gzip KB)", sizes.workerKB.toFixed(1));
  row("fonts, 4 woff2 (gzip KB)", sizes.fontsKB.toFixed(1));
  row("basemap data (gzip KB)", sizes.basemapDataKB.toFixed(1), `≤ ${TARGETS.basemapDataKB}`);
  row("inset world outline (gzip KB)", sizes.insetWorldKB.toFixed(1));
  row("story data, first story (gzip KB)", sizes.storyDataKB.toFixed(1));
  console.log(`\nwritten: bench/results.json (${statSync("bench/results.json").size} bytes)`);
}

await main();
