import { describe, expect, it } from "vitest";
import { formatHash, parseHash } from "./hash.ts";

describe("parseHash / formatHash", () => {
  it("reads view and story from the hash", () => {
    expect(parseHash("#view=border&story=rafah-2024-04")).toEqual({ view: "border", story: "rafah-2024-04" });
  });
  it("gives null for missing, empty or over-long values", () => {
    expect(parseHash("")).toEqual({ view: null, story: null });
    expect(parseHash("#view=&story=%20")).toEqual({ view: null, story: null });
    expect(parseHash(`#view=${"x".repeat(201)}`).view).toBeNull();
  });
  it("decodes values and keeps markup as plain text", () => {
    expect(parseHash("#view=%3Cimg%20src%3Dx%3E").view).toBe("<img src=x>");
  });
  it("round-trips", () => {
    const state = { view: "sinai", story: "a-b" };
    expect(parseHash(formatHash(state))).toEqual(state);
    expect(formatHash({ view: null, story: null })).toBe("");
  });
});
