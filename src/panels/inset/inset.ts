/**
 * The inset locator (d3-geo, SVG): the world on an azimuthal equidistant projection centred on the story's region,
 * the current view framed, and the selected feature's off-map positions with their direction and distance, so
 * that selecting Washington or Tehran never leaves the reader lost.
 */
import { geoAzimuthalEquidistant, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { bearing, compass, forD3, greatCircleKm } from "../../model/geo.ts";
import { positionsOf } from "../../model/positions.ts";
import type { Story, StoryFeature } from "../../model/types.ts";
import type { BBox } from "../../model/views.ts";
import { WORLD_URL } from "../../render/basemap-files.ts";
import { svgEl } from "../../render/svg-tree.ts";
import type { Store } from "../../state/store.ts";
import { strings } from "../../locale/en.ts";

/** What the inset frames: the bounds the map shows, and a way to hear when they change. */
export interface ViewFrame {
  bounds(): BBox;
  /** Calls `fn` after each camera move; returns the unsubscribe function. */
  onMove(fn: () => void): () => void;
}

const SIZE = 84;

export class Inset {
  private readonly svg: SVGSVGElement;
  private readonly frame: SVGPathElement;
  private readonly offMap: SVGGElement;
  private readonly caption: HTMLElement;
  private readonly center: Position;
  private readonly project = geoAzimuthalEquidistant();
  private readonly path = geoPath(this.project);
  private readonly unsubscribe: () => void;
  private readonly byId: ReadonlyMap<string, StoryFeature>;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story,
    private readonly view: ViewFrame,
    store: Store,
  ) {
    const [w, s, e, n] = story.bounds;
    this.center = [(w + e) / 2, (s + n) / 2];
    this.byId = new Map(story.features.map((f) => [f.id, f]));
    this.project
      .rotate([-(this.center[0] as number), -(this.center[1] as number)])
      .clipAngle(175)
      .translate([SIZE / 2, SIZE / 2])
      .scale(SIZE / 2 / ((12_000 / 6371) * 1.0));
    this.svg = svgEl("svg", { width: SIZE, height: SIZE, viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img" });
    this.svg.setAttribute("aria-label", strings.inset.label);
    const sphere = svgEl("path", { class: "inset-sphere", d: this.path({ type: "Sphere" }) ?? "" });
    this.frame = svgEl("path", { class: "inset-frame" });
    this.offMap = svgEl("g", { class: "inset-offmap" });
    const land = svgEl("g", { class: "inset-land" });
    const centre = svgEl("circle", { class: "inset-centre", cx: SIZE / 2, cy: SIZE / 2, r: 2.5 });
    this.svg.append(sphere, land, this.frame, this.offMap, centre);
    this.caption = document.createElement("p");
    this.caption.className = "inset-caption";
    this.caption.setAttribute("aria-live", "polite");
    host.replaceChildren(this.svg, this.caption);
    void this.loadLand(land);
    const offMove = view.onMove(() => {
      this.drawFrame();
    });
    this.drawFrame();
    this.drawSelection(store.get().selected);
    const off = store.subscribe((state, previous) => {
      if (state.selected !== previous.selected) this.drawSelection(state.selected);
    });
    this.unsubscribe = () => {
      off();
      offMove();
    };
  }

  destroy(): void {
    this.unsubscribe();
  }

  private async loadLand(group: SVGGElement): Promise<void> {
    const response = await fetch(WORLD_URL);
    if (!response.ok) return;
    const world = (await response.json()) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of world.features) {
      group.append(svgEl("path", { d: this.path(forD3(f.geometry) as GeoPermissibleObjects) ?? "" }));
    }
  }

  private drawFrame(): void {
    const [w, s, e, n] = this.view.bounds();
    const ring: Position[] = [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ];
    // A tiny frame at this scale: draw at least a few pixels so that it can be seen.
    const d = this.path({ type: "Polygon", coordinates: [ring] }) ?? "";
    this.frame.setAttribute("d", d);
  }

  private drawSelection(id: string | null): void {
    this.offMap.replaceChildren();
    const f = id === null ? undefined : this.byId.get(id);
    const [w, s, e, n] = this.story.bounds;
    const outside = f
      ? positionsOf(f).filter(
          ([x, y]) => (x as number) < w || (x as number) > e || (y as number) < s || (y as number) > n,
        )
      : [];
    if (!f || outside.length === 0) {
      this.caption.textContent = "";
      this.host.classList.remove("has-offmap");
      return;
    }
    this.host.classList.add("has-offmap");
    const lines: string[] = [];
    for (const p of outside) {
      const line = svgEl("path", {
        class: "inset-route",
        d: this.path({ type: "LineString", coordinates: [this.center, p] }) ?? "",
      });
      const xy = this.project(p as [number, number]);
      this.offMap.append(line);
      if (xy) this.offMap.append(svgEl("circle", { class: "inset-point", cx: xy[0], cy: xy[1], r: 4 }));
      lines.push(strings.inset.offMap(Math.round(greatCircleKm(this.center, p)), compass(bearing(this.center, p))));
    }
    this.caption.textContent = `${f.properties.title}: ${lines.join("; ")}`;
  }
}
