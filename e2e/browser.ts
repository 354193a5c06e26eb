/**
 * Where the browser is: Debian's Chromium by default (never a downloaded build), overridable with CHROMIUM_PATH.
 * The flags keep WebGL working in software (SwiftShader), or switch the GPU off where nothing needs it, and stop
 * Chromium's own background traffic.
 */
import { existsSync } from "node:fs";
import type { Frame, Page } from "@playwright/test";

export const DEFAULT_CHROMIUM = "/usr/lib/chromium/chromium";

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

/** Chromium without its own traffic. */
const QUIET_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** WebGL in software (SwiftShader), for the live map and its PNG exports. */
export const CHROMIUM_ARGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", ...QUIET_ARGS]; // prettier-ignore

/**
 * No GPU at all, for what needs no WebGL (the briefing packs: vector pages and pictures drawn from SVG): the
 * browser starts faster and its canvases are in memory, so a picture is encoded without a read back.
 */
export const CHROMIUM_ARGS_WITHOUT_GPU = ["--disable-gpu", ...QUIET_ARGS];

/**
 * The reader reaches for the map: the pointer moves onto it, which starts the live map (src/map-host/wake.ts).
 * Until then the page's static map is the map. Works for the app and for an embed (in its frame).
 */
export async function reachForMap(target: Page | Frame): Promise<void> {
  const page = "page" in target && typeof target.page === "function" ? target.page() : (target as Page);
  const box = await target.locator(".embed-map-box, #map").first().boundingBox();
  if (!box) throw new Error("no map box to reach for");
  await page.mouse.move(box.x + 4, box.y + box.height - 4);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
}

/**
 * Scrolls the report until the paragraph of guided step `step` has just crossed the reading line (0: back to the
 * top), as a reader's scrolling does; the guide's bar says where its line is and which step the map shows.
 */
export async function scrollToStep(page: Page, step: number): Promise<void> {
  for (let tries = 0; tries < 6; tries++) {
    await page.evaluate((n) => {
      const side = document.querySelector<HTMLElement>(".side-scroll");
      const scroller = side && getComputedStyle(side).overflowY !== "visible" && side.scrollHeight > side.clientHeight ? side : null; // prettier-ignore
      const target = scroller ?? window;
      if (n === 0) {
        target.scrollTo(0, 0);
        return;
      }
      const line = Number(document.querySelector<HTMLElement>(".guide-bar")?.dataset.line);
      const para = document.querySelector<HTMLElement>(`.article-text p[data-step="${n}"]`);
      if (!para || !Number.isFinite(line)) throw new Error(`no step ${n} or no reading line`);
      // The map is the overview until the text has scrolled a little (src/panels/guide/guide.ts).
      const now = scroller ? scroller.scrollTop : window.scrollY;
      target.scrollTo(0, Math.max(now + para.getBoundingClientRect().top - (line - 8), 40));
    }, step);
    const reached = await page.evaluate(
      (n) =>
        new Promise<boolean>((r) => {
          requestAnimationFrame(() => {
            requestAnimationFrame(() => {
              r(document.querySelector<HTMLElement>(".guide-bar")?.dataset.step === String(n));
            });
          });
        }),
      step,
    );
    if (reached) return;
  }
  throw new Error(`the guide did not reach step ${step}`);
}
