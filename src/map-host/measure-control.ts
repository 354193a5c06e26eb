/**
 * A measuring tool for analysts: click points on the map, read the distance along them in kilometres (turf,
 * on the sphere). Escape or the button stops. It owns its DOM, its listeners, and its own small GeoJSON source.
 */
import length from "@turf/length";
import type { GeoJSONSource, IControl, Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import type { Feature, FeatureCollection, Position } from "geojson";
import { selection } from "../theme/palette.ts";
import { strings } from "../locale/en.ts";

const SOURCE = "measure";

export function measuredKm(points: readonly Position[]): number {
  if (points.length < 2) return 0;
  return length(
    { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [...points] } },
    { units: "kilometers" },
  );
}

export class MeasureControl implements IControl {
  private map: MapLibreMap | null = null;
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private output: HTMLElement | null = null;
  private points: Position[] = [];
  private active = false;

  /** `onToggle` hears when measuring starts and stops (the map host turns it into an event). */
  constructor(private readonly onToggle: (active: boolean) => void = () => undefined) {}

  private readonly onClick = (e: MapMouseEvent) => {
    if (!this.active) return;
    this.points.push([e.lngLat.lng, e.lngLat.lat]);
    this.draw();
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && this.active) this.toggle(false);
  };

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const box = document.createElement("div");
    box.className = "maplibregl-ctrl maplibregl-ctrl-group measure-control";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "measure-button";
    button.textContent = "⟷";
    button.title = strings.measure.button;
    button.setAttribute("aria-label", strings.measure.button);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      this.toggle(!this.active);
    });
    const output = document.createElement("div");
    output.className = "measure-output";
    output.setAttribute("role", "status");
    output.hidden = true;
    box.append(button, output);
    this.container = box;
    this.button = button;
    this.output = output;
    map.on("click", this.onClick);
    document.addEventListener("keydown", this.onKey);
    return box;
  }

  onRemove(): void {
    this.map?.off("click", this.onClick);
    document.removeEventListener("keydown", this.onKey);
    this.container?.remove();
    this.map = null;
  }

  isActive(): boolean {
    return this.active;
  }

  toggle(on: boolean): void {
    const map = this.map;
    if (!map) return;
    this.active = on;
    this.points = [];
    map.getContainer().classList.toggle("is-measuring", on);
    this.onToggle(on);
    this.button?.setAttribute("aria-pressed", String(on));
    if (this.button) this.button.title = on ? strings.measure.stop : strings.measure.button;
    if (this.output) {
      this.output.hidden = !on;
      this.output.textContent = on ? strings.measure.hint : "";
    }
    if (!map.getSource(SOURCE)) {
      map.addSource(SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
      map.addLayer({
        id: "measure-line",
        type: "line",
        source: SOURCE,
        paint: { "line-color": selection.stroke, "line-width": 2, "line-dasharray": [2, 1] },
      });
      map.addLayer({
        id: "measure-points",
        type: "circle",
        source: SOURCE,
        filter: ["==", ["geometry-type"], "Point"],
        paint: {
          "circle-radius": 4,
          "circle-color": "#ffffff",
          "circle-stroke-color": selection.stroke,
          "circle-stroke-width": 2,
        },
      });
    }
    this.draw();
  }

  /** Redraws after a click: the only time this source's data changes. */
  private draw(): void {
    const features: Feature[] = this.points.map((p) => ({
      type: "Feature",
      properties: {},
      geometry: { type: "Point", coordinates: p },
    }));
    if (this.points.length >= 2) {
      features.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: this.points } });
    }
    const data: FeatureCollection = { type: "FeatureCollection", features };
    void this.map?.getSource<GeoJSONSource>(SOURCE)?.setData(data);
    if (this.output && this.active && this.points.length >= 2) {
      this.output.textContent = strings.measure.result(measuredKm(this.points));
    }
  }
}
