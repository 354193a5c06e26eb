/**
 * npm run data:derive [-- <story-dir> ...]: makes every derived geometry of the stories from the repository's
 * data, as each feature's `properties.derivation` says: points of data/gazetteer/sites.json ("gazetteer"), a
 * basemap feature ("copy"), or a buffer of basemap or gazetteer geometries clipped to a basemap land polygon
 * ("buffer", computed with turf). Deterministic: running it again gives the same bytes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Geometry } from "geojson";
import { derive, deriveExtent, type Derivation, type DerivationSite, type Sources } from "../../src/model/derive.ts";
import { readStoryFiles, storyDirs, writeFeatures } from "./io.ts";

export { derive, deriveExtent, resolveRef, type Derivation, type Sources } from "../../src/model/derive.ts";

export function loadSources(): Sources {
  const read = (p: string): unknown => JSON.parse(readFileSync(p, "utf8"));
  return {
    sites: (read("data/gazetteer/sites.json") as { sites: DerivationSite[] }).sites,
    land: read("data/basemap/land.geojson") as Sources["land"],
    borders: read("data/basemap/borders.geojson") as Sources["borders"],
  };
}

async function main(): Promise<void> {
  const sources = loadSources();
  const failures: string[] = [];
  for (const dir of storyDirs(process.argv.slice(2))) {
    const files = readStoryFiles(dir);
    const collection = JSON.parse(files.features) as {
      features: {
        id: string;
        properties: { derivation?: Derivation; precision: { radiusM?: number; extent?: unknown } };
        geometry: Geometry | null;
      }[];
    };
    let count = 0;
    for (const f of collection.features) {
      const d = f.properties.derivation;
      if (!d) continue;
      try {
        const geometry = derive(d, sources);
        f.geometry = geometry;
        const extent = deriveExtent(d, geometry, f.properties.precision.radiusM, sources);
        if (extent) f.properties.precision.extent = extent;
        else delete f.properties.precision.extent;
        count++;
      } catch (error) {
        failures.push(`${dir} feature "${f.id}": ${(error as Error).message}`);
      }
    }
    await writeFeatures(dir, collection);
    console.log(`${dir}: ${count} geometries derived`);
  }
  for (const line of failures) console.error(line);
  process.exit(failures.length > 0 ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
