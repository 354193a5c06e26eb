/**
 * The basemap's names, after the story's: country and territory names wholly inside their own land (a narrow
 * territory's name may stand in the sea beside it, on a leader into it), the names of the seas inside their own
 * water, then towns with their markers (those the report names first, then by rank), the neighbourhoods at city
 * scale and the regions at small scales. A name that finds no free room is left out and counted. Pure.
 */
import type { Position } from "geojson";
import type { LabelRole } from "../../theme/labels.ts";
import { PLACE_MARKERS } from "../../theme/basemap.ts";
import { project } from "./camera.ts";
import type { LayoutContext } from "./context.ts";
import type { BasemapPlace } from "./story-places.ts";
import { around, boxOf, textAt, textSize, type Candidate } from "./units.ts";
import type { Rect } from "./boxes.ts";
import type { TextPart } from "./types.ts";
import { take } from "./regions.ts";

export interface AreaName {
  readonly name: string;
  readonly role: "country" | "territory" | "water" | "region";
  /** The land it names (country, territory, region), or null for water. */
  readonly land: string | null;
  /** Points of the region it names (a water name takes the body of water at the first one on the frame). */
  readonly anchors: readonly Position[];
}

export interface Neighbourhood {
  readonly name: string;
  readonly at: Position;
  /** The land it lies in. */
  readonly land: string;
}

const LEADERS = [10, 22, 36, 54, 78, 108, 140];

/** A name centred on the region's cells, farthest from its edges first, wholly inside the region. */
function inside(ctx: LayoutContext, code: number, w: number, h: number): Rect | null {
  const cells = take(ctx.regions.cellsOf(code), 800);
  for (const c of cells) {
    const box = { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 };
    if (ctx.regions.covers(code, box, 1) && ctx.fits([box])) return box;
  }
  return null;
}

function waterCode(ctx: LayoutContext, anchors: readonly Position[]): number {
  for (const a of anchors) {
    const code = ctx.regions.waterAt(a);
    if (code > 0) return code;
  }
  return 0;
}

/** A name's lines centred in a box whose top-left corner is (x, y). */
function linesAt(lines: readonly string[], role: LabelRole, u: number, x: number, y: number, w: number): TextPart[] {
  let top = y;
  return lines.map((line) => {
    const size = textSize(line, role, u);
    const part = textAt(line, role, u, x + (w - size.w) / 2, top);
    top += size.h;
    return part;
  });
}

/**
 * A country's, territory's, sea's or region's name: on one line, or one word a line where the land is narrow, wholly
 * inside its own land or water; a territory too narrow even so is named in the water beside it, on a leader.
 */
export function placeAreaName(ctx: LayoutContext, n: AreaName): void {
  const u = ctx.u;
  const role: LabelRole = n.role;
  const code = n.land ? ctx.regions.land(n.land) : waterCode(ctx, n.anchors);
  if (code <= 0 || ctx.regions.count(code) === 0) return;
  const within = n.land ? `land:${n.land}` : `water:${n.name}`;
  const variants = n.name.includes(" ") && n.role !== "water" ? [[n.name], n.name.split(" ")] : [[n.name]];
  const sized = variants.map((lines) => {
    const sizes = lines.map((l) => textSize(l, role, u));
    return { lines, w: Math.max(...sizes.map((s) => s.w)), h: sizes.reduce((a, s) => a + s.h, 0) };
  });
  for (const v of sized) {
    const box = inside(ctx, code, v.w, v.h);
    if (!box) continue;
    const [text, ...more] = linesAt(v.lines, role, u, box.x0, box.y0, v.w);
    if (!text) return;
    ctx.commit({ key: `name:${n.name}`, kind: "name", ids: [], at: null, text, ...(more.length > 0 ? { more } : {}), within }, [box]); // prettier-ignore
    return;
  }
  if (n.role === "territory") {
    // Beside it, in the water, on a leader that ends inside it.
    const best = take(ctx.regions.cellsOf(code), 1)[0];
    for (const v of best ? sized : []) {
      const c = around((best as { x: number }).x, (best as { y: number }).y, v.w, v.h, LEADERS.map((d) => d * u)).find((k) => inWater(ctx, boxOf(k, v.w, v.h)) && ctx.fits([boxOf(k, v.w, v.h)], k.leader)); // prettier-ignore
      if (!c?.leader || !best) continue;
      const [text, ...more] = linesAt(v.lines, role, u, c.x, c.y, v.w);
      if (!text) return;
      ctx.commit({ key: `name:${n.name}`, kind: "name", ids: [], at: null, text, ...(more.length > 0 ? { more } : {}), leader: c.leader, foot: { x: best.x, y: best.y, dot: false }, within }, [boxOf(c, v.w, v.h)]); // prettier-ignore
      return;
    }
  }
  ctx.notShown.push(n.name);
}

