import { describe, expect, it } from "vitest";
import { legendRows } from "./rows.ts";
import { firstStory } from "../../../test/fixtures.ts";

describe("legendRows(features, hidden, within)", () => {
  const story = firstStory();
  it("lists the statuses drawn, how precision and shared places are drawn, then the basemap's symbols", () => {
    const labels = legendRows(story.features, []).map((r) => r.short);
    expect(labels.slice(0, 6)).toEqual(["Reported", "Claimed", "Denied", "Stated", "Planned", "Context"]);
    expect(labels).toContain("Several statements here");
    expect(labels).toContain("About a border or territory");
  });
  it("lists only what has a position in the exported view", () => {
    // Around Nevatim only: one reported, approximate point.
    const rows = legendRows(story.features, [], [34.9, 31.1, 35.1, 31.3]).filter((r) => r.story);
    expect(rows.map((r) => r.short)).toEqual(["Reported", "May be anywhere here"]);
  });
  it("drops the rows of hidden groups and, with the labels, the basemap's markers", () => {
    const rows = legendRows(story.features, ["claims", "labels"]).map((r) => r.short);
    expect(rows).not.toContain("Denied");
    expect(rows).not.toContain("Border crossing");
  });
});
