import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import viewsJson from "../../data/views.json";
import { parseViews } from "./views.ts";
import { validateStory } from "./validate.ts";
import { deriveFacts } from "./derived.ts";
import { formatIsoDate } from "./dates.ts";

const dir = "data/stories/rafah-april-2024";
const read = (f: string) => readFileSync(`${dir}/${f}`, "utf8");
const { story } = validateStory(
  { story: read("story.json"), features: read("features.geojson"), article: read("article.txt") },
  { dirName: "rafah-april-2024", sharedViews: parseViews(viewsJson).views },
);
if (!story) throw new Error("the first story must validate");
const facts = deriveFacts(story);

describe("deriveFacts on the first story", () => {
  it("measures the Egypt–Gaza border at about 12.7 km beside the reported 14 km", () => {
    const border = facts.lengths.get("border-strip-14-km");
    expect(border?.reportedKm).toBe(14);
    expect(border?.measuredKm).toBeGreaterThan(12.4);
    expect(border?.measuredKm).toBeLessThan(13.0);
  });

  it("measures distances from the border: the Rafah crossing is within 1 km, Nevatim about 70 km away", () => {
    expect(facts.referenceId).toBe("border-strip-14-km");
    expect(facts.distanceKm.get("evacuate-before-crossings-close")).toBeLessThan(1);
    const nevatim = facts.distanceKm.get("iran-attack-nevatim") ?? 0;
    expect(nevatim).toBeGreaterThan(60);
    expect(nevatim).toBeLessThan(80);
    expect(facts.distanceKm.has("working-groups")).toBe(false); // unlocated
  });

  it("spans 1 April 2024 (first meeting) to 19 April 2024 (end of the week of the postponed meeting)", () => {
    expect(facts.timeExtent && formatIsoDate(facts.timeExtent.start)).toBe("2024-04-01");
    expect(facts.timeExtent && formatIsoDate(facts.timeExtent.end)).toBe("2024-04-19");
  });
});
