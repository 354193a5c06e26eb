/**
 * The fixture every spec uses: it aborts and counts every request that leaves the local server, records console
 * errors and uncaught exceptions, and fails the test if there were any.
 */
import { test as base, expect, type Frame, type Page } from "@playwright/test";
import { reachForMap } from "./browser.ts";

export { reachForMap };

/** The second local server: the embed's host pages. */
export const HOST_ORIGIN = "http://127.0.0.1:4174";

export interface Guard {
  readonly external: string[];
  readonly consoleErrors: string[];
}

declare global {
  interface Window {
    /** Content Security Policy violations seen by the page (recorded by the guard's init script). */
    __cspViolations?: string[];
  }
}

/** Records every securitypolicyviolation event of the document (init script: runs before the page's own code). */
function recordCspViolations(): void {
  const seen: string[] = [];
  window.__cspViolations = seen;
  document.addEventListener("securitypolicyviolation", (e) => {
    seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${String(e.lineNumber)}`);
  });
}

/** The violations recorded so far in the page's main frame. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1:4173/").origin;
      const local = new Set([origin, HOST_ORIGIN]);
      const guard: Guard = { external: [], consoleErrors: [] };
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("data:") || url.startsWith("blob:") || local.has(new URL(url).origin)) {
          return route.continue();
        }
        guard.external.push(url);
        return route.abort("blockedbyclient");
      });
      page.on("console", (msg) => {
        if (msg.type() === "error") guard.consoleErrors.push(msg.text());
      });
      page.on("pageerror", (error) => guard.consoleErrors.push(`uncaught: ${error.message}`));
      await page.addInitScript(recordCspViolations);
      await use(guard);
      if (!page.isClosed() && page.url().startsWith(origin)) {
        expect(await cspViolations(page), "Content Security Policy violations").toEqual([]);
      }
      expect(guard.external, "requests outside the local server").toEqual([]);
      expect(guard.consoleErrors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** What a reader must never see: a source id, a precision type key, a repository path. */
export const INTERNAL =
  /gazetteer:|basemap:|source:[a-z]|area-not-named|\(within \d+ m\)|shared\/|data\/|\.json\b|\.geojson\b/;

/** The reader reaches for the map, then the map signals ready (data-ready="true": live, or static for good). */
export async function waitForReady(page: Page): Promise<void> {
  await reachForMap(page);
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
}

/** The page's scripts have attached to its markup (data-enhanced on #app or #embed); the map may still sleep. */
export async function waitForEnhanced(target: Page | Frame): Promise<void> {
  await expect(target.locator("[data-enhanced=true]").first()).toBeAttached();
}

/**
 * How the live map shows a story feature: the feature-state of the first geometry mark that draws it (an area, a
 * line, a circle of uncertainty), or, for a feature drawn by the overlay (a symbol, a badge, a label), whether its
 * item there is selected, hovered or greyed. A place shared by several statements is one mark; there a feature is
 * dimmed when its own symbol is greyed.
 */
export async function featureState(target: Page | Frame, id: string): Promise<Record<string, unknown>> {
  return target.evaluate(async (fid) => {
    const map = window.rafahMap;
    const source = map?.getSource<import("maplibre-gl").GeoJSONSource>("story");
    if (!map || !source) return {};
    // The source's data (all marks, not only those in the tiles on screen).
    const data = (await source.getData()) as GeoJSON.FeatureCollection;
    const marks = data.features.map((f) => f.properties as { mark: string; ids: string });
    const mine = marks.filter((m) => m.ids.split(" ").includes(fid));
    const mark = mine.find((m) => m.ids === fid) ?? mine[0];
    if (mark) return map.getFeatureState({ source: "story", id: mark.mark }) as Record<string, unknown>;
    const items = [...document.querySelectorAll<SVGGElement>(".map-overlay .layout-item[data-features]")].filter((g) => (g.dataset.features ?? "").split(" ").includes(fid)); // prettier-ignore
    const item = items.find((g) => !g.classList.contains("layout-number")) ?? items[0];
    if (!item) return {};
    return {
      selected: item.classList.contains("is-selected"),
      hovered: item.classList.contains("is-hovered"),
      dimmed: (item.dataset.dimmed ?? "").split(" ").includes(fid),
    };
  }, id);
}

/**
 * The names the live map shows: the texts its overlay drew (render/layout: the basemap's names, a name on two lines
 * as one, and the story's labels, one per statement).
 */
export async function renderedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>(".map-overlay .layout-item")].flatMap((item) => {
      const texts = [...item.querySelectorAll("text")].map((t) => t.textContent);
      return item.classList.contains("layout-name") ? [texts.join(" ")] : texts;
    }),
  );
}

/** Drags the timeline's brush from one fraction of its width to another (0 = left end, 1 = right end). */
export async function brushTimeline(page: Page, from: number, to: number): Promise<void> {
  const box = await page.locator(".tl-brush .overlay").boundingBox();
  if (!box) throw new Error("no timeline brush");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
  await page.mouse.up();
}

/** Runs `fn` in a fresh blank page of the same browser context (no policy, no app), and closes it. */
export async function inBlankPage<T>(page: Page, fn: (arg: string) => T, arg: string): Promise<T> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(fn, arg);
  } finally {
    await blank.close();
  }
}
