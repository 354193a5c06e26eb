/**
 * The SVG map's one basemap loader: the full basemap (land, borders and places, as the live map and the exports
 * draw it) or its light preview copy (the static first paint and the no-WebGL map). Parsing is pure, so the same
 * code reads the files in node; loading takes a fetch function.
 */
import type { FeatureCollection, Geometry, MultiPolygon, Point } from "geojson";

export interface BasemapData {
  readonly land: FeatureCollection<MultiPolygon, { id: string }>;
  readonly borders: FeatureCollection<Geometry, { id: string; kind: string }>;
  readonly places: FeatureCollection<Geometry, { name: string; class: string; rank: number }>;
  /** The names placed for each zoom band (data/basemap/labels.geojson). */
  readonly labels?: FeatureCollection<Point, { name: string; class: string; band: string }>;
}

export interface BasemapUrls {
  readonly land: string;
  readonly borders: string;
  readonly places: string;
  readonly labels: string;
}

type PreviewProperties = { layer: string; id: string; kind?: string; name: string; class: string; rank: number };

/** The three files of the full basemap, as parsed JSON (from the repository's own build: trusted). */
export function fullBasemap(land: unknown, borders: unknown, places: unknown, labels?: unknown): BasemapData {
  return { land, borders, places, labels } as BasemapData;
}

/** The preview file (one collection, a `layer` property on each feature) as basemap data. */
export function previewBasemap(json: unknown, labels?: unknown, places?: unknown): BasemapData {
  const preview = json as FeatureCollection<Geometry, PreviewProperties>;
  const layer = (name: string) => preview.features.filter((f) => f.properties.layer === name);
  return {
    land: { type: "FeatureCollection", features: layer("land") as BasemapData["land"]["features"] },
    borders: {
      type: "FeatureCollection",
      features: layer("border").map((f) => ({
        ...f,
        properties: { id: f.properties.id, kind: f.properties.kind ?? "international" },
      })),
    },
    places: (places as BasemapData["places"] | undefined) ?? {
      type: "FeatureCollection",
      features: layer("place").map((f) => ({
        ...f,
        properties: { name: f.properties.name, class: f.properties.class, rank: f.properties.rank },
      })),
    },
    labels: labels as BasemapData["labels"],
  };
}

export type JsonFetcher = (url: string) => Promise<{ json: () => Promise<unknown> }>;

export async function loadFullBasemap(urls: BasemapUrls, fetcher: JsonFetcher): Promise<BasemapData> {
  const get = async (url: string): Promise<unknown> => (await fetcher(url)).json();
  const [land, borders, places, labels] = await Promise.all([get(urls.land), get(urls.borders), get(urls.places), get(urls.labels)]); // prettier-ignore
  return fullBasemap(land, borders, places, labels);
}

/** The light land and borders, with the live map's own names and places (so both show the same names). */
export async function loadPreviewBasemap(
  url: string,
  names: { labels: string; places: string },
  fetcher: JsonFetcher,
): Promise<BasemapData> {
  const get = (u: string) => fetcher(u).then((r) => r.json());
  const [preview, labels, places] = await Promise.all([get(url), get(names.labels), get(names.places)]);
  return previewBasemap(preview, labels, places);
}
