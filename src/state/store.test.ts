import { describe, expect, it, vi } from "vitest";
import { Store } from "./store.ts";

describe("Store", () => {
  const initial = {
    storyId: "s",
    viewId: "v",
    selected: null,
    selectedFrom: null,
    hovered: null,
    hidden: [],
    timeRange: null,
    step: null,
    focus: null,
  };
  it("notifies subscribers with the new and previous state when something changed", () => {
    const store = new Store(initial);
    const listener = vi.fn();
    store.subscribe(listener);
    store.select("a", "article");
    expect(listener).toHaveBeenCalledWith({ ...initial, selected: "a", selectedFrom: "article" }, initial);
    expect(Object.isFrozen(store.get())).toBe(true);
  });
  it("does not notify when nothing changed, and stops after unsubscribe", () => {
    const store = new Store(initial);
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.set({ selected: null });
    off();
    store.set({ selected: "b" });
    expect(listener).not.toHaveBeenCalled();
  });
});
