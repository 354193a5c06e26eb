/** Invariants of the committed basemap in data/basemap/ (what the build script must guarantee). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import length from "@turf/length";
import distance from "@turf/distance";
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Position } from "geojson";
import { HOLE_ARTEFACT_MAX_DEG2, CROP_BBOX, REPORTED_BORDER_KM } from "./config.ts";
import { ringArea } from "./geometry.ts";

const read = (name: string): unknown => JSON.parse(readFileSync(`data/basemap/${name}`, "utf8"));
const land = read("land.geojson") as FeatureCollection<MultiPolygon, { id: string; name: string }>;
const borders = read("borders.geojson") as FeatureCollection<LineString | MultiLineString, Record<string, unknown>>;
const places = read("places.geojson") as FeatureCollection<Point, { id: string; name: string; class: string }>;
const sites = (
  JSON.parse(readFileSync("data/gazetteer/sites.json", "utf8")) as {
    sites: { id: string; lat: number | null; lon: number | null }[];
  }
).sites;
const [W, S, E, N] = CROP_BBOX as [number, number, number, number];
const site = (id: string): Position => {
  const s = sites.find((x) => x.id === id);
  if (!s || s.lat === null || s.lon === null) throw new Error(`no site ${id}`);
  return [s.lon, s.lat];
};

describe("basemap land", () => {
  it("covers at least 32.0–35.8°E, 29.5–32.3°N", () => {
    expect(W).toBeLessThanOrEqual(32.0);
    expect(S).toBeLessThanOrEqual(29.5);
    expect(E).toBeGreaterThanOrEqual(35.8);
    expect(N).toBeGreaterThanOrEqual(32.3);
  });

  it("draws Egypt, Israel, Jordan, the West Bank and the Gaza Strip as separate features", () => {
    expect(land.features.map((f) => f.properties.id).sort()).toEqual(["EGY", "GAZA", "ISR", "JOR", "WEST_BANK"]);
  });

  it("has no hole smaller than the artefact size (the source's tiling holes are gone)", () => {
    for (const f of land.features) {
      for (const polygon of f.geometry.coordinates) {
        for (const hole of polygon.slice(1)) {
          expect(Math.abs(ringArea(hole)), f.properties.id).toBeGreaterThanOrEqual(HOLE_ARTEFACT_MAX_DEG2);
        }
      }
    }
    const gaza = land.features.find((f) => f.properties.id === "GAZA");
    expect(gaza?.geometry.coordinates.every((p) => p.length === 1)).toBe(true);
  });

  it("keeps every coordinate inside the crop and follows RFC 7946 winding", () => {
    for (const f of land.features) {
      for (const polygon of f.geometry.coordinates) {
        polygon.forEach((ring, i) => {
          expect(i === 0 ? ringArea(ring) > 0 : ringArea(ring) < 0, `${f.properties.id} ring ${i}`).toBe(true);
          for (const [x, y] of ring as [number, number][]) {
            expect(x >= W && x <= E && y >= S && y <= N).toBe(true);
          }
        });
      }
    }
  });
});

describe("basemap borders", () => {
  const egyptGaza = borders.features.find((f) => f.properties.id === "egypt-gaza");

  it("has the Egypt–Gaza border as one line from the sea to the tripoint", () => {
    expect(egyptGaza?.geometry.type).toBe("LineString");
    const coords = (egyptGaza?.geometry as LineString).coordinates;
    const ends = [coords[0] as Position, coords[coords.length - 1] as Position];
    const km = (a: Position, b: Position) => distance(a, b, { units: "kilometers" });
    const toSea = Math.min(...ends.map((e) => km(e, site("border-sea-end"))));
    const toTripoint = Math.min(...ends.map((e) => km(e, site("tripoint"))));
    expect(toSea).toBeLessThan(0.1);
    expect(toTripoint).toBeLessThan(0.1);
  });

  it("measures the Egypt–Gaza border at 12.4–13.0 km and keeps the article's 14 km beside it", () => {
    const measured = length(egyptGaza as never, { units: "kilometers" });
    expect(measured).toBeGreaterThan(12.4);
    expect(measured).toBeLessThan(13.0);
    expect(egyptGaza?.properties.measuredLengthKm).toBeCloseTo(measured, 1);
    expect(egyptGaza?.properties.reportedLengthKm).toBe(REPORTED_BORDER_KM);
  });

  it("has the Egypt–Israel border as one continuous line (the source's notch near 30.96°N is repaired)", () => {
    const f = borders.features.find((b) => b.properties.id === "egypt-israel");
    expect(f?.geometry.type).toBe("LineString");
    const ys = (f?.geometry as LineString).coordinates.map((p) => p[1] as number);
    expect(Math.max(...ys)).toBeCloseTo(31.22, 2);
    expect(Math.min(...ys)).toBeLessThan(29.6);
  });

  it("has the 1949 line west of the West Bank unbroken from the crop's north edge through Jerusalem to the Dead Sea", () => {
    const f = borders.features.find((b) => b.properties.id === "israel-west-bank");
    const parts =
      f?.geometry.type === "MultiLineString" ? f.geometry.coordinates : [(f?.geometry as LineString).coordinates];
    const west = parts.find((line) => line.some(([x, y]) => (x as number) < 35.0 && (y as number) > 32.0));
    const ys = (west ?? []).map((p) => p[1] as number);
    expect(Math.max(...ys)).toBeCloseTo(N, 3);
    expect(Math.min(...ys)).toBeLessThan(31.5);
    const nearJerusalem = (west ?? []).filter(
      ([x, y]) => (x as number) > 35.18 && (x as number) < 35.26 && (y as number) > 31.74 && (y as number) < 31.81,
    );
    expect(nearJerusalem.length).toBeGreaterThan(10);
  });

  it("never runs a border along the crop edge", () => {
    const onEdge = ([x, y]: Position) =>
      Math.abs((x as number) - W) < 1e-6 ||
      Math.abs((x as number) - E) < 1e-6 ||
      Math.abs((y as number) - S) < 1e-6 ||
      Math.abs((y as number) - N) < 1e-6;
    for (const f of borders.features) {
      const lines = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const line of lines) {
        for (let i = 0; i < line.length - 1; i++) {
          const both = onEdge(line[i] as Position) && onEdge(line[i + 1] as Position);
          expect(both, `${String(f.properties.id)} segment ${i}`).toBe(false);
        }
      }
    }
  });
});

describe("basemap places", () => {
  const names = places.features.map((f) => f.properties.name);

  it("labels the report's places with their common English names", () => {
    for (const name of [
      "Rafah",
      "Khan Younis",
      "El Arish",
      "Sheikh Zuweid",
      "Egyptian Rafah",
      "Gaza City",
      "Jerusalem",
    ]) {
      expect(names).toContain(name);
    }
    for (const name of ["Rafah crossing", "Kerem Shalom crossing", "Nitzana crossing", "Nevatim airbase"]) {
      expect(names).toContain(name);
    }
  });

  it("uses no GeoNames transliteration (no diacritics or ‘ayn marks)", () => {
    for (const name of names) expect(name, name).toMatch(/^[A-Za-z0-9 .,'()-]+$/);
  });

  it("puts every label inside the crop", () => {
    for (const f of places.features) {
      const [x, y] = f.geometry.coordinates as [number, number];
      expect(x >= W && x <= E && y >= S && y <= N, f.properties.name).toBe(true);
    }
  });

  it("places the crossings at their gazetteer coordinates", () => {
    for (const id of ["rafah-crossing", "kerem-shalom-crossing", "nitzana-crossing"]) {
      const f = places.features.find((p) => p.properties.id === `site-${id}`);
      expect(f?.geometry.coordinates).toEqual(site(id));
    }
  });
});
