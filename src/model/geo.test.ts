import { describe, expect, it } from "vitest";
import { bearing, compass, forD3, greatCircleKm } from "./geo.ts";

const rafah = [34.2586, 31.2725];
const whiteHouse = [-77.0365, 38.8977];
const tehran = [51.4215, 35.6944];

describe("inset geometry", () => {
  it("measures Rafah–Washington at about 9,300 km, to the north-west", () => {
    const km = greatCircleKm(rafah, whiteHouse);
    expect(km).toBeGreaterThan(9000);
    expect(km).toBeLessThan(9600);
    expect(compass(bearing(rafah, whiteHouse))).toBe("north-west");
  });
  it("puts Tehran about 1,600 km to the east", () => {
    expect(greatCircleKm(rafah, tehran)).toBeGreaterThan(1500);
    expect(greatCircleKm(rafah, tehran)).toBeLessThan(1700);
    expect(compass(bearing(rafah, tehran))).toBe("east");
  });
  it("reverses rings for d3", () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]]; // prettier-ignore
    expect(forD3({ type: "Polygon", coordinates: [ring] }).coordinates[0]).toEqual([...ring].reverse());
  });
});
