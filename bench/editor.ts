/**
 * The editor's figures for npm run bench: the geoparser over the big story's 200 KB text (the page's own
 * measure around findPlaces, after "Find places"), and from "Add" on a suggested place to that feature drawn in
 * the preview (a measure from the click's mark to the preview's map being drawn with it).
 */
import type { Browser, Page } from "@playwright/test";
import { makeBigStory } from "../e2e/fixtures/make-big-story.ts";

export interface EditorFigures {
  readonly geoparseMs: number[];
  readonly geoparseChars: number;
  readonly addToPreviewMs: number[];
}

const SHORT_REPORT =
  "Aid convoys waited at the Rafah crossing on Monday, two aid officials said. Ambulances carried the wounded to al-Arish.";

async function measure(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, "measure").at(-1)?.duration, name);
  return Math.round(((await handle.jsonValue()) as number) * 10) / 10;
}

async function openEditor(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${url}editor.html`);
  await page.locator("#editor[data-ready=true]").waitFor();
  await page.getByRole("button", { name: "New draft" }).click();
  return { page, close: () => context.close() };
}

export async function measureEditor(browser: Browser, url: string, runs: number): Promise<EditorFigures> {
  const article = makeBigStory().article;
  const geoparseMs: number[] = [];
  const addToPreviewMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const big = await openEditor(browser, url);
    await big.page.getByRole("textbox", { name: "Article text" }).fill(article);
    await big.page.getByRole("button", { name: "Find places" }).click();
    geoparseMs.push(await measure(big.page, "rafah-editor:geoparse"));
    await big.close();

    const { page, close } = await openEditor(browser, url);
    await page.getByRole("textbox", { name: "Story title" }).fill("A short report");
    await page.getByRole("textbox", { name: "Attribution" }).fill("The benchmark");
    await page.getByRole("textbox", { name: "Published", exact: true }).fill("2026-11-30");
    await page.getByRole("textbox", { name: "How the date is known" }).fill("Given by the benchmark.");
    await page.getByRole("textbox", { name: "Article text" }).fill(SHORT_REPORT);
    await page.getByRole("button", { name: "Find places" }).click();
    await page.getByRole("list", { name: "Suggested places" }).getByRole("button", { name: /^Add Rafah crossing/ }).click(); // prettier-ignore
    addToPreviewMs.push(await measure(page, "rafah-editor:add-to-preview"));
    await close();
  }
  return { geoparseMs, geoparseChars: article.length, addToPreviewMs };
}
