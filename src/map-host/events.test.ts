import { describe, expect, it } from "vitest";
import { Emitter } from "./events.ts";

describe("Emitter<Events>", () => {
  it("calls the listeners of an event with its payload, in order, until they stop listening", () => {
    const events = new Emitter<{ mode: { mode: string }; measure: { active: boolean } }>();
    const seen: string[] = [];
    const off = events.on("mode", (p) => seen.push(`a:${p.mode}`));
    events.on("mode", (p) => seen.push(`b:${p.mode}`));
    events.on("measure", (p) => seen.push(`m:${String(p.active)}`));
    events.emit("mode", { mode: "live" });
    off();
    events.emit("mode", { mode: "lost" });
    events.emit("measure", { active: true });
    expect(seen).toEqual(["a:live", "b:live", "b:lost", "m:true"]);
  });
});
