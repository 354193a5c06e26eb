/**
 * The layout audit's run: every named view in every frame (the app at 1280 × 800, a phone at 375 × 812, the embed
 * at 640 × 480 and 320 × 500), the static map and the live map, and the SVG exports at slide and A4 size; each
 * measured in Chromium (collect.ts) and judged (analyse.ts). Shared by `npm run audit:layout` and the e2e suite.
 */
import { readFileSync } from "node:fs";
import type { Geometry, MultiPolygon, Polygon } from "geojson";
import type { Browser, Page } from "@playwright/test";
import { reachForMap, scrollToStep } from "../../e2e/browser.ts";
import { analyse, compareNames, type Finding, type Polygons } from "./analyse.ts";
import { collectMap, type Seen } from "./collect.ts";

export interface AuditFrame {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly page: "" | "embed.html";
  readonly box: string;
}

export const FRAMES: readonly AuditFrame[] = [
  { name: "app 1280×800", width: 1280, height: 800, page: "", box: "#map" },
  { name: "phone 375×812", width: 375, height: 812, page: "", box: "#map" },
  { name: "embed 640×480", width: 640, height: 480, page: "embed.html", box: ".embed-map-box" },
  { name: "embed 320×500", width: 320, height: 500, page: "embed.html", box: ".embed-map-box" },
];

export interface AuditResult {
  readonly frame: string;
  readonly view: string;
  readonly mode: "static" | "live" | "export";
  readonly findings: readonly Finding[];
  readonly names: number;
  readonly marks: number;
}

export function polygonsOf(storyDir: string): Polygons {
  const land = JSON.parse(readFileSync("data/basemap/land.geojson", "utf8")) as GeoJSON.FeatureCollection<Polygon | MultiPolygon, { id: string }>; // prettier-ignore
  const features = JSON.parse(readFileSync(`${storyDir}/features.geojson`, "utf8")) as GeoJSON.FeatureCollection<Geometry | null>; // prettier-ignore
  return {
    lands: new Map(land.features.map((f) => [f.properties.id, f.geometry])),
    features: new Map(features.features.flatMap((f) => (f.geometry ? [[String(f.id), f.geometry] as const] : []))),
  };
}

/** The measuring functions run in the page as written; tsx names their inner functions with a helper it adds. */
const NAME_HELPER = "globalThis.__name = (f) => f;";

/** Two animation frames: what a change set off has been laid out and painted. */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((r) => { requestAnimationFrame(() => { requestAnimationFrame(() => { r(); }); }); })); // prettier-ignore

async function seeStatic(page: Page, url: string, frame: AuditFrame): Promise<Seen> {
  await page.goto(url);
  await page.locator("[data-enhanced=true]").first().waitFor();
  await frames(page);
  await page.locator("[data-static=true]").first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(collectMap, frame.box);
}

async function seeLive(page: Page, frame: AuditFrame): Promise<Seen> {
  await reachForMap(page);
  await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
  await page.mouse.move(0, 0);
  await frames(page);
  return page.evaluate(collectMap, frame.box);
}

const counts = (s: Seen) => ({ names: s.pieces.filter((p) => p.kind === "name").length, marks: s.pieces.filter((p) => p.kind !== "name").length }); // prettier-ignore

/** Audits every view in one frame, static and live. */
export async function auditFrame(
  browser: Browser,
  base: string,
  frame: AuditFrame,
  views: readonly string[],
  polygons: Polygons,
): Promise<AuditResult[]> {
  // prettier-ignore
  const out: AuditResult[] = [];
  for (const view of views) {
    const context = await browser.newContext({ viewport: { width: frame.width, height: frame.height }, reducedMotion: "reduce" }); // prettier-ignore
    await context.addInitScript(NAME_HELPER);
    const page = await context.newPage();
    try {
      const still = await seeStatic(page, `${base}${frame.page}#view=${view}`, frame);
      const live = await seeLive(page, frame);
      out.push({ frame: frame.name, view, mode: "static", findings: analyse(still, polygons), ...counts(still) });
      out.push({ frame: frame.name, view, mode: "live", findings: [...analyse(live, polygons), ...compareNames(still, live)], ...counts(live) }); // prettier-ignore
    } finally {
      await context.close();
    }
  }
  return out;
}

/**
 * Audits every step of the guided reading in one frame (the app's page): the report scrolled until the step's
 * paragraph crosses the reading line, the static map as it follows, then the live map at the same step.
 */
