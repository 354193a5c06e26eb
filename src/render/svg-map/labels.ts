/**
 * The SVG map's names, placed as the live map places them: the zoom band's country, territory and sea names first,
 * then the places the story's text names, other places by rank, and the band's neighbourhoods; a name that would
 * overlap one already placed is left out (MapLibre's collision rule, with an estimated text width). Pure.
 */
import type { Position } from "geojson";
import { PLACE_MARKERS, PLACE_TEXT, type PlaceClass } from "../../theme/basemap.ts";
import { FONT_STACK } from "../../theme/fonts.ts";
import { palette } from "../../theme/palette.ts";
import { GLYPH_WIDTH } from "../scene/layout.ts";
import { markToSvg } from "../marks/svg.ts";
import { symbolMarks } from "../marks/symbol.ts";
import { h, type SvgNode } from "../svg-tree.ts";
import type { BasemapData } from "./basemap.ts";

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Boxes already taken on the map (names, stacks): a new name must not overlap one. */
export class Collisions {
  private readonly boxes: Box[] = [];
  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  /** Takes the box if it is free and inside the map; says whether it did. */
  take(b: Box): boolean {
    if (b.x0 < 2 || b.y0 < 2 || b.x1 > this.width - 2 || b.y1 > this.height - 2) return false;
    if (this.boxes.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0)) return false;
    this.boxes.push(b);
    return true;
  }

  /** Marks a box as taken whatever is there (a stack or a symbol that is always drawn). */
  reserve(b: Box): void {
    this.boxes.push(b);
  }

  /** Every box taken so far (what an export's numbered markers keep clear of). */
  get taken(): readonly Box[] {
    return this.boxes;
  }
}

const STYLE: Readonly<Record<string, { size: number; weight: number; italic: boolean; spacing: number; color: string; halo: string }>> = {
  country: { size: 15, weight: 600, italic: false, spacing: 0.25, color: palette.text.country, halo: "#ffffff" },
  territory: { size: 13, weight: 600, italic: false, spacing: 0.18, color: palette.text.territory, halo: "#ffffff" },
  water: { size: 13, weight: 400, italic: true, spacing: 0.1, color: palette.text.water, halo: palette.sea },
  neighbourhood: { size: 11.5, weight: 400, italic: true, spacing: 0.04, color: palette.text.region, halo: "#ffffff" },
}; // prettier-ignore

function textBox(x: number, y: number, text: string, size: number, spacing: number, anchor: "start" | "middle"): Box {
  const w = text.length * size * (GLYPH_WIDTH + spacing);
  const x0 = anchor === "middle" ? x - w / 2 : x;
  return { x0, y0: y - size * 0.8, x1: x0 + w, y1: y + size * 0.25 };
}

function nameText(
  x: number,
  y: number,
  text: string,
  s: (typeof STYLE)[string],
  u: number,
  anchor: "start" | "middle",
): SvgNode {
  return h("text", {
    x,
    y,
    "font-size": s.size * u,
    "font-family": FONT_STACK,
    ...(s.weight !== 400 ? { "font-weight": s.weight } : {}),
    ...(s.italic ? { "font-style": "italic" } : {}),
    ...(s.spacing ? { "letter-spacing": `${s.spacing}em` } : {}),
    "text-anchor": anchor,
    fill: s.color,
    stroke: s.halo,
    "stroke-width": 3 * u,
    "paint-order": "stroke",
    "stroke-linejoin": "round",
  }, [text]); // prettier-ignore
}

export interface NamesInput {
  readonly basemap: BasemapData;
  readonly band: string | null;
  /** The story's text: places it names come first. */
  readonly named: string;
  readonly unit: number;
  readonly project: (p: Position) => [number, number] | null;
}

/** The names and place markers of the map, each kept only where it does not collide. */
export function names(input: NamesInput, taken: Collisions): SvgNode[] {
  const u = input.unit;
  const out: SvgNode[] = [];
  const banded = (input.basemap.labels?.features ?? []).filter((f) => f.properties.band === input.band);
  const areaNames = banded.filter((f) => f.properties.class !== "neighbourhood");
  for (const f of areaNames) {
    const xy = input.project(f.geometry.coordinates);
    const s = STYLE[f.properties.class];
    if (!xy || !s) continue;
    const y = xy[1] + (s.size * u) / 3;
    if (taken.take(textBox(xy[0], y, f.properties.name, s.size * u, s.spacing, "middle"))) out.push(nameText(xy[0], y, f.properties.name, s, u, "middle")); // prettier-ignore
  }
  const places = input.basemap.places.features
    .filter((f) => f.geometry.type === "Point" && f.properties.class in PLACE_MARKERS)
    .map((f) => ({ f, key: f.properties.rank - (input.named.includes(f.properties.name) ? 10 : 0) }))
    .sort((a, b) => a.key - b.key);
  for (const { f } of places) {
    const xy = input.project((f.geometry as GeoJSON.Point).coordinates);
    if (!xy) continue;
    const cls = f.properties.class as PlaceClass;
    const m = PLACE_MARKERS[cls];
    const r = (m.size / 2) * u;
    const size = (cls === "capital" || cls === "city" ? 13 : 12) * u;
    const label = { x: xy[0] + r + 3 * u, y: xy[1] + size / 3 };
    const box = textBox(label.x, label.y, f.properties.name, size, 0, "start");
    if (!taken.take({ ...box, x0: xy[0] - r })) continue;
    out.push(...symbolMarks(m.shape, xy[0], xy[1], r, { fill: m.fill, halo: m.halo, haloWidth: u }).map(markToSvg));
    const italic = cls === "crossing" || cls === "site";
    const s = {
      size: size / u,
      weight: cls === "capital" ? 600 : 400,
      italic,
      spacing: 0,
      color: PLACE_TEXT[cls],
      halo: "#ffffff",
    };
    out.push(nameText(label.x, label.y, f.properties.name, s, u, "start"));
  }
  for (const f of banded.filter((x) => x.properties.class === "neighbourhood")) {
    const xy = input.project(f.geometry.coordinates);
    const s = STYLE.neighbourhood;
    if (!xy || !s) continue;
    if (taken.take(textBox(xy[0], xy[1], f.properties.name, s.size * u, s.spacing, "middle"))) out.push(nameText(xy[0], xy[1], f.properties.name, s, u, "middle")); // prettier-ignore
  }
  return out;
}