function inWater(ctx: LayoutContext, box: Rect): boolean {
  const code = ctx.regions.codeAt((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2);
  return code > ctx.regions.landIds.length && ctx.regions.covers(code, box, 1);
}

const placeRole = (p: BasemapPlace): LabelRole => p.cls;

/** A town (or crossing, or site): its marker where it is, its name beside it. Returns whether it was placed. */
/**
 * A town (or crossing, or site): its marker where it is, its name beside it. `as`: "town" places both or neither;
 * "host" names a place whose marker the story's statements stand beside (drawn already), further off on a leader if
 * need be; "near" names a place close to statements, its marker drawn only where it is free. Returns whether the
 * name was placed.
 */
export function placePlace(ctx: LayoutContext, p: BasemapPlace, as: "town" | "host" | "near" = "town"): boolean {
  const u = ctx.u;
  const [x, y] = project(ctx.camera, p.at);
  const r = (PLACE_MARKERS[p.cls].size / 2 + 1) * u;
  const marker = { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  const markerFree = as === "host" || ctx.fits([marker]);
  if (!markerFree && as === "town") {
    if (ctx.occ.inFrame(marker)) ctx.notShown.push(p.name);
    return false;
  }
  const role = placeRole(p);
  const { w, h } = textSize(p.name, role, u);
  const g = 3 * u;
  const spots: Candidate[] = [
    { x: x + r + g, y: y - h / 2, leader: null },
    { x: x - r - g - w, y: y - h / 2, leader: null },
    { x: x - w / 2, y: y - r - g - h, leader: null },
    { x: x - w / 2, y: y + r + g, leader: null },
    { x: x + r, y: y - r - h, leader: null },
    { x: x + r, y: y + r, leader: null },
    { x: x - r - w, y: y - r - h, leader: null },
    { x: x - r - w, y: y + r, leader: null },
  ];
  // The name of a place the story's statements stand at may go further off, on a leader.
  const far =
    as === "town"
      ? []
      : around(
          x,
          y,
          w,
          h,
          [10, 20, 32, 48, 68, 92, 120].map((d) => d * u + r),
        );
  const c = [...spots, ...far].find((k) => ctx.fits([boxOf(k, w, h)], k.leader, [marker]) && !overlapsMarker(boxOf(k, w, h), marker)); // prettier-ignore
  if (!c) {
    ctx.notShown.push(p.name);
    return false;
  }
  const text = textAt(p.name, role, u, c.x, c.y);
  const item = { key: `place:${p.name}`, kind: "name" as const, ids: [], at: p.at, text, ...(c.leader ? { leader: c.leader } : {}) }; // prettier-ignore
  // A host keeps the marker it reserved; a town's (or a near place's, where it is free) is placed with its name.
  if (as === "host") ctx.commit(item, [text.box]);
  else if (!markerFree) ctx.commit({ ...item, ...(c.leader ? { foot: { x, y, dot: true } } : {}) }, [text.box]);
  else ctx.commit({ ...item, marker: { x, y, cls: p.cls, box: marker } }, [marker, text.box]);
  return true;
}

const overlapsMarker = (a: Rect, m: Rect) => a.x0 < m.x1 && a.x1 > m.x0 && a.y0 < m.y1 && a.y1 > m.y0;

export function placeNeighbourhood(ctx: LayoutContext, n: Neighbourhood): void {
  const u = ctx.u;
  const role: LabelRole = "neighbourhood";
  const { w, h } = textSize(n.name, role, u);
  const [x, y] = project(ctx.camera, n.at);
  const code = ctx.regions.land(n.land);
  for (const dy of [0, -h * 0.8, h * 0.8, -h * 1.6, h * 1.6]) {
    const box = { x0: x - w / 2, y0: y + dy - h / 2, x1: x + w / 2, y1: y + dy + h / 2 };
    if (ctx.fits([box]) && ctx.regions.covers(code, box, 0)) {
      const text = textAt(n.name, role, u, box.x0, box.y0);
      ctx.commit({ key: `neighbourhood:${n.name}`, kind: "name", ids: [], at: n.at, text, within: `land:${n.land}` }, [text.box]); // prettier-ignore
      return;
    }
  }
  if (x >= 0 && y >= 0 && x <= ctx.camera.width && y <= ctx.camera.height) ctx.notShown.push(n.name);
}
