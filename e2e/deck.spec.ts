/**
 * The PowerPoint deck, opened as a file: from the export panel (the view on screen, a selected feature) and from
 * the command line (three views in one deck). Each unzips to one slide per view and a slide of sources, with the
 * numbered quotes and their sources in the speaker notes, the title as editable text and the OSM credit; the same
 * state gives the same slides.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { expect, INTERNAL, test, waitForReady } from "./fixtures.ts";

interface Deck {
  readonly slides: string[];
  readonly notes: string[];
  readonly media: string[];
  readonly files: Record<string, Uint8Array>;
}

/** The text of an OOXML part (its <a:t> runs, one line each). */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => (m[1] ?? "").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).join("\n"); // prettier-ignore

function openDeck(path: string): Deck {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const numbered = (prefix: string) =>
    Object.keys(files)
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
      .map((n) => textOf(strFromU8(files[n] ?? new Uint8Array())));
  return { slides: numbered("ppt/slides/slide"), notes: numbered("ppt/notesSlides/notesSlide"), media: Object.keys(files).filter((n) => n.startsWith("ppt/media/")), files }; // prettier-ignore
}

test("the export panel makes a deck of the view on screen: the title as text, the quotes and the credit in the notes", async ({
  page,
}) => {
  await page.goto("./#view=border&feature=green-light-denied");
  await waitForReady(page);
  await page.locator("summary", { hasText: "Export" }).click();
  await page.getByLabel("Format").selectOption("pptx");
  await expect(page.getByLabel("Size")).toBeDisabled();
  await page.getByLabel("Title").fill("Briefing: the border strip");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  const deck = openDeck(await download.path());
  expect(deck.slides).toHaveLength(2);
  expect(deck.slides[0]).toContain("Briefing: the border strip");
  expect(deck.slides[0]).toContain("© OpenStreetMap contributors (ODbL)");
  expect(deck.slides[1]).toContain("Sources and credits");
  expect(deck.media.some((m) => m.endsWith(".png"))).toBe(true);
  // The selected feature's whole passage, who says so, and the credit, in the speaker notes.
  const story = JSON.parse(readFileSync("data/stories/rafah-april-2024/features.geojson", "utf8")) as { features: { id: string; properties: { anchors: { exact: string }[] } }[] }; // prettier-ignore
  const denial = story.features.find((f) => f.id === "green-light-denied");
  expect(deck.notes[0]).toContain(denial?.properties.anchors[0]?.exact ?? "no quote");
  expect(deck.notes[0]).toMatch(/Denied by /);
  expect(deck.notes[0]).toContain("© OpenStreetMap contributors (ODbL)");
  await expect(page.locator(".export-status")).toContainText("PowerPoint");
});

test("the command line writes one deck for three views, the same slides every time", () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "rafah-deck-"));
  const make = (out: string) =>
    execFileSync("npx", ["tsx", "scripts/snapshot.ts", "--view", "rafah,border,sinai", "--format", "pptx", "--out", out], { encoding: "utf8" }); // prettier-ignore
  expect(make(join(dir, "brief.pptx"))).toMatch(/wrote .*brief\.pptx \(3 view slides and a slide of sources\)/);
  const deck = openDeck(join(dir, "brief.pptx"));
  // A slide per view, each followed by a slide where its footnotes continue when the picture has no room for them
  // all (none is dropped), and a slide of sources.
  const views = deck.slides.map((slide, i) => ({ slide, i })).filter(({ slide }) => !slide.includes("footnotes, continued") && !slide.startsWith("Sources and credits")); // prettier-ignore
  expect(views.map(({ slide }) => slide.split("\n")[1])).toEqual(["Rafah", "Border strip", "Northern Sinai"]);
  expect(deck.slides.at(-1)).toMatch(/^Sources and credits/);
  expect(deck.notes).toHaveLength(deck.slides.length);
  for (const { slide, i } of views) {
    const notes = deck.notes[i] ?? "";
    expect(notes, slide).toMatch(/^\[1\] /);
    expect(notes).toContain("© OpenStreetMap contributors (ODbL)");
    const numbered = [...notes.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1]));
    expect(numbered).toEqual(numbered.map((_, k) => k + 1)); // every marker in full, in order
    const next = deck.slides[i + 1] ?? "";
    if (next.includes("footnotes, continued")) {
      const continued = [...next.matchAll(/^(\d+)\. “/gm)].map((m) => Number(m[1]));
      expect(continued.length).toBeGreaterThan(0);
      expect(continued.at(-1)).toBe(numbered.at(-1)); // the picture's footnotes, then these: to the last one
    }
  }
  // Sources in words: no source id, no precision key, no repository path, anywhere in the deck.
  expect(deck.slides.at(-1)).toContain("Rafah: Wikipedia, “Rafah”");
  for (const text of [...deck.slides, ...deck.notes]) {
    expect(text).not.toMatch(INTERNAL);
  }
  // Each view's picture fills the slide's picture room at 2x (its PNG header's width and height).
  const sizes = deck.media
    .filter((m) => m.endsWith(".png"))
    .map((m) => {
      const png = deck.files[m] ?? new Uint8Array(24);
      const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
      return [view.getUint32(16), view.getUint32(20)];
    });
  expect(sizes).toEqual([
    [2424, 1152],
    [2424, 1152],
    [2424, 1152],
  ]);
  // Deterministic: the slides and notes are the same again (the package's dates aside).
  make(join(dir, "again.pptx"));
  const again = openDeck(join(dir, "again.pptx"));
  expect(again.slides).toEqual(deck.slides);
  expect(again.notes).toEqual(deck.notes);
  expect(again.media.map((m) => again.files[m])).toEqual(deck.media.map((m) => deck.files[m]));
});
