/** The served URLs of the repository's basemap files (bundled by Vite), for the renderers that load them. */
import landUrl from "../../data/basemap/land.geojson?url";
import bordersUrl from "../../data/basemap/borders.geojson?url";
import placesUrl from "../../data/basemap/places.geojson?url";
import labelsUrl from "../../data/basemap/labels.geojson?url";
import markers from "../../data/basemap/markers.json";
import viewsJson from "../../data/views.json";
import type { Band } from "./bands.ts";
import worldUrl from "../../data/basemap/world.geojson?url";
import meta from "../../data/basemap/meta.json";
import type { BBox } from "../model/views.ts";

export const BASEMAP_URLS = { land: landUrl, borders: bordersUrl, places: placesUrl, labels: labelsUrl } as const;
/** The positions of the basemap's place markers (a statement there stands beside the marker). */
export const BASEMAP_MARKERS = markers as unknown as readonly [number, number][];
/** The zoom bands labels are placed for: the basemap's named views. */
export const LABEL_BANDS: readonly Band[] = viewsJson.views;
export const WORLD_URL: string = worldUrl;
/** The crop box of the basemap: the live map's maxBounds, so crop edges never show. */
export const BASEMAP_BOUNDS = meta.bbox as unknown as BBox;
