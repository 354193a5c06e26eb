import { describe, expect, it } from "vitest";
import { formatHash, parseHash } from "./hash.ts";

const empty = { story: null, view: null, feature: null, layers: null, time: null };

describe("parseHash / formatHash", () => {
  it("reads story, view, feature, layers and time", () => {
    expect(parseHash("#story=s&view=border&feature=a-b&layers=events,claims&time=2024-04-10/2024-04-18")).toEqual({
      story: "s",
      view: "border",
      feature: "a-b",
      layers: ["events", "claims"],
      time: "2024-04-10/2024-04-18",
    });
  });
  it("gives null for missing, empty or over-long values", () => {
    expect(parseHash("")).toEqual(empty);
    expect(parseHash("#view=&story=%20")).toEqual(empty);
    expect(parseHash(`#view=${"x".repeat(201)}`).view).toBeNull();
  });
  it("decodes values and keeps markup as plain text", () => {
    expect(parseHash("#view=%3Cimg%20src%3Dx%3E").view).toBe("<img src=x>");
  });
  it("round-trips, with readable commas and slashes", () => {
    const state = {
      story: "a-b",
      view: "sinai",
      feature: "f",
      layers: ["events", "labels"],
      time: "2024-04-01/2024-04-02",
    };
    const hash = formatHash(state);
    expect(hash).toBe("#story=a-b&view=sinai&feature=f&layers=events,labels&time=2024-04-01/2024-04-02");
    expect(parseHash(hash)).toEqual(state);
    expect(formatHash(empty)).toBe("");
  });
});
