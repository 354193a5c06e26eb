/**
 * The story editor, used as a journalist would: paste a report the suite has not seen, find its places, add them,
 * make a claim and its denial from passages, draw a line and a polygon on the live map, reload (the draft is
 * kept), download the story, and check the zip: it passes `npm run validate` and, built into the app in a
 * temporary copy of the repository, renders. Then bad input in every field, the shipped story opened and
 * downloaded unchanged, axe, and keyboard-only authoring. Every test runs under the guard (no outside request, no
 * CSP violation, no console error).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { unzipSync, strFromU8 } from "fflate";
import type { Download, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { serveDirectory } from "../scripts/static-server.ts";
import { tempCheckout } from "./temp-checkout.ts";

const REPORT = `Aid convoys waited at the Rafah crossing on Monday while trucks were sent on to Kerem Shalom, two aid officials said.

A council spokesman in Khan Yunis said a field hospital opened west of the city on Sunday. Egyptian officials said ambulances carried the wounded to al-Arish overnight.

The army claimed it had cleared a corridor along the coast road south of Deir el-Balah. The Gaza health ministry denied the claim. Cairo said it would keep a zone five kilometres deep along the border on its side.

Relatives gathered in Qantara Sharq to wait for news.`;

async function openEditor(page: Page): Promise<void> {
  await page.goto("editor.html");
  await expect(page.locator("#editor")).toHaveAttribute("data-ready", "true");
}

async function selectInArticle(page: Page, passage: string): Promise<void> {
  await page.getByRole("textbox", { name: "Article text" }).evaluate((el, quote) => {
    const area = el as HTMLTextAreaElement;
    const start = area.value.indexOf(quote);
    if (start < 0) throw new Error(`not in the article: ${quote}`);
    area.focus();
    area.setSelectionRange(start, start + quote.length);
  }, passage);
  await page.getByRole("button", { name: "New feature from selection" }).click();
}

const form = (page: Page): Locator => page.locator("#editor-form");

/**
 * Clicks positions on the drawing map (fractions of its box, more than terra-draw's 40 px apart: a click nearer the
 * last position finishes the line), moves on as a hand would, then finishes with Enter.
 */
async function drawOnMap(page: Page, button: string, points: readonly [number, number][]): Promise<void> {
  await expect(page.locator("#editor-map")).toHaveAttribute("data-ready", "true");
  await form(page).getByRole("button", { name: button }).click();
  await page.locator("#editor-map").scrollIntoViewIfNeeded();
  const box = await page.locator("#editor-map canvas").boundingBox();
  if (!box) throw new Error("no map canvas");
  for (const [x, y] of points) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
    await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
  }
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2, { steps: 3 });
  await page.keyboard.press("Enter");
}

