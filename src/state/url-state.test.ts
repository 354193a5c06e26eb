import { describe, expect, it } from "vitest";
import { parseViews } from "../model/views.ts";
import { parseHash } from "./hash.ts";
import { hashFromState, stateFromHash, type UrlContext } from "./url-state.ts";

const ctx: UrlContext = {
  storyId: "s",
  defaultStoryId: "s",
  views: parseViews({
    default: "a",
    views: [
      { id: "a", title: "A", bounds: [0, 0, 1, 1] },
      { id: "b", title: "B", bounds: [0, 0, 2, 2] },
    ],
  }),
  featureIds: new Set(["f1", "f2"]),
};

describe("stateFromHash", () => {
  it("reads a full hash", () => {
    const r = stateFromHash(parseHash("#view=b&feature=f2&layers=events,claims&time=2024-04-10/2024-04-18"), ctx);
    expect(r.unknownView).toBeNull();
    expect(r.patch.viewId).toBe("b");
    expect(r.patch.selected).toBe("f2");
    expect(r.patch.hidden).toEqual(["positions", "context", "labels"]);
    expect(r.patch.timeRange).toEqual([Date.UTC(2024, 3, 10), Date.UTC(2024, 3, 18)]);
  });
  it("ignores unknown or bad values and uses the defaults", () => {
    const r = stateFromHash(parseHash("#view=zzz&feature=<script>&layers=bogus&time=2024-02-30"), ctx);
    expect(r.unknownView).toBe("zzz");
    expect(r.patch).toEqual({ viewId: "a", selected: null, hidden: [], timeRange: null });
  });
});

describe("hashFromState", () => {
  it("round-trips through the hash", () => {
    const state = {
      storyId: "s",
      viewId: "b",
      selected: "f1",
      selectedFrom: null,
      hovered: null,
      hidden: ["labels"],
      timeRange: [Date.UTC(2024, 3, 1), Date.UTC(2024, 3, 4)] as const,
      step: null,
      focus: null,
    };
    const hash = hashFromState(state, ctx);
    expect(hash).toBe("#view=b&feature=f1&layers=positions,events,claims,context&time=2024-04-01/2024-04-04");
    expect(stateFromHash(parseHash(hash), ctx).patch).toEqual({
      viewId: "b",
      selected: "f1",
      hidden: ["labels"],
      timeRange: [Date.UTC(2024, 3, 1), Date.UTC(2024, 3, 4)],
    });
  });
});
