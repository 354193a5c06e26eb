/**
 * Parallel lines in pixel space, as MapLibre's line-offset draws them: each vertex moved along the mean of its two
 * segments' normals (positive: to the right of the line's direction). For the SVG map's halos and parallel bands.
 * Pure.
 */

export type Pt = readonly [number, number];

export function offsetLine(points: readonly Pt[], d: number): Pt[] {
  if (d === 0 || points.length < 2) return [...points];
  const normal = (a: Pt, b: Pt): Pt => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    // Right of the direction, with y growing downwards.
    return [-dy / len, dx / len];
  };
  return points.map((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    const n1 = prev ? normal(prev, p) : null;
    const n2 = next ? normal(p, next) : null;
    let nx = (n1?.[0] ?? 0) + (n2?.[0] ?? 0);
    let ny = (n1?.[1] ?? 0) + (n2?.[1] ?? 0);
    const len = Math.hypot(nx, ny) || 1;
    nx /= len;
    ny /= len;
    // Keep the offset's width at corners (miter), up to twice the distance.
    const cos = n1 && n2 ? Math.max(0.5, n1[0] * nx + n1[1] * ny) : 1;
    return [p[0] + (nx * d) / cos, p[1] + (ny * d) / cos];
  });
}

/** The points of an SVG path made of M/L/Z commands (what d3-geo writes for lines and rings), as polylines. */
export function parsePolylines(d: string): Pt[][] {
  const out: Pt[][] = [];
  let current: Pt[] = [];
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const cmd = m[1];
    const nums = (m[2] ?? "")
      .split(/[ ,]+/)
      .filter((x) => x !== "")
      .map(Number);
    if (cmd === "M") {
      if (current.length > 1) out.push(current);
      current = [];
    }
    if (cmd === "Z") {
      if (current[0]) current.push(current[0]);
      continue;
    }
    for (let i = 0; i + 1 < nums.length; i += 2) current.push([nums[i] as number, nums[i + 1] as number]);
  }
  if (current.length > 1) out.push(current);
  return out;
}

export function polylinePath(lines: readonly (readonly Pt[])[]): string {
  const f = (n: number) => Number(n.toFixed(2));
  return lines.map((l) => l.map(([x, y], i) => `${i === 0 ? "M" : "L"}${f(x)},${f(y)}`).join("")).join("");
}
