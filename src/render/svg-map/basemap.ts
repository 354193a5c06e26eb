/**
 * The SVG map's one basemap loader: land, borders, places and the banded names, the files the live map draws (the
 * static map, the exports and the layout read the same). Parsing is pure, so the same code reads the files in node;
 * loading takes a fetch function.
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

/** The three files of the full basemap, as parsed JSON (from the repository's own build: trusted). */
export function fullBasemap(land: unknown, borders: unknown, places: unknown, labels?: unknown): BasemapData {
  return { land, borders, places, labels } as BasemapData;
}

export type JsonFetcher = (url: string) => Promise<{ json: () => Promise<unknown> }>;

export async function loadFullBasemap(urls: BasemapUrls, fetcher: JsonFetcher): Promise<BasemapData> {
  const get = async (url: string): Promise<unknown> => (await fetcher(url)).json();
  const [land, borders, places, labels] = await Promise.all([get(urls.land), get(urls.borders), get(urls.places), get(urls.labels)]); // prettier-ignore
  return fullBasemap(land, borders, places, labels);
}
