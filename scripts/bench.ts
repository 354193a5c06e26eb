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
import { measureHostile, type HostileFigures } from "../bench/hostile.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const VIEW = process.env.BENCH_VIEW ?? "sinai";
const TARGETS = {
  readyRatio: 1.2,
  appCodeKB: 60,
  basemapDataKB: 80,
  highlightMs: 50,
  exportView2xMs: 1500,
  exportA4Ms: 4000,
  embedPaintMs: 300,
  embedBytesKB: 60,
  bigStoryHighlightMs: 100,
  noWebGlStaticMs: 1000,
  contextRestoredMs: 2000,
  contextStaticMs: 5000,
};

/** The JavaScript a page loads at start: its module script and modulepreload links (MapLibre left out). */
function initialScripts(html: string): string[] {
  const text = readFileSync(join("dist", html), "utf8");
  const refs = [...text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  return [...new Set(refs)].filter((r) => !r.includes("maplibre-gl")).map((r) => join("dist", r));
}

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

/** Median times of a 2× PNG of a 1280×800 view and of an A4 300 dpi PNG (the page's export code). */
async function measureExports(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ view2x: number[]; a4: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
  // The map canvas is what "view" exports: make it exactly 1280×800.
  await page.evaluate(() => {
    const el = document.getElementById("map");
    if (!el) return;
    Object.assign(el.style, {
      position: "fixed",
      left: "0",
      top: "0",
      width: "1280px",
      height: "800px",
      flex: "none",
      zIndex: "10",
    });
    window.rafahMap?.resize();
  });
  await page.locator("#map[data-ready=true]").waitFor();
  const time = (size: "view" | "a4", scale: number) =>
    page.evaluate(
      async ([sz, sc]) => {
        const api = window.rafahExport;
        if (!api) throw new Error("no export API");
        const t0 = performance.now();
        const r = await api.make({
          format: "png", size: sz, scale: sc, title: "Benchmark", legend: true, scaleBar: true, northArrow: true, timeline: false, footnotes: true,
        }); // prettier-ignore
        return { ms: performance.now() - t0, width: r.width, height: r.height };
      },
      [size, scale] as const,
    );
  const view2x: number[] = [];
  const a4: number[] = [];
  await time("view", 2); // warm-up: the first pixel read of a new WebGL context is slow
  for (let i = 0; i < runs; i++) {
    const v = await time("view", 2);
    if (v.width !== 2560 || v.height !== 1600) throw new Error(`2× view export was ${v.width}×${v.height}`);
    view2x.push(v.ms);
    a4.push((await time("a4", 1)).ms);
  }
  await context.close();
  return { view2x, a4 };
}

interface EmbedFigures {
  staticPaintMs: number[];
  readyMs: number[];
  bytesBeforePaintGzipKB: number;
  files: string[];
}

/** Embed: navigation → static first paint and → live map ready, and what was fetched before the first paint. */
async function measureEmbed(browser: Browser, url: string, runs: number): Promise<EmbedFigures> {
  const staticPaintMs: number[] = [];
  const readyMs: number[] = [];
  let files: string[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
    const r = await page.evaluate(() => {
      const paint = performance.getEntriesByName("rafah-map:static-paint")[0]?.startTime ?? NaN;
      const ready = performance.getEntriesByName("rafah-map:ready")[0]?.startTime ?? NaN;
      const before = performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime < paint)
        .map((e) => new URL(e.name).pathname);
      return { paint, ready, before: [location.pathname, ...before] };
    });
    await context.close();
    if (i === 0) continue; // warm-up
    staticPaintMs.push(r.paint);
    readyMs.push(r.ready);
    files = r.before;
  }
  const paths = [...new Set(files)].map((p) => join("dist", p.replace(/^\//, "")));
  return { staticPaintMs, readyMs, bytesBeforePaintGzipKB: gzipKB(paths), files: paths };
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
  let exportTimes = { view2x: [] as number[], a4: [] as number[] };
  let embed: EmbedFigures = { staticPaintMs: [], readyMs: [], bytesBeforePaintGzipKB: 0, files: [] };
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
    exportTimes = await measureExports(browser, `${app.url}#view=border`, Math.min(RUNS, 5));
    embed = await measureEmbed(browser, `${app.url}embed.html#view=border`, RUNS);
  } finally {
    await browser.close();
    app.server.close();
    floor.server.close();
  }

  // Hostile conditions: on an e2e build, which holds the fixture stories (the big one is generated first).
  execFileSync("npx", ["tsx", "e2e/fixtures/make-big-story.ts"], { stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "--mode", "e2e", "--outDir", "bench/out/e2e", "--logLevel", "warn"], {
    stdio: "inherit",
  });
  const e2e = await serveDirectory("bench/out/e2e");
  let hostile: HostileFigures;
  try {
    hostile = await measureHostile(e2e.url, "e2e/fixtures/stories/big-story", Math.min(RUNS, 3));
  } finally {
    e2e.server.close();
  }

  const appMedian = median(appTimes);
  const floorMedian = median(floorTimes);
  const floorStoryMedian = median(floorStoryTimes);
  const sizes = {
    appCodeKB: gzipKB(initialScripts("index.html")),
    appLazyKB: gzipKB(assets("dist", (f) => /^(export|live|static-view|static-stand-in)-[\w-]{8}\.js$/.test(f))),
    embedCodeKB: gzipKB(initialScripts("embed.html")),
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
    exportMs: {
      pngView1280x800At2xMedian: Math.round(median(exportTimes.view2x)),
      pngA4At300dpiMedian: Math.round(median(exportTimes.a4)),
      view2x: exportTimes.view2x.map(Math.round),
      a4: exportTimes.a4.map(Math.round),
    },
    embed: {
      staticFirstPaintMedianMs: Math.round(median(embed.staticPaintMs)),
      liveReadyMedianMs: Math.round(median(embed.readyMs)),
      bytesBeforeFirstPaintGzipKB: Number(embed.bytesBeforePaintGzipKB.toFixed(1)),
      filesBeforeFirstPaint: embed.files.map((f) => f.replace(/^dist\//, "")),
    },
    hostile: {
      bigStory: {
        features: hostile.bigStory.features,
        articleKB: Math.round(hostile.bigStory.articleKB),
        validationNodeMedianMs: Math.round(median(hostile.bigStory.validationNodeMs)),
        validationInPageMedianMs: Math.round(median(hostile.bigStory.validationPageMs)),
        readyMedianMs: Math.round(median(hostile.bigStory.readyMs)),
        highlightMedianMs: Number(median(hostile.bigStory.highlightMs).toFixed(1)),
        highlightMaxMs: Number(Math.max(...hostile.bigStory.highlightMs).toFixed(1)),
        passagesClicked: hostile.bigStory.highlightMs.length,
        ready: hostile.bigStory.readyMs.map(Math.round),
      },
      noWebGlStaticPaintMedianMs: Math.round(median(hostile.noWebGlStaticPaintMs)),
      contextRestoredAfter300msReadyMedianMs: Math.round(median(hostile.contextRestoredReadyMs)),
      contextNeverRestoredStaticMedianMs: Math.round(median(hostile.contextNeverRestoredStaticMs)),
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
  row(
    "PNG export, 1280×800 view at 2× (median ms)",
    String(results.exportMs.pngView1280x800At2xMedian),
    `≤ ${TARGETS.exportView2xMs}`,
  );
  row("PNG export, A4 at 300 dpi (median ms)", String(results.exportMs.pngA4At300dpiMedian), `≤ ${TARGETS.exportA4Ms}`);
  row(
    "embed: navigation → static first paint (median ms)",
    String(results.embed.staticFirstPaintMedianMs),
    `≤ ${TARGETS.embedPaintMs}`,
  );
  row("embed: navigation → live map ready (median ms)", String(results.embed.liveReadyMedianMs));
  row(
    "embed: bytes before first paint (gzip KB)",
    results.embed.bytesBeforeFirstPaintGzipKB.toFixed(1),
    `≤ ${TARGETS.embedBytesKB}`,
  );
  const h = results.hostile;
  row(`big story (${String(h.bigStory.features)} features, ${String(h.bigStory.articleKB)} KB): validation in node (median ms)`, String(h.bigStory.validationNodeMedianMs)); // prettier-ignore
  row("big story: validation in the page (median ms)", String(h.bigStory.validationInPageMedianMs));
  row("big story: navigation → ready (median ms)", String(h.bigStory.readyMedianMs));
  row(
    `big story: passage → highlighted (median ms, n=${String(h.bigStory.passagesClicked)})`,
    h.bigStory.highlightMedianMs.toFixed(1),
    `≤ ${TARGETS.bigStoryHighlightMs}`,
  );
  row("no WebGL: navigation → static map (median ms)", String(h.noWebGlStaticPaintMedianMs), `≤ ${TARGETS.noWebGlStaticMs}`); // prettier-ignore
  row("context lost, restored at 300 ms → ready (median ms)", String(h.contextRestoredAfter300msReadyMedianMs), `≤ ${TARGETS.contextRestoredMs}`); // prettier-ignore
  row("context lost for good → static map (median ms)", String(h.contextNeverRestoredStaticMedianMs), `≤ ${TARGETS.contextStaticMs}`); // prettier-ignore
  row("app code (gzip KB, excl. MapLibre)", sizes.appCodeKB.toFixed(1), `≤ ${TARGETS.appCodeKB}`);
  row("app code loaded later: export, live embed, static map (gzip KB)", sizes.appLazyKB.toFixed(1));
  row("embed code at start (gzip KB, excl. MapLibre)", sizes.embedCodeKB.toFixed(1));
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
