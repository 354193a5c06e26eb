/**
 * The PDF briefing pack, opened with poppler's tools as an analyst's reader would open it: page count and size, the
 * text (selectable: the title, the OSM credit on every page, the selected feature's full quote), the fonts
 * embedded, no raster image on a map page (the map is vector paths), the document's metadata; from the export
 * panel and from the command line (two views); the same state gives the same text.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, INTERNAL, test, waitForReady } from "./fixtures.ts";

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

function pages(pdf: string): string[] {
  return run("pdftotext", "-layout", pdf, "-").split("\f").slice(0, -1);
}

function info(pdf: string): Record<string, string> {
  return Object.fromEntries(
    run("pdfinfo", pdf)
      .split("\n")
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

const flat = (s: string) => s.replace(/\s+/g, " ");

test("the export panel makes an A4 pack of the view on screen: vector map, quotes in full, fonts embedded, credits on every page", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("./#view=border&feature=green-light-denied");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Export" }).click();
  await page.getByLabel("Format").selectOption("pdf");
  await page.getByLabel("Size").selectOption("a4");
  await page.getByLabel("Title").fill("Briefing: the border strip");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("briefing-the-border-strip-a4.pdf");
  const pdf = await download.path();
  const meta = info(pdf);
  expect(meta["Page size"]).toBe("841.89 x 595.28 pts (A4)");
  expect(meta.Title).toBe("Briefing: the border strip");
  expect(meta.Author).toBeTruthy();
  const text = pages(pdf);
  expect(text.length).toBe(Number(meta.Pages));
  expect(text.length).toBeGreaterThanOrEqual(2);
  expect(flat(text[0] ?? "")).toContain("Briefing: the border strip");
  for (const [i, p] of text.entries()) expect(flat(p), `page ${String(i + 1)}`).toContain("© OpenStreetMap contributors (ODbL)"); // prettier-ignore
  const story = JSON.parse(readFileSync("data/stories/rafah-april-2024/features.geojson", "utf8")) as { features: { id: string; properties: { anchors: { exact: string }[] } }[] }; // prettier-ignore
  const quote = story.features.find((f) => f.id === "green-light-denied")?.properties.anchors[0]?.exact ?? "none";
  const quotes = flat(text.slice(1).join(" "));
  expect(quotes).toContain("Quotes and sources");
  expect(quotes).toContain(flat(quote));
  expect(quotes).toMatch(/Denied by two U\.S\. officials/);
  for (const [i, p] of text.entries()) expect(flat(p), `page ${String(i + 1)}`).not.toMatch(INTERNAL);
  // Fonts embedded (Noto Sans), and no picture larger than an icon on the map page.
  const fonts = run("pdffonts", pdf)
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "");
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) {
    expect(line).toMatch(/^Noto Sans\s/);
    expect(line).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/); // emb = yes
  }
  const images = run("pdfimages", "-f", "1", "-l", "1", "-list", pdf)
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "");
  for (const line of images) {
    const [, , , width, height] = line.trim().split(/\s+/);
    expect(Math.max(Number(width), Number(height)), line).toBeLessThanOrEqual(64);
  }
});

test("the command line writes one Letter pack for two views; the same state gives the same text", () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "rafah-pdf-"));
  const make = (out: string) =>
    execFileSync("npx", ["tsx", "scripts/snapshot.ts", "--view", "rafah,border", "--format", "pdf", "--size", "letter", "--out", out], { encoding: "utf8" }); // prettier-ignore
  expect(make(join(dir, "pack.pdf"))).toMatch(/wrote .*pack\.pdf \(2 map pages and the quotes pages\)/);
  const meta = info(join(dir, "pack.pdf"));
  expect(meta["Page size"]).toMatch(/^792 x 612 pts/);
  const text = pages(join(dir, "pack.pdf"));
  expect(flat(text[0] ?? "")).toContain("Rafah");
  const border = text.findIndex((p) => flat(p).includes("Border strip:") && !flat(p).includes("footnotes, continued"));
  const quotesAt = text.findIndex((p) => p.trimStart().startsWith("Quotes and sources"));
  expect(border).toBeGreaterThan(0);
  expect(quotesAt).toBeGreaterThan(border);
  // Every numbered footnote of each view is in the pack's pages of that view (its map page, then where it
  // continues): none is dropped. The quotes pages give how many each view has.
  const quotes = flat(text.slice(quotesAt).join(" "));
  for (const [view, from, to] of [
    ["Rafah", 0, border],
    ["Border strip", border, quotesAt],
  ] as const) {
    const section = quotes.slice(quotes.indexOf(`${view} (map on page`));
    const count = Math.max(...[...section.slice(0, section.indexOf("(map on page", 20) > 0 ? section.indexOf("(map on page", 20) : undefined).matchAll(/ (\d+)\. /g)].map((m) => Number(m[1]))); // prettier-ignore
    const numbered = new Set(
      [...flat(text.slice(from, to).join(" ")).matchAll(/(?:^| )(\d+)\. “/g)].map((m) => Number(m[1])),
    );
    for (let n = 1; n <= count; n++) expect(numbered.has(n), `${view}: footnote ${String(n)}`).toBe(true);
    // Quotes typeset once: never a doubled opening mark.
    expect(flat(text.slice(from, to).join(" "))).not.toMatch(/“["“]/);
  }
  for (const [i, p] of text.entries()) expect(flat(p), `page ${String(i + 1)}`).not.toMatch(INTERNAL);
  make(join(dir, "again.pdf"));
  expect(pages(join(dir, "again.pdf"))).toEqual(text);
  let status = 0;
  try {
    execFileSync("npx", ["tsx", "scripts/snapshot.ts", "--format", "pdf", "--size", "square", "--out", join(dir, "x.pdf")], { stdio: "pipe" }); // prettier-ignore
  } catch (error) {
    status = (error as { status: number }).status;
  }
  expect(status).toBe(2);
});
