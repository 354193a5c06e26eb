/**
 * What a reader sees of a map, measured in the page: the rendered box of every name, mark and pointer the layout
 * drew (its text, its item, what it must lie inside), of every control over the map, and the camera each drawing
 * was made with. Runs in the browser (page.evaluate): it must not import anything.
 */

export interface Piece {
  /** name, mark or pointer. */
  readonly kind: string;
  /** The layout item it belongs to. */
  readonly item: string;
  readonly text: string;
  /** "land:EGY", "water:…", "feature:<id>", or "". */
  readonly within: string;
  /** The leader's end on the place, in CSS px of the map box, or null. */
  readonly leader: readonly [number, number] | null;
  readonly rect: Box;
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Seen {
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly Piece[];
  readonly controls: readonly { name: string; rect: Box }[];
  /** The drawing's camera ("lon,lat,zoom,WxH@unit") and how its pixels map to the box's. */
  readonly camera: string;
  readonly scale: number;
  readonly offset: readonly [number, number];
  /** Which drawing was measured: the live map's overlay, or the static map. */
  readonly drawing: "live" | "static" | "none";
}

/** Measures the map box `boxSelector` (the app's #map, the embed's .embed-map-box). */
export function collectMap(boxSelector: string): Seen {
  const host = document.querySelector(boxSelector);
  if (!host) throw new Error(`no ${boxSelector}`);
  const box = host.getBoundingClientRect();
  const rel = (r: DOMRect): Box => ({ x0: r.left - box.left, y0: r.top - box.top, x1: r.right - box.left, y1: r.bottom - box.top }); // prettier-ignore
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const overlay = [...document.querySelectorAll<SVGSVGElement>(".map-overlay")].find(shown);
  const statics = [...document.querySelectorAll<SVGSVGElement>(".static-view-drawing svg, .static-map svg")].filter(shown); // prettier-ignore
  const svg = overlay ?? statics[0];
  const pieces: Piece[] = [];
  let scale = 1;
  let offset: [number, number] = [0, 0];
  if (svg) {
    const r = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    scale = vb.width > 0 ? Math.max(r.width / vb.width, r.height / vb.height) : 1;
    offset = [
      r.left - box.left + (r.width - vb.width * scale) / 2,
      r.top - box.top + (r.height - vb.height * scale) / 2,
    ];
    for (const el of svg.querySelectorAll<SVGGraphicsElement>("[data-layout]")) {
      if (!shown(el)) continue;
      const item = el.closest<SVGGElement>(".layout-item");
      const leader = item?.dataset.leader?.split(",").map(Number);
      pieces.push({
        kind: el.getAttribute("data-layout") ?? "",
        item: item?.dataset.key ?? "",
        text: el.tagName.toLowerCase() === "text" ? el.textContent : "",
        within: item?.dataset.within ?? "",
        leader: leader && leader.length === 2 ? [offset[0] + (leader[0] as number) * scale, offset[1] + (leader[1] as number) * scale] : null, // prettier-ignore
        rect: rel(el.getBoundingClientRect()),
      });
    }
  }
  const controlSelector = ".maplibregl-ctrl, .map-key, .map-credit, .static-view-control, .static-view-notice, .embed-static-note, .inset, .guide-control"; // prettier-ignore
  const controls = [...document.querySelectorAll(controlSelector)]
    .filter((el) => shown(el) && !el.querySelector(".maplibregl-ctrl"))
    .map((el) => ({
      name:
        (el.getAttribute("class") ?? "")
          .split(" ")
          .filter((c) => c !== "maplibregl-ctrl" && c !== "maplibregl-ctrl-group")
          .join(".") || el.tagName,
      rect: rel(el.getBoundingClientRect()),
    })) // prettier-ignore
    .filter((c) => c.rect.x1 > 0 && c.rect.y1 > 0 && c.rect.x0 < box.width && c.rect.y0 < box.height);
  return {
    width: box.width,
    height: box.height,
    pieces,
    controls,
    camera: svg?.dataset.camera ?? svg?.closest("[data-camera]")?.getAttribute("data-camera") ?? "",
    scale,
    offset,
    drawing: overlay ? "live" : svg ? "static" : "none",
  };
}