async function downloaded(download: Download): Promise<Record<string, string>> {
  const path = await download.path();
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

test("a new report becomes a valid story: places found and added, a claim and its denial, a drawn line and polygon, kept over a reload, downloaded, validated and rendered", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openEditor(page);
  await page
    .getByRole("textbox", { name: "Story title" })
    .fill("Convoys wait at Rafah as a corridor is claimed and denied");
  await expect(page.getByRole("textbox", { name: "Story id" })).toHaveValue("convoys-wait-at-rafah-as-a-corridor-is-claimed-and-denied"); // prettier-ignore
  await page.getByRole("textbox", { name: "Attribution" }).fill("Invented report for the editor's test");
  await page.getByRole("textbox", { name: "Published", exact: true }).fill("2026-11-30");
  await page.getByRole("textbox", { name: "How the date is known" }).fill("The test says so.");
  await page.getByRole("textbox", { name: "Article text" }).fill(REPORT);

  await page.getByRole("button", { name: "Find places" }).click();
  const suggested = page.getByRole("list", { name: "Suggested places" });
  await expect(suggested.getByRole("listitem").filter({ hasText: "Khan Yunis" })).toContainText(
    "found in the gazetteer",
  );
  await expect(suggested.getByRole("listitem").filter({ hasText: "al-Arish" })).toContainText("found in the gazetteer");
  // Bare "Rafah" names two places: listed with both, placed by neither until the journalist chooses.
  const unknown = suggested.getByRole("listitem").filter({ hasText: "Qantara Sharq" });
  await expect(unknown).toContainText("not in the gazetteer");
  await suggested.getByRole("button", { name: /^Add Khan Younis/ }).click();
  await suggested.getByRole("button", { name: /^Add El Arish/ }).click();
  await suggested.getByRole("button", { name: /^Add Rafah crossing/ }).click();
  const features = page.getByRole("list", { name: "Features" }).getByRole("listitem");
  await expect(features).toHaveCount(3);

  // A claim, drawn as a line along the coast road.
  await selectInArticle(
    page,
    "The army claimed it had cleared a corridor along the coast road south of Deir el-Balah.",
  );
  await form(page).getByLabel("Status", { exact: true }).selectOption("claimed");
  await form(page).getByRole("textbox", { name: "Who says so" }).fill("the army");
  await form(page).getByRole("textbox", { name: "Map label (short)" }).fill("Corridor claim");
  await drawOnMap(page, "Draw a line on the map", [
    [0.6, 0.3],
    [0.45, 0.5],
    [0.3, 0.75],
  ]);
  await expect(form(page).getByRole("textbox", { name: "Geometry" })).toHaveValue(/^LineString, 3 positions/);
  const claimId = await form(page).locator("h3").innerText();

  // Its denial, unlocated, related both ways.
  await selectInArticle(page, "The Gaza health ministry denied the claim.");
  await form(page).getByLabel("Status", { exact: true }).selectOption("denied");
  await form(page).getByRole("textbox", { name: "Who says so" }).fill("the Gaza health ministry");
  await form(page).getByLabel("Relation", { exact: true }).selectOption("denies");
  const claim = /“(.+)”/.exec(claimId)?.[1] ?? "";
  await form(page).getByLabel("To feature").selectOption(claim);
  await form(page).getByRole("button", { name: "Add relation" }).click();
  await expect(form(page)).toContainText(`denies ${claim}`);

  // A polygon, dated by a phrase of the text.
  await selectInArticle(page, "a field hospital opened west of the city on Sunday");
  await form(page).getByRole("textbox", { name: "Date phrase" }).fill("on Sunday");
  await form(page).getByRole("textbox", { name: "Date (resolved)" }).fill("2026-11-29");
  await form(page).getByRole("textbox", { name: "How the date was resolved" }).fill("The Sunday before the report.");
  await drawOnMap(page, "Draw a polygon on the map", [
    [0.5, 0.3],
    [0.75, 0.3],
    [0.75, 0.6],
    [0.5, 0.6],
  ]);
  await expect(form(page).getByRole("textbox", { name: "Geometry" })).toHaveValue(/^Polygon/);
  await expect(form(page).getByLabel("Precision", { exact: true })).toHaveValue("area-not-named");

  // A zone along the border, clipped to Egypt: the same derivation as data:derive (validate checks it below).
  await selectInArticle(page, "Cairo said it would keep a zone five kilometres deep along the border on its side.");
  await form(page).getByRole("spinbutton", { name: "Width (km)" }).fill("5");
  await form(page).getByRole("button", { name: "Make the zone" }).click();
  await expect(form(page).getByRole("textbox", { name: "Geometry" })).toHaveValue(/^(Multi)?Polygon/);
  await expect(form(page).getByLabel("Precision", { exact: true })).toHaveValue("area-not-named");

  await expect(page.locator("#editor-problems"), "every problem is listed here").toContainText("No problems");
  await expect(page.locator("#editor-preview .preview-map [data-feature]").first()).toBeAttached();

  // The draft survives a reload.
  await page.reload();
  await expect(page.locator("#editor")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("textbox", { name: "Article text" })).toHaveValue(REPORT);
  await expect(page.getByRole("list", { name: "Features" }).getByRole("listitem")).toHaveCount(7);

  // Download: the zip's story passes npm run validate, and the app built with it renders it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download story" }).click()]); // prettier-ignore
  const id = "convoys-wait-at-rafah-as-a-corridor-is-claimed-and-denied";
  expect(download.suggestedFilename()).toBe(`${id}.zip`);
  const files = await downloaded(download);
  expect(Object.keys(files).sort()).toEqual([`${id}/article.txt`, `${id}/features.geojson`, `${id}/story.json`]);
  const checkout = tempCheckout();
  try {
    const folder = join(checkout.dir, "data", "stories", id);
    mkdirSync(folder, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(checkout.dir, "data", "stories", name), content); // prettier-ignore
    const validate = spawnSync("npx", ["tsx", "scripts/validate.ts", folder], { cwd: checkout.dir, encoding: "utf8" });
    expect(validate.status, `${validate.stdout}\n${validate.stderr}`).toBe(0);
    const format = spawnSync("npx", ["prettier", "--check", folder], { cwd: checkout.dir, encoding: "utf8" });
    expect(format.status, `${format.stdout}\n${format.stderr}`).toBe(0);
    const built = checkout.build();
    expect(built.status, built.output).toBe(0);
    const served = await serveDirectory(join(checkout.dir, "dist"));
    try {
      const reader = await page.context().newPage();
      await reader.goto(`${served.url}stories/${id}/index.html`);
      await expect(reader.locator("#story-title")).toHaveText("Convoys wait at Rafah as a corridor is claimed and denied"); // prettier-ignore
      await expect(reader.locator("#feature-list li")).toHaveCount(7);
      await expect(reader.locator("#map .static-view-drawing [data-feature]").first()).toBeAttached();
      await reader.close();
    } finally {
      served.server.close();
    }
  } finally {
    checkout.remove();
  }
});

