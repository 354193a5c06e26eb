/**
 * The layout audit's judgement of what was measured (collect.ts): boxes that overlap, by kind (name × name,
 * name × mark, mark × mark, pointer × anything, control × anything), names that do not lie inside their own land,
 * water or story area (checked against the repository's land polygons and the story's geometry), and pieces cut by
 * the map's edge. Pure, in node.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { insideRings, rings } from "../../src/render/label-point.ts";
import { unproject, type Camera } from "../../src/render/layout/camera.ts";
import type { Box, Piece, Seen } from "./collect.ts";

export interface Finding {
  /** "name × mark", "control × name", "outside its polygon", "cut by the edge"… */
  readonly kind: string;
  readonly what: string;
}

export interface Polygons {
  /** Land polygons by id (data/basemap/land.geojson). */
  readonly lands: ReadonlyMap<string, Polygon | MultiPolygon>;
  /** Story geometries by feature id. */
  readonly features: ReadonlyMap<string, Geometry>;
}

/** Boxes overlapping by more than this (CSS px each way) count: a shared edge or a halo's touch does not. */
const SLACK = 1;

const overlap = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > SLACK && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > SLACK; // prettier-ignore

const label = (p: Piece) => `${p.kind} "${p.text || p.item}"`;

export function parseCamera(key: string): Camera | null {
  const m = /^(-?[\d.]+),(-?[\d.]+),(-?[\d.]+),(\d+)x(\d+)@([\d.]+)$/.exec(key);
  if (!m) return null;
  return { center: [Number(m[1]), Number(m[2])], zoom: Number(m[3]), width: Number(m[4]), height: Number(m[5]), unit: Number(m[6]) }; // prettier-ignore
}

function inside(g: Geometry | undefined, p: Position): boolean {
  if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) return false;
  return insideRings(rings(g), p[0] as number, p[1] as number);
}

/** Points of a box: its corners and the middles of its edges. */
const samples = (b: Box): [number, number][] => [
  [b.x0, b.y0], [b.x1, b.y0], [b.x0, b.y1], [b.x1, b.y1],
  [(b.x0 + b.x1) / 2, b.y0], [(b.x0 + b.x1) / 2, b.y1], [b.x0, (b.y0 + b.y1) / 2], [b.x1, (b.y0 + b.y1) / 2],
]; // prettier-ignore

function placement(seen: Seen, p: Piece, polygons: Polygons, camera: Camera): Finding | null {
  if (p.kind !== "name" || p.within === "") return null;
  // Box pixels → the drawing's own pixels (the camera's).
  const geo = ([x, y]: readonly [number, number]) => unproject(camera, (x - seen.offset[0]) / seen.scale, (y - seen.offset[1]) / seen.scale); // prettier-ignore
  const [type, ...rest] = p.within.split(":");
  const id = rest.join(":");
  const test = (pt: Position): boolean => {
    if (type === "land") return inside(polygons.lands.get(id), pt);
    if (type === "water") return ![...polygons.lands.values()].some((g) => inside(g, pt));
    return inside(polygons.features.get(id), pt);
  };
  // A name on a leader stands beside its region: the leader's end lies inside it.
  const points = p.leader ? [p.leader] : samples(p.rect);
  const out = points.filter((pt) => !test(geo(pt)));
  return out.length === 0 ? null : { kind: "outside its polygon", what: `${label(p)} (${p.within}): ${out.length} of ${points.length} points outside` }; // prettier-ignore
}

export function analyse(seen: Seen, polygons: Polygons): Finding[] {
  const out: Finding[] = [];
  const { pieces, controls } = seen;
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i] as Piece;
    for (let j = i + 1; j < pieces.length; j++) {
      const b = pieces[j] as Piece;
      if (a.item === b.item || !overlap(a.rect, b.rect)) continue;
      const kinds = [a.kind, b.kind].sort();
      const kind = kinds.includes("pointer") ? "pointer × anything" : `${kinds[0] ?? ""} × ${kinds[1] ?? ""}`;
      out.push({ kind, what: `${label(a)} × ${label(b)}` });
    }
    for (const c of controls) if (overlap(a.rect, c.rect)) out.push({ kind: "control × anything", what: `${c.name} × ${label(a)}` }); // prettier-ignore
    const r = a.rect;
    if (r.x0 < -SLACK || r.y0 < -SLACK || r.x1 > seen.width + SLACK || r.y1 > seen.height + SLACK) out.push({ kind: "cut by the edge", what: label(a) }); // prettier-ignore
  }
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i];
      const b = controls[j];
      if (a && b && overlap(a.rect, b.rect)) out.push({ kind: "control × anything", what: `${a.name} × ${b.name}` });
    }
  }
  const camera = parseCamera(seen.camera);
  if (camera)
    for (const p of pieces) {
      const f = placement(seen, p, polygons, camera);
      if (f) out.push(f);
    }
  return out;
}

/** The names of two drawings of one frame that differ: missing from one, or more than `tolerance` px apart. */
export function compareNames(a: Seen, b: Seen, tolerance = 8): Finding[] {
  const centres = (s: Seen) => new Map(s.pieces.filter((p) => p.kind === "name").map((p) => [p.text, [(p.rect.x0 + p.rect.x1) / 2, (p.rect.y0 + p.rect.y1) / 2] as const])); // prettier-ignore
  const ca = centres(a);
  const cb = centres(b);
  const out: Finding[] = [];
  for (const [text, [x, y]] of ca) {
    const other = cb.get(text);
    if (!other) out.push({ kind: "static ≠ live", what: `"${text}" only on the static map` });
    else if (Math.hypot(other[0] - x, other[1] - y) > tolerance) out.push({ kind: "static ≠ live", what: `"${text}" moves ${Math.hypot(other[0] - x, other[1] - y).toFixed(1)} px` }); // prettier-ignore
  }
  for (const text of cb.keys()) if (!ca.has(text)) out.push({ kind: "static ≠ live", what: `"${text}" only on the live map` }); // prettier-ignore
  return out;
}
