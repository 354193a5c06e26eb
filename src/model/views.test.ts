import { describe, expect, it } from "vitest";
import viewsJson from "../../data/views.json";
import meta from "../../data/basemap/meta.json";
import { parseViews, resolveView, ViewsError } from "./views.ts";

const good = {
  default: "a",
  views: [
    { id: "a", title: "A", description: "first", bounds: [34, 31, 35, 32] },
    { id: "b", title: "B", description: "second", bounds: [33, 30, 34, 31] },
  ],
};

describe("parseViews", () => {
  it("parses the shipped views: rafah, border, sinai and region, each inside the basemap's bounds", () => {
    const set = parseViews(viewsJson);
    expect(set.views.map((v) => v.id)).toEqual(expect.arrayContaining(["rafah", "border", "sinai", "region"]));
    const [w, s, e, n] = meta.bbox;
    for (const view of set.views) {
      const [vw, vs, ve, vn] = view.bounds;
      expect(vw, view.id).toBeGreaterThanOrEqual(w as number);
      expect(vs, view.id).toBeGreaterThanOrEqual(s as number);
      expect(ve, view.id).toBeLessThanOrEqual(e as number);
      expect(vn, view.id).toBeLessThanOrEqual(n as number);
    }
  });

  it("freezes what it returns", () => {
    const set = parseViews(good);
    expect(Object.isFrozen(set.views)).toBe(true);
    expect(Object.isFrozen(set.views[0])).toBe(true);
  });

  it.each([
    ["not an object", 42, /expected an object/],
    ["no views", { default: "a", views: [] }, /no views/],
    ["bad slug", { default: "A B", views: [{ id: "A B", title: "x", bounds: [0, 0, 1, 1] }] }, /views\[0\]\.id/],
    [
      "duplicate id",
      { default: "a", views: [good.views[0], { ...good.views[1], id: "a" }] },
      /views\[1\]\.id: duplicate "a"/,
    ],
    ["swapped bounds", { default: "a", views: [{ id: "a", title: "A", bounds: [35, 31, 34, 32] }] }, /bounds/],
    ["three numbers", { default: "a", views: [{ id: "a", title: "A", bounds: [35, 31, 34] }] }, /four numbers/],
    ["latitude out of range", { default: "a", views: [{ id: "a", title: "A", bounds: [0, 80, 1, 95] }] }, /bounds/],
    ["unknown default", { ...good, default: "zzz" }, /default: "zzz"/],
  ])("rejects %s with a message naming the field", (_name, json, message) => {
    expect(() => parseViews(json)).toThrow(ViewsError);
    expect(() => parseViews(json)).toThrow(message);
  });
});

describe("resolveView", () => {
  const set = parseViews(good);
  it("finds a view by name", () => {
    expect(resolveView(set, "b")).toEqual({ view: set.views[1], unknown: null });
  });
  it("gives the default for no name, without a notice", () => {
    expect(resolveView(set, null)).toEqual({ view: set.views[0], unknown: null });
    expect(resolveView(set, "")).toEqual({ view: set.views[0], unknown: null });
  });
  it("gives the default for an unknown name and reports the name", () => {
    expect(resolveView(set, "atlantis")).toEqual({ view: set.views[0], unknown: "atlantis" });
  });
});
