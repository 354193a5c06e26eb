/**
 * The embed's instant first paint: a static SVG of the requested view with the story's features (d3-geo, the same
 * data and theme as the export), drawn before MapLibre is loaded, and kept as the fallback when WebGL is missing.
 */
import type { FeatureCollection, Geometry, Position } from "geojson";
import previewUrl from "../../data/basemap/preview.geojson?url";
import { renderMapVector, type BasemapData } from "../export/map-vector.ts";
import type { Story } from "../model/validate.ts";
import type { BBox } from "../model/views.ts";

const NS = "http://www.w3.org/2000/svg";

export async function loadPreviewBasemap(): Promise<BasemapData> {
  const preview = (await fetch(previewUrl).then((r) => r.json())) as FeatureCollection<
    Geometry,
    { layer: string; id: string; kind?: string; name: string; class: string; rank: number }
  >;
  return {
    land: {
      type: "FeatureCollection",
      features: preview.features.filter((f) => f.properties.layer === "land") as BasemapData["land"]["features"],
    },
    borders: {
      type: "FeatureCollection",
      features: preview.features
        .filter((f) => f.properties.layer === "border")
        .map((f) => ({ ...f, properties: { id: f.properties.id, kind: f.properties.kind ?? "international" } })),
    },
    places: {
      type: "FeatureCollection",
      features: preview.features
        .filter((f) => f.properties.layer === "place")
        .map((f) => ({
          ...f,
          properties: { name: f.properties.name, class: f.properties.class, rank: f.properties.rank },
        })),
    },
  };
}

/**
 * Draws the static map into `host`, framed on `bounds`, at the host's size; returns where the given positions
 * (of a selected feature, say) land on it.
 */
export function drawStaticMap(
  host: HTMLElement,
  basemap: BasemapData,
  story: Pick<Story, "features">,
  bounds: BBox,
  hidden: readonly string[],
  positions: readonly Position[] = [],
): { svg: SVGSVGElement; markers: readonly { x: number; y: number }[] } {
  const box = host.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const defs = document.createElementNS(NS, "defs");
  const group = document.createElementNS(NS, "g");
  svg.append(defs, group);
  const { markers } = renderMapVector(
    group,
    defs,
    { width, height },
    1,
    [...bounds] as [number, number, number, number],
    basemap,
    story,
    hidden,
    positions,
  );
  host.replaceChildren(svg);
  return { svg, markers };
}
