import { describe, expect, it } from "vitest";
import { incomingSchema, parseOrigins } from "./messages.ts";

describe("embed messages", () => {
  it("accepts the documented shapes", () => {
    expect(incomingSchema.safeParse({ version: 1, type: "select", id: "treaty-zone-c" }).success).toBe(true);
    expect(incomingSchema.safeParse({ version: 1, type: "select", id: null }).success).toBe(true);
    expect(incomingSchema.safeParse({ version: 1, type: "setView", id: "rafah" }).success).toBe(true);
    expect(incomingSchema.safeParse({ version: 1, type: "setLayers", visible: ["events"] }).success).toBe(true);
  });
  it.each([
    ["no version", { type: "select", id: "a" }],
    ["wrong version", { version: 2, type: "select", id: "a" }],
    ["unknown type", { version: 1, type: "eval", code: "alert(1)" }],
    ["markup as id", { version: 1, type: "select", id: "<img src=x onerror=alert(1)>" }],
    ["extra field", { version: 1, type: "setView", id: "rafah", html: "<b>" }],
    ["not an object", "select:rafah"],
  ])("rejects %s", (_name, data) => {
    expect(incomingSchema.safeParse(data).success).toBe(false);
  });
  it("keeps only real origins in the allowlist", () => {
    expect(
      parseOrigins("https://news.example, http://127.0.0.1:4174,javascript:alert(1),https://x.example/path,*"),
    ).toEqual(["https://news.example", "http://127.0.0.1:4174"]);
    expect(parseOrigins(null)).toEqual([]);
  });
});
