/**
 * The editor's live map: the same offline basemap as the reader's map (map-host/live-map.ts), the draft's
 * geometries over it, and drawing with terra-draw and its MapLibre adapter: click a point, draw a line or a
 * polygon (Enter or a click on the last point finishes; Escape or "Cancel drawing" cancels, leaving the geometry
 * as it was). A finished drawing goes to the feature being edited.
 */
import "maplibre-gl/dist/maplibre-gl.css";
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import { createMap } from "../map-host/live-map.ts";
import { liveControls } from "../map-host/obstacles.ts";
import { LayoutOverlay } from "../map-host/overlay.ts";
import { mapBasemap } from "../map-host/static-view.ts";
import { Store } from "../state/store.ts";
import { BASEMAP_BOUNDS } from "../render/basemap-files.ts";
import { idOf, isObject, type Json, type JsonObject } from "./draft.ts";

export type DrawMode = "point" | "linestring" | "polygon";

export interface DrawnGeometry {
  readonly type: "Point" | "LineString" | "Polygon";
  readonly coordinates: unknown;
}

export interface DrawMapEvents {
  readonly onDrawn: (geometry: DrawnGeometry) => void;
  readonly onCancelled: (mode: DrawMode) => void;
}

const DRAFT_SOURCE = "editor-draft";

const isPosition = (c: unknown): boolean =>
  Array.isArray(c) && c.length >= 2 && c.every((n) => typeof n === "number" && Number.isFinite(n));
const isLine = (c: unknown, min: number): boolean => Array.isArray(c) && c.length >= min && c.every(isPosition);
const isRings = (c: unknown): boolean => Array.isArray(c) && c.length > 0 && c.every((r) => isLine(r, 4));
const CHECKS: Readonly<Record<string, (c: unknown) => boolean>> = {
  Point: isPosition,
  MultiPoint: (c) => isLine(c, 1),
  LineString: (c) => isLine(c, 2),
  MultiLineString: (c) => Array.isArray(c) && c.every((l) => isLine(l, 2)),
  Polygon: isRings,
  MultiPolygon: (c) => Array.isArray(c) && c.every(isRings),
};

/** Whether a draft's geometry can be drawn as it is (one being typed may not be yet: the validator says why). */
function isDrawable(geometry: Json | undefined): boolean {
  if (!isObject(geometry ?? null)) return false;
  const g = geometry as JsonObject;
  const check = CHECKS[typeof g.type === "string" ? g.type : ""];
  return check !== undefined && check(g.coordinates);
}

export class DrawMap {
  private readonly map: MapLibreMap;
  private draw: TerraDraw | null = null;
  private drawing: DrawMode | null = null;
  readonly ready: Promise<void>;

  constructor(
    container: HTMLElement,
    private readonly events: DrawMapEvents,
  ) {
    this.map = createMap({
      container,
      bounds: [33.6, 30.6, 35.0, 31.8],
      maxBounds: BASEMAP_BOUNDS,
      padding: () => ({ top: 10, right: 50, bottom: 30, left: 10 }),
    });
    // The basemap's names, laid out as on the reader's map (the draft is drawn by the editor's own layers).
    const names = new Store({ storyId: "", viewId: "", selected: null, selectedFrom: null, hovered: null, hidden: [], timeRange: null, step: null, focus: null }); // prettier-ignore
    new LayoutOverlay(this.map, null, names, { basemap: mapBasemap(), padding: () => ({ top: 10, right: 50, bottom: 30, left: 10 }), obstacles: (box) => liveControls("embed", box.clientWidth, box.clientHeight, false) }); // prettier-ignore
    this.ready = new Promise((resolve) => {
      this.map.once("load", () => {
        this.addDraftLayers();
        this.startDrawing();
        container.dataset.ready = "true";
        resolve();
      });
    });
    container.addEventListener(
      "keydown",
      (e) => {
        if (e.key === "Escape" && this.drawing) queueMicrotask(() => { this.cancel(); }); // prettier-ignore
      },
      { capture: true },
    );
  }

  private addDraftLayers(): void {
    this.map.addSource(DRAFT_SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    const selected: ExpressionSpecification = ["==", ["get", "selected"], true];
    this.map.addLayer({ id: "editor-fill", type: "fill", source: DRAFT_SOURCE, filter: ["==", ["geometry-type"], "Polygon"], paint: { "fill-color": "#1a5fb4", "fill-opacity": ["case", selected, 0.28, 0.12] } }); // prettier-ignore
    this.map.addLayer({ id: "editor-line", type: "line", source: DRAFT_SOURCE, filter: ["!=", ["geometry-type"], "Point"], paint: { "line-color": "#1a5fb4", "line-width": ["case", selected, 3, 1.5] } }); // prettier-ignore
    this.map.addLayer({ id: "editor-point", type: "circle", source: DRAFT_SOURCE, filter: ["==", ["geometry-type"], "Point"], paint: { "circle-color": "#1a5fb4", "circle-radius": ["case", selected, 7, 4.5], "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.5 } }); // prettier-ignore
  }

  private startDrawing(): void {
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map: this.map }),
      modes: [new TerraDrawPointMode(), new TerraDrawLineStringMode(), new TerraDrawPolygonMode()],
    });
    draw.start();
    draw.on("finish", (id) => {
      const feature = draw.getSnapshotFeature(id);
      const mode = this.drawing;
      this.drawing = null;
      draw.setMode("static");
      draw.clear();
      if (!feature || !mode) return;
      this.events.onDrawn(feature.geometry);
    });
    this.draw = draw;
  }

  /** Starts drawing a geometry of this kind (the feature being edited gets it when it is finished). */
  async start(mode: DrawMode): Promise<void> {
    this.map.getContainer().scrollIntoView({ block: "nearest" });
    await this.ready;
    if (!this.draw) return;
    this.drawing = mode;
    this.draw.setMode(mode);
    this.map.getCanvas().focus({ preventScroll: true });
  }

  get isDrawing(): DrawMode | null {
    return this.drawing;
  }

  /** Stops drawing and drops what was not finished. */
  cancel(): void {
    const mode = this.drawing;
    if (!mode || !this.draw) return;
    this.drawing = null;
    this.draw.setMode("static");
    this.draw.clear();
    this.events.onCancelled(mode);
  }

  /** Shows the draft's geometries (the one being edited stronger). */
  show(features: readonly JsonObject[], selected: string | null): void {
    const source = this.map.getSource<GeoJSONSource>(DRAFT_SOURCE);
    if (!source) {
      void this.ready.then(() => { this.show(features, selected); }); // prettier-ignore
      return;
    }
    const shown = features
      .filter((f) => isDrawable(f.geometry))
      .map((f) => ({ type: "Feature" as const, id: undefined, properties: { id: idOf(f), selected: f.id === selected }, geometry: f.geometry as unknown as GeoJSON.Geometry })); // prettier-ignore
    void source.setData({ type: "FeatureCollection", features: shown });
  }
}