test("bad input gives a clear message at its field; nothing runs; the draft is kept", async ({ page }) => {
  test.setTimeout(120_000);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openEditor(page);
  await page.getByRole("button", { name: "New draft" }).click();
  const title = page.getByRole("textbox", { name: "Story title" });
  await title.fill('<img src=x onerror="alert(1)">Convoys');
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".field", { has: title })).toContainText("looks like HTML markup");
  await title.fill("x".repeat(300));
  await expect(page.locator(".field", { has: title })).toContainText("<=200 characters");
  await title.fill("A report with bad input");
  await page.getByRole("textbox", { name: "Published", exact: true }).fill("last Tuesday");
  const published = page.getByRole("textbox", { name: "Published", exact: true });
  await expect(page.locator(".field", { has: published })).toContainText("expected an ISO date");
  // An honest "undated": no date to be wrong about, and the field says nothing more.
  await page.getByRole("checkbox", { name: /^Undated/ }).check();
  await expect(published).toBeDisabled();
  await expect(published).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#editor-problems")).not.toContainText("published.date");
  await page.getByRole("textbox", { name: "Article text" }).fill(REPORT);
  await selectInArticle(page, "Relatives gathered in Qantara Sharq to wait for news.");
  const quote = page.getByRole("textbox", { name: "Quote (the passage, word for word)" });
  await quote.fill("Relatives gathered somewhere else.");
  await expect(page.locator(".field", { has: quote })).toContainText("quote not found");
  const phrase = page.getByRole("textbox", { name: "Date phrase" });
  await phrase.fill("on Friday");
  await expect(page.locator(".field", { has: phrase })).toContainText('the phrase "on Friday" is not in article.txt'); // prettier-ignore

  // An unclosed polygon, cancelled: the geometry stays as it was, and the form says so.
  await expect(page.locator("#editor-map")).toHaveAttribute("data-ready", "true");
  await form(page).getByRole("button", { name: "Draw a polygon on the map" }).click();
  await page.locator("#editor-map").scrollIntoViewIfNeeded();
  const box = await page.locator("#editor-map canvas").boundingBox();
  if (!box) throw new Error("no map canvas");
  await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.4);
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.4);
  await page.keyboard.press("Escape");
  await expect(form(page)).toContainText("cancelled before it was finished: the feature's geometry is unchanged");
  await expect(form(page).getByRole("textbox", { name: "Geometry" })).toHaveValue("none (unlocated)");

  // A huge article: named at the article's field, and kept.
  const huge = "Rafah. ".repeat(300_000);
  await page.getByRole("textbox", { name: "Article text" }).fill(huge);
  await expect(page.locator(".field", { has: page.getByRole("textbox", { name: "Article text" }) })).toContainText("file is too large"); // prettier-ignore
  // The draft is stored before the page is left (writing 2 MB takes a moment).
  await expect(page.locator("#editor-status")).not.toHaveAttribute("data-saving", "true");
  await expect(page.locator("#editor-status")).toContainText("Saved as a draft");
  await page.reload();
  await expect(page.locator("#editor")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("textbox", { name: "Article text" })).toHaveValue(huge);
  await expect(page.getByRole("textbox", { name: "Story title" })).toHaveValue("A report with bad input");
  expect(dialogs).toBe(0);
  expect(await page.locator("#editor img").count()).toBe(0);
});

