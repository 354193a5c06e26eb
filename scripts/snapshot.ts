/**
 * npm run snapshot -- --story <id> --view <name>[,<name>...] [--feature <id>] --format png|svg|pptx
 *                     --size view|slide|a4|square --scale <1|2|3> --out <file>
 * pptx: one deck with a slide per view (the map at 2x, 16:9) and a last slide of sources and credits.
 * pdf: one briefing pack (--size a4 or letter) with a page per view and the "Quotes and sources" pages.
 * Builds the app, serves it on loopback and makes the exports in headless Chromium with the same composition code
 * as the page (window.rafahExport). Several views in one run: --view rafah,border (or --view twice); each picture
 * gets the view's name before its extension, a deck or a pack holds them all (made from the data in one call, in a
 * Chromium without a GPU: neither needs WebGL). Exits 2 with a message on a bad argument.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_ARGS_WITHOUT_GPU, chromiumPath, reachForMap } from "../e2e/browser.ts";
import { serveDirectory } from "./static-server.ts";
import defaults from "../data/stories.json" with { type: "json" };
import { isFormat, isSizePreset, type ExportOptions } from "../src/export/presets.ts";

class UsageError extends Error {}

interface Args {
  story: string;
  views: string[];
  feature: string | null;
  format: "png" | "svg" | "pptx" | "pdf";
  size: ExportOptions["size"];
  scale: number;
  out: string;
  title: string | null;
}

const USAGE =
  "usage: npm run snapshot -- --story <id> --view <name>[,<name>...] [--feature <id>] --format png|svg|pptx|pdf --size view|slide|a4|square --scale 1|2|3 --out <file>";

export function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i] ?? "";
    if (!key.startsWith("--")) throw new UsageError(`unexpected argument "${key}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${key} needs a value`);
    values.set(key.slice(2), [...(values.get(key.slice(2)) ?? []), value]);
    i++;
  }
  const known = new Set(["story", "view", "feature", "format", "size", "scale", "out", "title"]);
  for (const k of values.keys()) if (!known.has(k)) throw new UsageError(`unknown option --${k}`);
  const one = (k: string) => values.get(k)?.at(-1) ?? null;
  const format = one("format") ?? "png";
  if (!isFormat(format) || format === "geojson")
    throw new UsageError(`unknown format "${format}" (png, svg, pptx or pdf)`);
  const size = one("size") ?? (format === "pdf" ? "a4" : format === "pptx" ? "slide" : "view");
  if (format === "pdf" && size !== "a4" && size !== "letter") throw new UsageError(`a PDF is a4 or letter, not "${size}"`); // prettier-ignore
  if (format === "pptx" && size !== "slide") throw new UsageError(`a deck is 16:9 slides (--size slide), not "${size}"`); // prettier-ignore
  if (!isSizePreset(size)) throw new UsageError(`unknown size "${size}" (view, slide, a4 or square)`);
  const scale = Number(one("scale") ?? "1");
  if (![1, 2, 3].includes(scale)) throw new UsageError(`unknown scale "${one("scale") ?? ""}" (1, 2 or 3)`);
  const out = one("out");
  if (!out) throw new UsageError("--out is required");
  const views = (values.get("view") ?? []).flatMap((v) => v.split(",")).filter((v) => v !== "");
  return {
    story: one("story") ?? defaults.default,
    views: views.length > 0 ? views : [""],
    feature: one("feature"),
    format,
    size,
    scale,
    out,
    title: one("title"),
  };
}

export function outputPath(out: string, view: string, several: boolean): string {
  if (!several || view === "") return resolve(out);
  const ext = extname(out);
  return resolve(`${out.slice(0, out.length - ext.length)}-${view}${ext}`);
}

function checkWritable(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`cannot write ${path}: no folder ${dir}`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${path}: folder ${dir} is not writable`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(`data/stories/${args.story}/story.json`)) throw new UsageError(`unknown story "${args.story}"`);
  const deck = args.format === "pptx";
  const pack = args.format === "pdf";
  // A deck or a pack is one file for all the views, made from the data in one call; pictures are a file per view.
  const bundle = deck || pack;
  const several = args.views.length > 1 && !bundle;
  for (const v of args.views) checkWritable(outputPath(args.out, v, several));

  // Its own build folder, so that a snapshot never replaces the dist/ that a preview or the tests are serving.
  // RAFAH_SNAPSHOT_BUILT names a build to use as it is (the benchmark times the run after the build).
  const outDir = process.env.RAFAH_SNAPSHOT_BUILT ?? ".cache/snapshot-build";
  if (process.env.RAFAH_SNAPSHOT_BUILT === undefined) {
    execFileSync("npx", ["vite", "build", "--logLevel", "error", "--outDir", outDir, "--emptyOutDir"], { stdio: "inherit" }); // prettier-ignore
  }
  const app = await serveDirectory(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: bundle ? CHROMIUM_ARGS_WITHOUT_GPU : CHROMIUM_ARGS }); // prettier-ignore
  try {
    const viewport = deck ? { width: 1280, height: 720 } : { width: 1280, height: 800 };
    const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const [i, view] of (bundle ? [args.views[0] ?? ""] : args.views).entries()) {
      const hash = new URLSearchParams({
        story: args.story,
        ...(view ? { view } : {}),
        ...(args.feature ? { feature: args.feature } : {}),
      });
      if (i === 0) {
        await page.goto(`${app.url}#${hash.toString()}`);
        if (bundle) {
          // A pack or a deck draws every view from the data (no live map needed): the page's export API is enough.
          await page.waitForFunction(() => window.rafahExport !== undefined, undefined, { timeout: 60_000 });
        } else {
          await reachForMap(page);
          await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
        }
      } else {
        // The next view in the same page: the map moves there, and its ready signal clears and comes back.
        await page.evaluate(
          (h) =>
            new Promise<void>((done) => {
              const map = document.getElementById("map");
              if (!map) throw new Error("no #map");
              let cleared = false;
              const watch = new MutationObserver(() => {
                if (map.dataset.ready !== "true") cleared = true;
                else if (cleared) {
                  watch.disconnect();
                  done();
                }
              });
              watch.observe(map, { attributes: true, attributeFilter: ["data-ready"] });
              location.hash = h;
            }),
          hash.toString(),
        );
      }
      const described = await page.evaluate(() => window.rafahExport?.describe() ?? null);
      if (!described) throw new UsageError(`story "${args.story}" did not load (see npm run validate)`);
      for (const v of bundle ? args.views : [view]) {
        if (v && !described.views.includes(v)) {
          throw new UsageError(`unknown view "${v}" (story ${args.story} has ${described.views.join(", ")})`);
        }
      }
      if (args.feature && !described.features.includes(args.feature)) {
        throw new UsageError(`unknown feature "${args.feature}" in story ${args.story}`);
      }
      const options: ExportOptions = {
        ...(bundle ? { views: args.views.filter((v) => v !== "") } : {}),
        format: args.format,
        size: deck ? "view" : args.size,
        scale: deck ? 2 : args.scale,
        title: args.title ?? described.title,
        legend: true,
        scaleBar: true,
        northArrow: true,
        timeline: false,
        footnotes: true,
      };
      const result = await page.evaluate((o) => {
        const api = window.rafahExport;
        if (!api) throw new Error("no export API");
        return api.make(o);
      }, options);
      const path = outputPath(args.out, view, several);
      writeFileSync(path, Buffer.from(result.base64, "base64"));
      const count = String(Math.max(1, args.views.filter((v) => v !== "").length));
      if (pack) console.log(`wrote ${path} (${count} map pages and the quotes pages)`);
      else if (deck) console.log(`wrote ${path} (${count} view slides and a slide of sources)`);
      else console.log(`wrote ${path} (${result.width} × ${result.height})${result.note ? `: ${result.note}` : ""}`);
    }
  } finally {
    app.server.close();
  }
}

// Exiting stops the browser (Playwright kills it and removes its profile on exit): no wait for a graceful close.
main().then(() => process.exit(0), (error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`snapshot: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}); // prettier-ignore
