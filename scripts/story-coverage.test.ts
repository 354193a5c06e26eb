/** The first story covers what the report places or dates (issue's coverage list), with honest geometry. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import viewsJson from "../data/views.json";
import { parseViews } from "../src/model/views.ts";
import { validateStory } from "../src/model/validate.ts";
import { occurrences } from "../src/model/anchor.ts";

const dir = "data/stories/rafah-april-2024";
const read = (f: string) => readFileSync(`${dir}/${f}`, "utf8");
const article = read("article.txt");
const { story } = validateStory(
  { story: read("story.json"), features: read("features.geojson"), article },
  { dirName: "rafah-april-2024", sharedViews: parseViews(viewsJson).views },
);
if (!story) throw new Error("the first story must validate");
const byId = new Map(story.features.map((f) => [f.id, f]));
const get = (id: string) => {
  const f = byId.get(id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};

describe("the first story", () => {
  it("is the shared article, verbatim", () => {
    // SHA-256 of shared/story/article.txt as handed to the project; compared with the file itself where it is.
    expect(
      createHash("sha256")
        .update(readFileSync(`${dir}/article.txt`))
        .digest("hex"),
    ).toBe("d4fa09893cad1ead466ab7cd62b0e3b85469cc29bc92b8d8157ee0b3f7ea4705");
    if (existsSync("../shared/story/article.txt")) {
      expect(article).toBe(readFileSync("../shared/story/article.txt", "utf8"));
    }
  });

  it("resolves every anchor to exactly one passage", () => {
    for (const f of story.features) {
      f.properties.anchors.forEach((a, i) => {
        expect(f.passages[i], `${f.id} anchor ${i}`).toEqual({ start: a.start, end: a.end });
        const withContext = occurrences(article, a.prefix + a.exact + a.suffix);
        expect(withContext.length, `${f.id} anchor ${i}`).toBe(1);
      });
    }
  });

  it("anchors every sentence of the article (each one places or dates something)", () => {
    // Mask the abbreviations' full stops (same length) so that they do not end sentences.
    const masked = article.replace(/\b(Dr|U\.S)\./g, (m) => m.replace(/\./g, "_"));
    const sentences = [...masked.matchAll(/[^.!?\n]+(?:[.!?]["”]?|$)/g)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0].trim() }))
      .filter((s) => s.text.length > 20);
    expect(sentences.length).toBeGreaterThan(15);
    for (const s of sentences) {
      const covered = story.features.some((f) => f.passages.some((p) => p.start < s.end && p.end > s.start));
      expect(covered, s.text).toBe(true);
    }
  });

  it("covers the report's positions and events with their status and attribution", () => {
    const expected: [string, string, RegExp][] = [
      ["virtual-meeting-thursday", "reported", /two U\.S\. officials/],
      ["iran-attack-nevatim", "reported", /report/],
      ["iran-attack-origin", "reported", /report/],
      ["concern-civilian-casualties", "stated", /officials/],
      ["in-person-meeting-postponed", "reported", /two U\.S\. officials/],
      ["working-groups", "reported", /officials/],
      ["idf-plan-gradual-operation", "planned", /a U\.S\. official/],
      ["green-light-denied", "denied", /U\.S\. officials/],
      ["new-arab-claim", "claimed", /The New Arab, citing a senior official/],
      ["egypt-forces-northern-sinai", "reported", /The New Arab/],
      ["border-strip-14-km", "reported", /The New Arab/],
      ["salama-buffer-zones", "stated", /Dr\. Ayman Salama/],
      ["treaty-zone-c", "context", /Annex I/],
      ["treaty-zone-d", "context", /Annex I/],
      ["egypt-israel-border", "stated", /report/],
      ["evacuate-before-crossings-close", "claimed", /Egyptian military officials/],
      ["humanitarian-situation-gaza", "stated", /a U\.S\. official/],
      ["biden-warning", "reported", /a U\.S\. official/],
    ];
    for (const [id, status, who] of expected) {
      expect(get(id).properties.status, id).toBe(status);
      expect(get(id).properties.attributedTo, id).toMatch(who);
    }
  });

  it("links the claim and its denial both ways", () => {
    expect(get("green-light-denied").properties.related).toContainEqual({ id: "new-arab-claim", relation: "denies" });
    expect(get("new-arab-claim").properties.related).toContainEqual({
      id: "green-light-denied",
      relation: "denied-by",
    });
  });

  it("resolves the text's relative dates with their method", () => {
    const when = (id: string) => get(id).properties.when;
    expect(when("virtual-meeting-thursday")).toMatchObject({ phrase: "on Thursday", resolved: "2024-04-18" });
    expect(when("iran-attack-nevatim")).toMatchObject({ phrase: "last weekend", resolved: "2024-04-13/2024-04-14" });
    expect(when("biden-warning")).toMatchObject({ phrase: "two weeks ago", resolved: "2024-04-04" });
    for (const f of story.features) if (f.properties.when) expect(f.properties.when.method.length).toBeGreaterThan(10);
  });

  it("draws what the report does not name precisely as approximate, never as a confident outline", () => {
    for (const id of ["idf-plan-gradual-operation", "possible-operation-rafah", "rafah-civilians"]) {
      expect(get(id).properties.precision.type, id).toBe("area-not-named");
    }
    for (const id of ["treaty-zone-c", "treaty-zone-d", "egypt-forces-northern-sinai"]) {
      expect(get(id).properties.precision.type, id).toBe("approximate");
      expect(get(id).properties.derivation?.method, id).toBe("buffer");
    }
    expect(get("working-groups").geometry).toBeNull();
    for (const id of ["virtual-meeting-thursday", "iran-attack-origin", "biden-warning"]) {
      expect(get(id).properties.precision.type, id).toBe("off-map");
    }
  });

  it("records a source for every geometry", () => {
    for (const f of story.features) {
      expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
      if (f.geometry) expect(f.properties.derivation, f.id).toBeDefined();
    }
  });
});
