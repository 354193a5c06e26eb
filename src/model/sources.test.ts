import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { resolveSource } from "./sources.ts";

describe("resolveSource(ref)", () => {
  it("says a gazetteer site as its name and the public source the gazetteer cites", () => {
    expect(resolveSource("gazetteer:rafah-crossing")).toBe("Rafah crossing: Wikipedia, “Rafah Border Crossing”");
    expect(resolveSource("gazetteer:khan-younis")).toBe("Khan Younis: GeoNames, place 281124");
  });
  it("says a basemap land or border as what it is and where it comes from, with the OSM credit", () => {
    expect(resolveSource("basemap:land#EGY")).toMatch(/^The outline of Egypt: © OpenStreetMap contributors \(ODbL\)/);
    expect(resolveSource("basemap:borders#egypt-gaza")).toMatch(/^The Egypt–Gaza border: the shared edge/);
  });
  it("says a publication of data/sources.json with its title, publisher and date", () => {
    expect(resolveSource("source:treaty-1979-annex-i")).toMatch(/^Treaty of Peace .*Annex I.*, 1979-03-26$/);
  });
  it("keeps a source named in words, and refuses an unknown id or a repository path", () => {
    expect(resolveSource("the report")).toBe("The report");
    expect(resolveSource("gazetteer:atlantis")).toBeNull();
    expect(resolveSource("basemap:land#XYZ")).toBeNull();
    expect(resolveSource("source:nowhere")).toBeNull();
    expect(resolveSource("shared/facts/gazetteer.md")).toBeNull();
  });
});

describe("the data files", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? files(path) : /\.(json|geojson|txt)$/.test(f) ? [path] : [];
    });
  it("name no path outside the repository (the fact sheet is cited by the public sources it names)", () => {
    for (const file of files("data")) expect(readFileSync(file, "utf8"), file).not.toMatch(/shared\//);
  });
});
