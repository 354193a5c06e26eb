import { describe, expect, it } from "vitest";
import type { Position } from "geojson";
import {
  clipPolygons,
  dropBoxEdgeSegments,
  dropSmallHoles,
  mergeLines,
  rewindRfc7946,
  ringArea,
  roundLine,
  runsAgainst,
  straightenBetween,
} from "./geometry.ts";

const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe("clipPolygons", () => {
  it("clips a polygon to the box and drops polygons outside it", () => {
    const out = clipPolygons([[square(0, 0, 2)], [square(5, 5, 1)]], [1, 1, 3, 3]);
    expect(out).toHaveLength(1);
    expect(Math.abs(ringArea(out[0]?.[0] as Position[]))).toBeCloseTo(1);
  });
});

describe("dropSmallHoles", () => {
  it("removes holes below the artefact size and keeps larger ones", () => {
    const shell = square(0, 0, 10);
    const tiny = [...square(1, 1, 0.01)].reverse();
    const lake = [...square(5, 5, 2)].reverse();
    const { polygons, report } = dropSmallHoles([[shell, tiny, lake]], 1e-3);
    expect(polygons[0]).toEqual([shell, lake]);
    expect(report).toEqual({ removed: 1, kept: 1, largestRemovedDeg2: expect.closeTo(1e-4, 8) as number });
  });
});

describe("straightenBetween", () => {
  it("replaces a notch between two vertices by the straight segment", () => {
    const ring: Position[] = [[0, 0], [1, 0], [1.2, 0.1], [1.2, -0.1], [2, 0], [2, 2], [0, 2], [0, 0]]; // prettier-ignore
    expect(straightenBetween(ring, [1, 0], [2, 0], 3)).toEqual([[0, 0], [1, 0], [2, 0], [2, 2], [0, 2], [0, 0]]); // prettier-ignore
  });
  it("throws when a vertex is missing or the path is too long, so a changed source fails loudly", () => {
    const ring = square(0, 0, 1);
    expect(() => straightenBetween(ring, [5, 5], [1, 0], 3)).toThrow(/not found/);
    expect(() => straightenBetween([...square(0, 0, 1).slice(0, 4), [0, 0.5], [0, 0]], [1, 0], [0, 0.5], 0)).toThrow(
      /would remove/,
    );
  });
});

describe("runsAgainst", () => {
  it("keeps the runs of a line that lie inside or near another polygon", () => {
    const line: Position[] = [[-2, 0.5], [-1, 0.5], [0.5, 0.5], [0.9, 0.5], [3, 0.5]]; // prettier-ignore
    expect(runsAgainst([line], [[square(0, 0, 1)]], 0.1)).toEqual([[[0.5, 0.5], [0.9, 0.5]]]); // prettier-ignore
  });
  it("breaks runs at excluded points", () => {
    const line: Position[] = [[0.1, 0.5], [0.2, 0.5], [0.3, 0.5], [0.4, 0.5], [0.5, 0.5]]; // prettier-ignore
    const out = runsAgainst([line], [[square(0, 0, 1)]], 0, (p) => p[0] === 0.3);
    expect(out).toEqual([[[0.1, 0.5], [0.2, 0.5]], [[0.4, 0.5], [0.5, 0.5]]]); // prettier-ignore
  });
});

describe("mergeLines", () => {
  it("joins lines that meet end to end in either direction", () => {
    const out = mergeLines([[[1, 0], [2, 0]], [[3, 0], [2, 0]], [[0, 0], [1, 0]], [[9, 9], [8, 8]]]); // prettier-ignore
    expect(out).toEqual([[[0, 0], [1, 0], [2, 0], [3, 0]], [[9, 9], [8, 8]]]); // prettier-ignore
  });
});

describe("dropBoxEdgeSegments", () => {
  it("splits a line where it runs along the crop box", () => {
    const line: Position[] = [[0.5, 0.5], [0.5, 1], [0.2, 1], [0.2, 0.4]]; // prettier-ignore
    expect(dropBoxEdgeSegments([line], [0, 0, 1, 1])).toEqual([[[0.5, 0.5], [0.5, 1]], [[0.2, 1], [0.2, 0.4]]]); // prettier-ignore
  });
});

describe("roundLine and rewindRfc7946", () => {
  it("rounds and removes the duplicates rounding creates", () => {
    expect(roundLine([[0.123456, 1], [0.123459, 1], [0.2, 1]], 5)).toEqual([[0.12346, 1], [0.2, 1]]); // prettier-ignore
  });
  it("winds exterior rings counter-clockwise and holes clockwise", () => {
    const cw = [...square(0, 0, 4)].reverse();
    const ccwHole = square(1, 1, 1);
    const [outer, hole] = rewindRfc7946([cw, ccwHole]);
    expect(ringArea(outer as Position[])).toBeGreaterThan(0);
    expect(ringArea(hole as Position[])).toBeLessThan(0);
  });
});
