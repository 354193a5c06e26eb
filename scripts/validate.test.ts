import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseViews } from "../src/model/views.ts";
import viewsJson from "../data/views.json";
import { validateStory } from "../src/model/validate.ts";
import { formatProblem } from "../src/model/problems.ts";
import { baseFiles, MALFORMED } from "../e2e/fixtures/malformed.ts";
import { validateDir } from "./validate.ts";
import { loadSources } from "./stories/derive.ts";

const sharedViews = parseViews(viewsJson).views;
const check = (files: ReturnType<typeof baseFiles>) =>
  validateStory(files, { dirName: "fixture-el-arish", sharedViews });

describe("validateStory on the fixture story", () => {
  it("accepts it and builds a frozen model with every anchor resolved", () => {
    const { story, problems } = check(baseFiles());
    expect(problems).toEqual([]);
    expect(story?.features.map((f) => f.id)).toEqual([
      "convoy-el-arish",
      "coast-road",
      "road-closed-denied",
      "crossing-area",
    ]);
    expect(Object.isFrozen(story?.features[0]?.properties)).toBe(true);
    const f = story?.features[0];
    expect(story?.article.slice(f?.passages[0]?.start, f?.passages[0]?.end)).toBe(
      "a relief convoy waited in El Arish for two days",
    );
    expect(story?.views.defaultId).toBe("el-arish-coast");
    expect(story?.views.views.map((v) => v.id)).toEqual(["el-arish-coast", "region"]);
  });

  it("re-anchors by quote when the text moved, with a warning and no error", () => {
    const files = baseFiles();
    const { story, problems } = check({ ...files, article: `Editor's note: updated.\n\n${files.article}` });
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(problems.map(formatProblem).join("\n")).toMatch(/re-anchored by quote from 43–90 to 68–115/);
    const f = story?.features[0];
    expect(story?.article.slice(f?.passages[0]?.start, f?.passages[0]?.end)).toBe(
      "a relief convoy waited in El Arish for two days",
    );
  });
});

describe(`validateStory rejects ${MALFORMED.length} malformed stories with precise messages`, () => {
  it("has at least 15 cases", () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of MALFORMED) {
    it(c.name, () => {
      const { story, problems } = check(c.make(baseFiles()));
      expect(story).toBeNull();
      const lines = problems.map(formatProblem);
      for (const pattern of c.expect)
        expect(
          lines.some((l) => pattern.test(l)),
          `${pattern}\n${lines.join("\n")}`,
        ).toBe(true);
      for (const pattern of c.absent ?? []) expect(lines.filter((l) => pattern.test(l))).toEqual([]);
    });
  }

  it("lists every problem at once, not only the first", () => {
    const broken = MALFORMED.filter((c) => ["wrong-type", "dangling-relation", "invalid-date"].includes(c.name)).reduce(
      (files, c) => c.make(files),
      baseFiles(),
    );
    const lines = check(broken).problems.map(formatProblem);
    expect(lines.filter((l) => l.startsWith("error:")).length).toBeGreaterThanOrEqual(3);
  });

  it("keeps markup in strings as data: a story with HTML in every string is valid", () => {
    const files = baseFiles();
    const hostile = files.features.replace(/"title": "([^"]*)"/g, '"title": "<img src=x onerror=alert(1)> $1"');
    const { story, problems } = check({ ...files, features: hostile });
    // Valid, with a warning at each title that it is shown as text.
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.severity).toBe("warning");
      expect(p.field).toMatch(/^features\[\d+\]\.properties\.title$/);
      expect(p.message).toBe("looks like HTML markup: it is shown as plain text, never run");
    }
    expect(story?.features[0]?.properties.title).toMatch(/^<img src=x onerror=alert\(1\)>/);
  });
});

describe("the shipped stories", () => {
  it("validate, with derived geometries as the derive script makes them", () => {
    const problems = validateDir("data/stories/rafah-april-2024", loadSources());
    // Nevatim, where Iran's attack was aimed, is outside the default (border) view: a warning, not an error.
    expect(problems.map(formatProblem)).toEqual([
      'warning: data/stories/rafah-april-2024/features.geojson feature "iran-attack-nevatim" features[3].geometry: lies outside the default view "border": a reader opening the map will not see it (choose another default view, or make it off-map)',
    ]);
  });
});

describe("npm run validate (command line)", () => {
  it("passes on the shipped stories and fails with named problems on malformed ones, exiting non-zero", () => {
    const out = execFileSync("npx", ["tsx", "scripts/validate.ts"], { encoding: "utf8" });
    expect(out).toMatch(/data\/stories\/rafah-april-2024: valid/);

    const root = mkdtempSync(join(tmpdir(), "rafah-malformed-"));
    const dirs = MALFORMED.map((c) => {
      const dir = join(root, "fixture-el-arish-" + c.name, "fixture-el-arish");
      mkdirSync(dir, { recursive: true });
      const files = c.make(baseFiles());
      writeFileSync(join(dir, "story.json"), files.story);
      writeFileSync(join(dir, "features.geojson"), files.features);
      writeFileSync(join(dir, "article.txt"), files.article);
      return dir;
    });
    let status = 0;
    let output = "";
    try {
      execFileSync("npx", ["tsx", "scripts/validate.ts", ...dirs], { encoding: "utf8" });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      output = e.stdout;
    }
    expect(status).toBe(1);
    for (const c of MALFORMED) {
      for (const pattern of c.expect) {
        const source = pattern.source.replace(/^error: /, "");
        expect(output, c.name).toMatch(new RegExp(source));
      }
    }
    expect(output).toMatch(new RegExp(`${MALFORMED.length} stories`));
  }, 60_000);
});

describe("an undated report", () => {
  it("is valid with published.date null and a method saying so; its byline, credits and time extent say undated", async () => {
    const { bylineText, creditsText } = await import("../src/panels/credits.ts");
    const { deriveFacts } = await import("../src/model/derived.ts");
    const files = baseFiles();
    const story = JSON.parse(files.story) as { published: { date: string | null; method: string } };
    story.published = { ...story.published, date: null, method: "The text carries no date; it retells events of April 2024." }; // prettier-ignore
    const result = check({ ...files, story: JSON.stringify(story) });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    if (!result.story) throw new Error("no story");
    expect(result.story.published).toBeNull();
    expect(bylineText(result.story)).toMatch(/Undated: the text carries no date\.$/);
    expect(creditsText(result.story)).toMatch(/published undated · As of \d{4}-\d{2}-\d{2}$/);
    // The features' own dates still make the timeline.
    expect(deriveFacts(result.story).timeExtent).not.toBeNull();
  });
});