test("the shipped story, opened and downloaded without edits, gives back the repository's files", async ({ page }) => {
  await openEditor(page);
  const dir = "data/stories/rafah-april-2024";
  await page.getByLabel("Open story (zip or its three files)").setInputFiles(["article.txt", "story.json", "features.geojson"].map((f) => join(dir, f))); // prettier-ignore
  await expect(page.getByRole("textbox", { name: "Story id" })).toHaveValue("rafah-april-2024");
  await expect(page.locator("#editor-problems [role=status]")).toHaveText(/0 errors/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download story" }).click()]); // prettier-ignore
  const files = await downloaded(download);
  for (const name of ["article.txt", "story.json", "features.geojson"]) {
    expect(files[`rafah-april-2024/${name}`], name).toBe(readFileSync(join(dir, name), "utf8"));
  }
  // A zip opens too, and its story is the same.
  const work = mkdtempSync(join(tmpdir(), "rafah-zip-"));
  try {
    const zip = join(work, "rafah-april-2024.zip");
    await download.saveAs(zip);
    await page.getByLabel("Open story (zip or its three files)").setInputFiles(zip);
    await expect(page.getByRole("list", { name: "Features" }).getByRole("listitem")).toHaveCount(23);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("axe finds nothing in the editor, and a point feature can be written with the keyboard alone", async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole("button", { name: "New draft" }).click();
  const results = await new AxeBuilder({ page }).include("#editor").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  const article = page.getByRole("textbox", { name: "Article text" });
  await article.focus();
  await page.keyboard.insertText("Trucks queued at the Rafah crossing.");
  // Select the whole sentence with the keyboard, then make a feature of it.
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Tab"); // Find places
  await page.keyboard.press("Tab"); // New feature from selection
  await expect(page.getByRole("button", { name: "New feature from selection" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Features" }).getByRole("listitem")).toHaveCount(1);
  await form(page).getByRole("textbox", { name: "Longitude" }).focus();
  await page.keyboard.insertText("34.2413");
  await page.keyboard.press("Tab");
  await page.keyboard.insertText("31.2234");
  await page.keyboard.press("Tab");
  await form(page).getByLabel("Precision", { exact: true }).focus();
  await page.keyboard.press("ArrowUp"); // from "unlocated" to "off-map"
  await page.keyboard.press("ArrowUp"); // "area-not-named"
  await page.keyboard.press("ArrowUp"); // "area"
  await page.keyboard.press("ArrowUp"); // "approximate"
  await expect(form(page).getByLabel("Precision", { exact: true })).toHaveValue("approximate");
  await expect(form(page).getByRole("textbox", { name: "Geometry" })).toHaveValue("Point, 1 position");
  // Undo and redo, step by step, by keyboard too.
  await page.getByRole("button", { name: "Undo" }).focus();
  await page.keyboard.press("Enter"); // the precision back to "area"
  await expect(form(page).getByLabel("Precision", { exact: true })).toHaveValue("area");
  await page.getByRole("button", { name: "Redo" }).focus();
  await page.keyboard.press("Enter");
  await expect(form(page).getByLabel("Precision", { exact: true })).toHaveValue("approximate");
  const after = await new AxeBuilder({ page }).include("#editor").analyze();
  expect(after.violations.map((v) => v.id)).toEqual([]);
});
