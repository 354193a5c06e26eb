/**
 * Lighthouse as phones and desktops see a page: the `lighthouse` package driving Debian's Chromium, offline (the
 * page is served on loopback), the mobile preset (simulated slow 4G, 4× slower CPU) and the desktop preset; the
 * median of N runs by performance score. Also lists the main thread's long tasks of the median run.
 *
 * Headless Chromium has no pointing device: under the desktop preset the page sees `(pointer: none)`, so what the
 * app does only for a mouse (map-host/warm-up.ts) never runs there. The "desktop-mouse" run is the desktop preset
 * as a desktop with a mouse sees it: the window at the preset's size and Chromium told it has a fine, hovering
 * pointer (Lighthouse's own screen emulation, which would reset that, is off).
 *
 * As a command: tsx bench/lighthouse.ts <folder> [page ...] prints the table for a built folder.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/browser.ts";
import { serveDirectory } from "../scripts/static-server.ts";

export type Preset = "mobile" | "desktop" | "desktop-mouse";

/** A mouse, as Chromium's settings describe one (pointer type fine = 4, hover type hover = 2). */
const MOUSE_ARGS = ["--blink-settings=primaryPointerType=4,primaryHoverType=2,availablePointerTypes=4,availableHoverTypes=2"]; // prettier-ignore

function configFor(preset: Preset): Config | undefined {
  if (preset === "mobile") return undefined;
  if (preset === "desktop") return desktopConfig;
  const screen = desktopConfig.settings?.screenEmulation;
  return { ...desktopConfig, settings: { ...desktopConfig.settings, screenEmulation: { ...screen, disabled: true } } };
}

function flagsFor(preset: Preset): string[] {
  if (preset !== "desktop-mouse") return [];
  const screen = desktopConfig.settings?.screenEmulation;
  return [`--window-size=${String(screen?.width ?? 1350)},${String(screen?.height ?? 940)}`, ...MOUSE_ARGS];
}

export interface LighthouseFigures {
  readonly page: string;
  readonly preset: Preset;
  readonly performance: number;
  readonly accessibility: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** Every run's performance score, for the spread. */
  readonly runs: readonly number[];
  /** The long main-thread tasks of the median run: what ran, when, how long (observed, not simulated). */
  readonly longTasks: readonly { url: string; startMs: number; durationMs: number }[];
}

const num = (lhr: Result, audit: string): number => lhr.audits[audit]?.numericValue ?? NaN;

interface LongTaskItem {
  url?: string;
  startTime?: number;
  duration?: number;
}

function figures(page: string, preset: Preset, lhr: Result, runs: number[]): LighthouseFigures {
  const details = lhr.audits["long-tasks"]?.details as { items?: LongTaskItem[] } | undefined;
  return {
    page,
    preset,
    performance: lhr.categories.performance?.score ?? NaN,
    accessibility: lhr.categories.accessibility?.score ?? NaN,
    fcpMs: num(lhr, "first-contentful-paint"),
    lcpMs: num(lhr, "largest-contentful-paint"),
    tbtMs: num(lhr, "total-blocking-time"),
    cls: num(lhr, "cumulative-layout-shift"),
    runs,
    longTasks: (details?.items ?? []).map((t) => ({
      url: t.url ?? "",
      startMs: Math.round(t.startTime ?? 0),
      durationMs: Math.round(t.duration ?? 0),
    })),
  };
}

/** Runs Lighthouse `runs` times on one URL and keeps the run with the median performance score. */
export async function lighthouseMedian(
  url: string,
  page: string,
  preset: Preset,
  runs: number,
): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", ...flagsFor(preset), ...CHROMIUM_ARGS],
  });
  try {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      };
      const result = await lighthouse(url, flags, configFor(preset));
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      results.push(result.lhr);
    }
    const score = (r: Result) => r.categories.performance?.score ?? 0;
    const sorted = [...results].sort((a, b) => score(a) - score(b));
    const median = sorted[Math.floor(sorted.length / 2)] as Result;
    return figures(page, preset, median, results.map(score));
  } finally {
    chrome.kill();
  }
}

/** Both presets on each page of a served folder. */
export async function lighthouseTable(
  baseUrl: string,
  pages: readonly string[],
  runs: number,
): Promise<LighthouseFigures[]> {
  const out: LighthouseFigures[] = [];
  for (const preset of ["mobile", "desktop", "desktop-mouse"] as const) {
    for (const page of pages) out.push(await lighthouseMedian(`${baseUrl}${page}`, page, preset, runs));
  }
  return out;
}

export function printLighthouse(rows: readonly LighthouseFigures[], title: string): void {
  console.log(`\n${title}\n`);
  console.log("| page | preset | performance | accessibility | FCP | LCP | TBT | CLS | runs |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `| ${r.page} | ${r.preset} | ${r.performance.toFixed(2)} | ${r.accessibility.toFixed(2)} | ${s(r.fcpMs)} | ${s(r.lcpMs)} | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} | ${r.runs.map((x) => x.toFixed(2)).join(" ")} |`,
    );
  }
  for (const r of rows) {
    if (r.longTasks.length === 0) continue;
    const tasks = r.longTasks.map(
      (t) => `${t.durationMs} ms at ${t.startMs} (${t.url.replace(/^.*\//, "") || "page"})`,
    );
    console.log(`long tasks, ${r.page} ${r.preset}: ${tasks.join("; ")}`);
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [dir = "dist", ...pages] = process.argv.slice(2);
  const served = await serveDirectory(dir);
  try {
    const rows = await lighthouseTable(served.url, pages.length > 0 ? pages : ["index.html", "embed.html#view=border"], Number(process.env.LH_RUNS ?? 3)); // prettier-ignore
    printLighthouse(rows, `Lighthouse on ${dir}`);
  } finally {
    served.server.close();
  }
}
