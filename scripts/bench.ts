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
import { CHROMIUM_ARGS, chromiumPath, reachForMap } from "../e2e/browser.ts";
import { serveDirectory } from "./static-server.ts";
import { measureHostile, type HostileFigures } from "../bench/hostile.ts";
import { lighthouseTable, printLighthouse, type LighthouseFigures } from "../bench/lighthouse.ts";
import { measureEditor, type EditorFigures } from "../bench/editor.ts";
import { measurePacks, type PackFigures } from "../bench/packs.ts";
import { measureGuide, type GuideFigures } from "../bench/guide.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const LH_PAGES = ["index.html", "embed.html#view=border"];
const VIEW = process.env.BENCH_VIEW ?? "sinai";
/**
 * Navigation → ready over the floors when the app started MapLibre at load (bench/results.json at bed553b): what
 * the live map's time to ready, now counted from the reach that starts it, is compared with.
 */
const BEFORE_REACH_START = { toFloor: 1.396, toFloorWithStory: 1.077 };

const TARGETS = {
  readyRatio: 1.2,
  appCodeKB: 60,
  basemapDataKB: 80,
  highlightMs: 50,
  exportView2xMs: 1500,
  exportA4Ms: 4000,
  embedPaintMs: 300,
  embedBytesKB: 60,
  appBytesBeforePaintKB: 60,
  lighthouseMobilePerformance: 0.9,
  lighthouseDesktopPerformance: 0.98,
  lighthouseAccessibility: 1,
  lighthouseLcpMs: 2500,
  lighthouseTbtMs: 200,
  lighthouseCls: 0.02,
  bigStoryHighlightMs: 100,
  editorGeoparseMs: 300,
  editorAddToPreviewMs: 100,
  pdfTwoViewsMs: 3000,
  deckThreeViewsMs: 4000,
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

/** What the bench is doing, on stderr (the table goes to stdout). */
const progress = (what: string) => {
  process.stderr.write(`bench: ${what}…\n`);
};

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

/**
 * A reader who reads first: the page is loaded and enhanced, then the pointer moves onto the map. Time from that
 * reach ("rafah-map:reached") to ready: what the live map costs once asked for.
 */
async function reachToReady(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("[data-enhanced=true]").first().waitFor({ state: "attached", timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await reachForMap(page);
  await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => {
    const reached = performance.getEntriesByName("rafah-map:reached")[0]?.startTime ?? NaN;
    const ready = performance.getEntriesByName("rafah-map:ready")[0]?.startTime ?? NaN;
    return ready - reached;
  });
  await context.close();
  return ms;
}

async function timeToReady(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<number> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // The reader reaches for the map as soon as the document is parsed: the live map starts on that (see wake.ts).
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await reachForMap(page);
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
  await reachForMap(page);
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
      // The next frame, or NaN when none comes within 3 s (a selection that changes nothing on the map).
      const frame = new Promise<number>((done) => {
        const timer = setTimeout(() => {
          done(NaN);
        }, 3000);
        map.once("render", () => {
          clearTimeout(timer);
          done(performance.now());
        });
      });
      const t0 = performance.now();
      mark.click(); // synchronous: every subscriber (map feature-state, text, card, list, timeline) has run after it
      const done = performance.now();
      if (performance.getEntriesByName("rafah-map:highlighted").length > 0) highlightMs.push(done - t0);
      const drawn = await frame;
      if (!Number.isNaN(drawn)) frameMs.push(drawn - t0);
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
  await reachForMap(page);
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

/** Embed: navigation → live map ready, the reader reaching for the map as soon as the document is parsed. */
async function measureEmbedReady(browser: Browser, url: string, runs: number): Promise<number[]> {
  const readyMs: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const ready = await timeToReady(browser, url, { width: 640, height: 900 });
    if (i > 0) readyMs.push(ready); // the first run warms up
  }
  return readyMs;
}

interface PageLoadFigures {
  firstPaintMs: number[];
  bytesBeforePaintGzipKB: number;
  filesBeforePaint: string[];
  /** Everything the page fetched once its scripts attached, before the reader reaches for the map. */
  bytesBeforeReachGzipKB: number;
  filesBeforeReach: string[];
}

/**
 * A page loaded on a phone-sized screen, nobody touching it: its first contentful paint, the files fetched before
 * it (gzipped sizes of the built files, the document included), and what it has fetched once its scripts attached.
 */
async function measurePageLoad(browser: Browser, url: string, runs: number): Promise<PageLoadFigures> {
  const firstPaintMs: number[] = [];
  let before: string[] = [];
  let all: string[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator("[data-enhanced=true]").first().waitFor({ state: "attached", timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const r = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
      // The first frame's main-thread paint: FCP is its presentation, which software compositing delays by a few
      // hundred ms (while the page's after-paint scripts already load).
      const painted = performance.getEntriesByName("rafah-map:painted")[0]?.startTime ?? paint;
      const until = Number.isNaN(paint) ? painted : Math.min(paint, painted);
      const resources = performance.getEntriesByType("resource");
      // (no named helper here: the bundler would wrap it in a function the page does not have)
      return {
        paint,
        before: [
          location.pathname,
          ...resources.filter((e) => e.startTime < until).map((e) => new URL(e.name).pathname),
        ],
        all: [location.pathname, ...resources.map((e) => new URL(e.name).pathname)],
      };
    });
    await context.close();
    if (i === 0) continue; // warm-up
    firstPaintMs.push(r.paint);
    before = r.before;
    all = r.all;
  }
  const files = (paths: string[]) =>
    [...new Set(paths)].map((p) => join("dist", p.replace(/^\//, "").replace(/(^|\/)$/, "$1index.html")));
  return {
    firstPaintMs,
    bytesBeforePaintGzipKB: gzipKB(files(before)),
    filesBeforePaint: files(before),
    bytesBeforeReachGzipKB: gzipKB(files(all)),
    filesBeforeReach: files(all),
  };
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
  const reachTimes: number[] = [];
  let selection: SelectionFigures = { highlightMs: [], frameMs: [], setDataCalls: -1, hovers: 0 };
  let exportTimes = { view2x: [] as number[], a4: [] as number[] };
  let embedReady: number[] = [];
  const noLoad: PageLoadFigures = { firstPaintMs: [], bytesBeforePaintGzipKB: 0, filesBeforePaint: [], bytesBeforeReachGzipKB: 0, filesBeforeReach: [] }; // prettier-ignore
  let appLoad = noLoad;
  let embedLoad = noLoad;
  let lighthouse: LighthouseFigures[] = [];
  let editor: EditorFigures = { geoparseMs: [], geoparseChars: 0, addToPreviewMs: [] };
  let packs: PackFigures = { pdfMs: [], deckMs: [], pdfCodeGzipKB: 0, deckCodeGzipKB: 0, loadedAtStart: [] };
  let guide: GuideFigures = { steps: 0, staticStepMs: [], liveStepMs: [], staticLongestTaskMs: 0, liveLongestTaskMs: 0 }; // prettier-ignore
  try {
    // One warm-up each, then alternate so that machine noise falls on both sides alike.
    progress("navigation → ready");
    await timeToReady(browser, `${app.url}#view=${VIEW}`);
    await timeToReady(browser, `${floor.url}floor.html#view=${VIEW}`);
    for (let i = 0; i < RUNS; i++) {
      appTimes.push(await timeToReady(browser, `${app.url}#view=${VIEW}`));
      reachTimes.push(await reachToReady(browser, `${app.url}#view=${VIEW}`));
      floorTimes.push(await timeToReady(browser, `${floor.url}floor.html#view=${VIEW}`));
      floorStoryTimes.push(await timeToReady(browser, `${floor.url}floor.html#view=${VIEW}&story=1`));
    }
    progress("selection");
    selection = await measureSelection(browser, `${app.url}#view=border`);
    progress("exports");
    exportTimes = await measureExports(browser, `${app.url}#view=border`, Math.min(RUNS, 5));
    progress("embed");
    embedReady = await measureEmbedReady(browser, `${app.url}embed.html#view=border`, RUNS);
    embedLoad = await measurePageLoad(browser, `${app.url}embed.html#view=border`, Math.min(RUNS, 5));
    progress("page load");
    appLoad = await measurePageLoad(browser, app.url, Math.min(RUNS, 5));
    // Lighthouse, as phones and desktops see the pages: the folder served as a host would (gzip), offline.
    progress("editor");
    editor = await measureEditor(browser, app.url, Math.min(RUNS, 5));
    progress("guided reading");
    guide = await measureGuide(browser, app.url, Math.min(RUNS, 3));
    progress("briefing packs");
    packs = measurePacks("dist", 3, [...initialScripts("index.html"), ...initialScripts("embed.html")]);
    progress("lighthouse");
    lighthouse = await lighthouseTable(app.url, LH_PAGES, LH_RUNS);
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
    editorCodeKB: gzipKB(initialScripts("editor.html")),
    appLazyKB: gzipKB(assets("dist", (f) => /^(export|images|live|live-app|live-story)-[\w-]{8}\.js$/.test(f))),
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
      reachToReadyAfterReadingMedian: Math.round(median(reachTimes)),
      reachRatioToFloor: Number((median(reachTimes) / floorMedian).toFixed(3)),
      reachRatioToFloorWithStory: Number((median(reachTimes) / floorStoryMedian).toFixed(3)),
      app: appTimes.map(Math.round),
      reachToReady: reachTimes.map(Math.round),
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
    appPage: {
      firstContentfulPaintMedianMs: Math.round(median(appLoad.firstPaintMs)),
      bytesBeforeFirstPaintGzipKB: Number(appLoad.bytesBeforePaintGzipKB.toFixed(1)),
      filesBeforeFirstPaint: appLoad.filesBeforePaint.map((f) => f.replace(/^dist\//, "")),
      bytesBeforeReachingTheMapGzipKB: Number(appLoad.bytesBeforeReachGzipKB.toFixed(1)),
      filesBeforeReachingTheMap: appLoad.filesBeforeReach.map((f) => f.replace(/^dist\//, "")),
    },
    lighthouse: lighthouse.map((r) => ({
      page: r.page,
      preset: r.preset,
      performance: r.performance,
      accessibility: r.accessibility,
      fcpMs: Math.round(r.fcpMs),
      lcpMs: Math.round(r.lcpMs),
      tbtMs: Math.round(r.tbtMs),
      cls: Number(r.cls.toFixed(3)),
      runs: r.runs,
      longTasks: r.longTasks,
    })),
    embed: {
      // The static map is in the page's HTML: its first paint is the page's first contentful paint.
      staticFirstPaintMedianMs: Math.round(median(embedLoad.firstPaintMs)),
      liveReadyMedianMs: Math.round(median(embedReady)),
      bytesBeforeFirstPaintGzipKB: Number(embedLoad.bytesBeforePaintGzipKB.toFixed(1)),
      filesBeforeFirstPaint: embedLoad.filesBeforePaint.map((f) => f.replace(/^dist\//, "")),
      bytesBeforeReachingTheMapGzipKB: Number(embedLoad.bytesBeforeReachGzipKB.toFixed(1)),
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
    editor: {
      geoparseArticleKB: Math.round(editor.geoparseChars / 1000),
      geoparseMedianMs: Number(median(editor.geoparseMs).toFixed(1)),
      addToPreviewMedianMs: Number(median(editor.addToPreviewMs).toFixed(1)),
      geoparse: editor.geoparseMs,
      addToPreview: editor.addToPreviewMs,
    },
    guide: {
      phone: "375×812, touch, CPU slowed 4×, reduced motion",
      steps: guide.steps,
      staticStepMedianMs: Math.round(median(guide.staticStepMs)),
      staticStepMaxMs: Math.round(Math.max(...guide.staticStepMs)),
      liveStepMedianMs: Math.round(median(guide.liveStepMs)),
      liveStepMaxMs: Math.round(Math.max(...guide.liveStepMs)),
      staticLongestTaskMs: guide.staticLongestTaskMs,
      liveLongestTaskMs: guide.liveLongestTaskMs,
    },
    packs: {
      pdfTwoViewsA4MedianMs: Math.round(median(packs.pdfMs)),
      deckThreeViewsMedianMs: Math.round(median(packs.deckMs)),
      pdf: packs.pdfMs,
      deck: packs.deckMs,
      pdfCodeOnDemandGzipKB: packs.pdfCodeGzipKB,
      deckCodeOnDemandGzipKB: packs.deckCodeGzipKB,
      packCodeLoadedAtStart: packs.loadedAtStart,
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
  row(
    "navigation → ready, app + story, pointer on the map at DOMContentLoaded (median ms)",
    String(results.readyMs.appMedian),
  );
  row("navigation → ready, floor (median ms)", String(results.readyMs.floorMedian));
  row("ratio app / floor", results.readyMs.ratio.toFixed(3), `≤ ${TARGETS.readyRatio}`);
  row("floor + same story layers (median ms)", String(results.readyMs.floorWithStoryMedian));
  row("app: reader reaches the map after reading → ready (median ms)", String(results.readyMs.reachToReadyAfterReadingMedian)); // prettier-ignore
  const before = `before the live map waited for the reach: ${String(BEFORE_REACH_START.toFloor)} / ${String(BEFORE_REACH_START.toFloorWithStory)}`; // prettier-ignore
  row("ratio reach → ready / floor", results.readyMs.reachRatioToFloor.toFixed(3), before);
  row("ratio reach → ready / floor with story", results.readyMs.reachRatioToFloorWithStory.toFixed(3), before); // prettier-ignore
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
  row("app: navigation → first contentful paint, phone (median ms)", String(results.appPage.firstContentfulPaintMedianMs)); // prettier-ignore
  row("app: bytes before first paint (gzip KB)", results.appPage.bytesBeforeFirstPaintGzipKB.toFixed(1), `≤ ${TARGETS.appBytesBeforePaintKB}`); // prettier-ignore
  row("app: bytes before the reader reaches the map (gzip KB)", results.appPage.bytesBeforeReachingTheMapGzipKB.toFixed(1)); // prettier-ignore
  row("app code at start (gzip KB, excl. MapLibre)", sizes.appCodeKB.toFixed(1), `≤ ${TARGETS.appCodeKB}`);
  row(`editor: geoparse the big story's ${String(results.editor.geoparseArticleKB)} KB (median ms)`, results.editor.geoparseMedianMs.toFixed(1), `≤ ${TARGETS.editorGeoparseMs}`); // prettier-ignore
  row("editor: Add → feature drawn in the preview (median ms)", results.editor.addToPreviewMedianMs.toFixed(1), `≤ ${TARGETS.editorAddToPreviewMs}`); // prettier-ignore
  row("editor code at start (gzip KB, excl. MapLibre)", sizes.editorCodeKB.toFixed(1));
  row(`guide, phone 4× slower: a step, static map (median / max ms, ${String(results.guide.steps)} steps)`, `${String(results.guide.staticStepMedianMs)} / ${String(results.guide.staticStepMaxMs)}`, `longest task ${String(results.guide.staticLongestTaskMs)} ms`); // prettier-ignore
  row("guide, phone 4× slower: a step, live map (median / max ms)", `${String(results.guide.liveStepMedianMs)} / ${String(results.guide.liveStepMaxMs)}`, `longest task ${String(results.guide.liveLongestTaskMs)} ms`); // prettier-ignore
  row("command line: 2-view A4 PDF, build made (median ms)", String(results.packs.pdfTwoViewsA4MedianMs), `≤ ${TARGETS.pdfTwoViewsMs}`); // prettier-ignore
  row("command line: 3-view deck, build made (median ms)", String(results.packs.deckThreeViewsMedianMs), `≤ ${TARGETS.deckThreeViewsMs}`); // prettier-ignore
  row("PDF code, on demand (gzip KB)", results.packs.pdfCodeOnDemandGzipKB.toFixed(1), `0 KB at start (${String(results.packs.packCodeLoadedAtStart.length)} files)`); // prettier-ignore
  row("deck code, on demand (gzip KB)", results.packs.deckCodeOnDemandGzipKB.toFixed(1));
  row("app code loaded when needed: live map, export (gzip KB)", sizes.appLazyKB.toFixed(1));
  row("embed code at start (gzip KB, excl. MapLibre)", sizes.embedCodeKB.toFixed(1));
  row("app CSS incl. MapLibre CSS (gzip KB)", sizes.appCssKB.toFixed(1));
  row("MapLibre (gzip KB)", sizes.maplibreKB.toFixed(1));
  row("MapLibre worker (gzip KB)", sizes.workerKB.toFixed(1));
  row("fonts, 4 woff2 (gzip KB)", sizes.fontsKB.toFixed(1));
  row("basemap data (gzip KB)", sizes.basemapDataKB.toFixed(1), `≤ ${TARGETS.basemapDataKB}`);
  row("inset world outline (gzip KB)", sizes.insetWorldKB.toFixed(1));
  row("story data, first story (gzip KB)", sizes.storyDataKB.toFixed(1));
  printLighthouse(
    lighthouse,
    `Lighthouse (median of ${String(LH_RUNS)}; targets: mobile performance ≥ ${String(TARGETS.lighthouseMobilePerformance)}, desktop ≥ ${String(TARGETS.lighthouseDesktopPerformance)}, accessibility ${String(TARGETS.lighthouseAccessibility)}, LCP ≤ ${String(TARGETS.lighthouseLcpMs / 1000)} s, TBT ≤ ${String(TARGETS.lighthouseTbtMs)} ms, CLS ≤ ${String(TARGETS.lighthouseCls)})`,
  );
  console.log(`\nwritten: bench/results.json (${statSync("bench/results.json").size} bytes)`);
}

await main();