export async function auditSteps(
  browser: Browser,
  base: string,
  frame: AuditFrame,
  polygons: Polygons,
): Promise<AuditResult[]> {
  // prettier-ignore
  const out: AuditResult[] = [];
  const context = await browser.newContext({ viewport: { width: frame.width, height: frame.height }, reducedMotion: "reduce" }); // prettier-ignore
  await context.addInitScript(NAME_HELPER);
  const page = await context.newPage();
  try {
    await page.goto(base);
    await page.locator("[data-enhanced=true]").first().waitFor();
    const steps = await page.locator(".article-text p[data-step]").count();
    const seeStep = async (n: number, mode: "static" | "live") => {
      await scrollToStep(page, n);
      if (mode === "static") await page.locator("#map [data-static=true]").waitFor();
      else await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
      await frames(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page.evaluate(collectMap, frame.box);
    };
    const stills: Seen[] = [];
    for (let n = 0; n <= steps; n++) {
      const still = await seeStep(n, "static");
      stills.push(still);
      out.push({ frame: frame.name, view: `step ${n}`, mode: "static", findings: analyse(still, polygons), ...counts(still) }); // prettier-ignore
    }
    // The live map, woken by a reach (it does not wake for a step), then each step again.
    await reachForMap(page);
    await page.locator("#map[data-ready=true]").waitFor({ timeout: 60_000 });
    await page.mouse.move(0, 0);
    for (let n = 0; n <= steps; n++) {
      const live = await seeStep(n, "live");
      const still = stills[n] as Seen;
      out.push({ frame: frame.name, view: `step ${n}`, mode: "live", findings: [...analyse(live, polygons), ...compareNames(still, live)], ...counts(live) }); // prettier-ignore
    }
  } finally {
    await context.close();
  }
  return out;
}

/** Audits the SVG export of each view at these sizes: its map's names and marks, and a marker for every footnote. */
export async function auditExports(
  browser: Browser,
  base: string,
  views: readonly string[],
  sizes: readonly ("slide" | "a4")[],
  polygons: Polygons,
): Promise<AuditResult[]> {
  // prettier-ignore
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  await context.addInitScript(NAME_HELPER);
  const page = await context.newPage();
  const out: AuditResult[] = [];
  try {
    for (const view of views) {
      await page.goto(`${base}#view=${view}`);
      await page.waitForFunction(() => window.rafahExport !== undefined);
      for (const size of sizes) {
        const made = await page.evaluate(
          async (o) => {
            const api = window.rafahExport;
            if (!api) throw new Error("no export API");
            const r = await api.make({ format: "svg", size: o.size, scale: 1, title: "Audit", legend: true, scaleBar: true, northArrow: true, timeline: false, footnotes: true }); // prettier-ignore
            return { svg: new TextDecoder().decode(Uint8Array.from(atob(r.base64), (c) => c.charCodeAt(0))), numbers: r.footnotes.map((f) => f.n) }; // prettier-ignore
          },
          { size },
        );
        const sheet = await context.newPage();
        await sheet.setContent(`<!doctype html><body style="margin:0">${made.svg.replace(/^<\?xml[^>]*>/, "")}</body>`);
        await sheet.evaluate(() => document.fonts.ready.then(() => undefined));
        await sheet.evaluate(() => {
          const map = document.querySelector("g[data-camera]");
          if (!map) throw new Error("no map in the export");
          map.setAttribute("id", "audit-map");
        });
        const measured = await sheet.evaluate(collectMapOfExport);
        const shown = new Set(measured.pieces.filter((p) => p.item.startsWith("number:")).flatMap((p) => p.text.split(/,\s*/)).map(Number)); // prettier-ignore
        const missing = made.numbers.filter((n) => !shown.has(n)).map((n): Finding => ({ kind: "footnote without marker", what: `footnote ${n}` })); // prettier-ignore
        out.push({ frame: `export ${size}`, view, mode: "export", findings: [...analyse(measured, polygons), ...missing], ...counts(measured) }); // prettier-ignore
        await sheet.close();
      }
    }
  } finally {
    await context.close();
  }
  return out;
}

/** The export's map group measured as a map box (runs in the page). */
function collectMapOfExport(): Seen {
  const g = document.querySelector<SVGGElement>("#audit-map");
  const svg = g?.ownerSVGElement;
  if (!g || !svg) throw new Error("no map");
  const clip = g.querySelector(":scope > g")?.getBoundingClientRect() ?? g.getBoundingClientRect();
  const box = { left: clip.left, top: clip.top };
  const rel = (r: DOMRect) => ({ x0: r.left - box.left, y0: r.top - box.top, x1: r.right - box.left, y1: r.bottom - box.top }); // prettier-ignore
  const pieces = [...g.querySelectorAll<SVGGraphicsElement>("[data-layout]")].map((el) => {
    const item = el.closest<SVGGElement>(".layout-item");
    const leader = item?.dataset.leader?.split(",").map(Number);
    return { kind: el.getAttribute("data-layout") ?? "", item: item?.dataset.key ?? "", text: el.tagName.toLowerCase() === "text" ? el.textContent : "", within: item?.dataset.within ?? "", leader: leader && leader.length === 2 ? ([leader[0] as number, leader[1] as number] as const) : null, rect: rel(el.getBoundingClientRect()) }; // prettier-ignore
  });
  const [w, hgt] = (g.dataset.size ?? "0x0").split("x").map(Number) as [number, number];
  return { width: w, height: hgt, pieces, controls: [], camera: g.dataset.camera ?? "", scale: 1, offset: [0, 0], drawing: "static" }; // prettier-ignore
}

/** The findings as a table of counts by kind, with the worst cases named. */
export function report(results: readonly AuditResult[]): { text: string; total: number } {
  const kinds = ["name × name", "mark × name", "mark × mark", "pointer × anything", "control × anything", "outside its polygon", "cut by the edge", "static ≠ live", "footnote without marker"]; // prettier-ignore
  const lines = [`${"frame".padEnd(16)} ${"view".padEnd(7)} ${"mode".padEnd(7)} names marks  ${kinds.map((k) => k.split(" ")[0]?.slice(0, 7).padStart(7)).join(" ")}`]; // prettier-ignore
  let total = 0;
  const worst: string[] = [];
  for (const r of results) {
    const n = (k: string) => r.findings.filter((f) => f.kind === k).length;
    total += r.findings.length;
    lines.push(`${r.frame.padEnd(16)} ${r.view.padEnd(7)} ${r.mode.padEnd(7)} ${String(r.names).padStart(5)} ${String(r.marks).padStart(5)}  ${kinds.map((k) => String(n(k)).padStart(7)).join(" ")}`); // prettier-ignore
    for (const f of r.findings.slice(0, 6)) worst.push(`  ${r.frame} ${r.view} ${r.mode}: ${f.kind}: ${f.what}`);
  }
  lines.push(`\ntotal findings: ${total}`);
  if (worst.length > 0) lines.push("worst cases:", ...worst.slice(0, 60));
  return { text: lines.join("\n"), total };
}
