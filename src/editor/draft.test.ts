import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { featureFromPlace, featureFromSelection, relate, suggestAttribution, withDrawnGeometry } from "./features.ts";
import { migrateDraft, newDraft, setPath, storyIdFromTitle, type Draft } from "./draft.ts";
import { fieldKeys } from "./field-problems.ts";
import { formattedFiles } from "./format.ts";
import { draftToFiles, filesToDraft } from "./story-files.ts";
import { readStoryZip, storyZip } from "./zip.ts";
import { validateDraft } from "./session.ts";

const DIR = "data/stories/rafah-april-2024";
const repoFiles = () => ({
  article: readFileSync(`${DIR}/article.txt`, "utf8"),
  story: readFileSync(`${DIR}/story.json`, "utf8"),
  features: readFileSync(`${DIR}/features.geojson`, "utf8"),
});
const NOW = new Date("2026-12-02T10:00:00Z");

function draftWith(article: string): Draft {
  const d = newDraft("k", NOW);
  return { ...d, article, story: { ...d.story, id: "t", title: "T", outlet: { name: null, attribution: "A", note: "" }, published: { date: "2026-11-30", method: "m", sources: [] } } }; // prettier-ignore
}

describe("drafts", () => {
  it("derives a story id from a title", () => {
    expect(storyIdFromTitle("Convoys wait at Rafah — Khān Yūnis, 30 Nov!")).toBe(
      "convoys-wait-at-rafah-khan-yunis-30-nov",
    );
  });

  it("sets and removes values by path without touching the original", () => {
    const a = { x: { y: [1, 2] } };
    expect(setPath(a, ["x", "y", 1], 5)).toEqual({ x: { y: [1, 5] } });
    expect(setPath(a, ["x", "y"], undefined)).toEqual({ x: {} });
    expect(a).toEqual({ x: { y: [1, 2] } });
  });

  it("migrates a format-1 draft and refuses an unknown format with a message", () => {
    const old = { format: 1, key: "d1", updated: "2026-01-01T00:00:00Z", article: "A", story: { id: "s" }, collection: { features: [{ id: "f" }] } }; // prettier-ignore
    const migrated = migrateDraft(old);
    expect("draft" in migrated && migrated.draft.features).toEqual([{ id: "f" }]);
    expect(migrateDraft({ format: 9, key: "d9" })).toEqual({ error: 'draft "d9" is in format 9, which this editor does not know' }); // prettier-ignore
    expect(migrateDraft({ format: 2, key: "d2", article: 3 })).toHaveProperty("error");
  });
});

describe("features", () => {
  const article = "Trucks waited at the Rafah crossing, two officials said. The army denied it.";

  it("anchors a place to its passage with the same anchoring as story:anchor, and a claim and denial both ways", () => {
    let d = draftWith(article);
    const place = { ref: "gazetteer:rafah-crossing", name: "Rafah crossing", lon: 34.2413, lat: 31.2234, precision: { type: "approximate", radiusM: 300, note: "n" } }; // prettier-ignore
    const added = featureFromPlace(d, place, { start: 0, end: 56 });
    d = added.draft;
    const claim = d.features[0];
    expect(claim?.properties).toMatchObject({ attributedTo: "two officials", anchors: [{ exact: article.slice(0, 56), start: 0, end: 56 }] }); // prettier-ignore
    const denial = featureFromSelection(d, 57, article.length);
    d = relate(denial.draft, denial.id, "denies", added.id);
    expect(d.features[1]?.properties).toMatchObject({ related: [{ id: added.id, relation: "denies" }] });
    expect(d.features[0]?.properties).toMatchObject({ related: [{ id: denial.id, relation: "denied-by" }] });
    d = withDrawnGeometry(d, denial.id, { type: "Polygon", coordinates: [[[34.2, 31.2], [34.3, 31.2], [34.3, 31.3], [34.2, 31.2]]] }); // prettier-ignore
    expect(d.features[1]?.properties).toMatchObject({ precision: { type: "area-not-named" } });
    expect(validateDraft(d).problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("suggests who says so from the passage", () => {
    expect(suggestAttribution("Aid arrived, according to the UN agency.")).toBe("the UN agency");
    expect(suggestAttribution("Nothing attributes this.")).toBe("the report");
  });

  it("sends a validator problem to the nearest control", () => {
    expect(fieldKeys({ severity: "error", file: "s/features.geojson", featureId: "f", field: "features[2].properties.anchors[0]", message: "" })).toEqual(["feature:f:properties.anchors[0]", "feature:f:properties.anchors", "feature:f:properties", "feature:f:"]); // prettier-ignore
    expect(fieldKeys({ severity: "error", file: "s/story.json", field: "published.date", message: "" })).toEqual(["story:published.date", "story:published"]); // prettier-ignore
  });
});

describe("files", () => {
  it("opens the shipped story and gives back its files, byte for byte, formatted as the repository's formatter does", async () => {
    const opened = filesToDraft(repoFiles(), "k", NOW);
    if (!("draft" in opened)) throw new Error(opened.errors.join("; "));
    expect(await formattedFiles(opened.draft)).toEqual(repoFiles());
  });

  it("says which file cannot be read, and opens nothing", () => {
    const bad = filesToDraft({ ...repoFiles(), features: "{ nope" }, "k", NOW);
    expect("errors" in bad && bad.errors[0]).toMatch(/^features\.geojson: .*line 1/);
    expect(filesToDraft({ article: "x" }, "k", NOW)).toEqual({ errors: ["story.json is missing", "features.geojson is missing"] }); // prettier-ignore
  });

  it("zips a story folder and reads it back; the same story gives the same bytes", () => {
    const files = draftToFiles(draftWith("Text."));
    const zip = storyZip("t", files);
    expect(storyZip("t", files)).toEqual(zip);
    expect(readStoryZip(zip)).toEqual({ files, ignored: [] });
    expect(() => readStoryZip(new Uint8Array([1, 2, 3]))).toThrow(/not a zip file/);
  });
});
