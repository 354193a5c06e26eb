/**
 * The fixture every spec uses: it aborts and counts every request that leaves the local server, records console
 * errors and uncaught exceptions, and fails the test if there were any.
 */
import { test as base, expect, type Frame, type Page } from "@playwright/test";

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

/** Waits for the ready signal on the map container (data-ready="true"). */
export async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator("#map")).toHaveAttribute("data-ready", "true");
}

/** The feature-state of a story feature on the live map of a page or frame (empty when there is none). */
export async function featureState(target: Page | Frame, id: string): Promise<Record<string, unknown>> {
  return target.evaluate(
    (fid) => (window.rafahMap?.getFeatureState({ source: "story", id: fid }) ?? {}) as Record<string, unknown>,
    id,
  );
}

/** Names of the place labels MapLibre actually placed on screen. */
export async function renderedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.rafahMap;
    if (!map) throw new Error("window.rafahMap is missing");
    const layers = map
      .getStyle()
      .layers.filter((l) => l.type === "symbol")
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers }).map((f) => String((f.properties as { name?: unknown }).name));
  });
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
