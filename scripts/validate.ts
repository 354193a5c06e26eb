/**
 * npm run validate [-- <story-dir> ...]: checks every story (default: all folders in data/stories/) and lists every
 * problem at once, each naming file, feature and field. Exits non-zero when any story has an error.
 *
 * Beyond the model's validation (JSON, schema, geometry, ids, anchors, relations, dates), it checks that each
 * derived geometry is what `npm run data:derive` makes from the repository's data (gazetteer, basemap).
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseViews } from "../src/model/views.ts";
import { FILES, validateStory } from "../src/model/validate.ts";
import { formatProblem, type Problem } from "../src/model/problems.ts";
import { derive, deriveExtent, loadSources, type Derivation, type Sources } from "./stories/derive.ts";
import { dirName, readStoryFiles, storyDirs } from "./stories/io.ts";

export function checkDerived(featuresText: string, file: string, sources: Sources): Problem[] {
  const problems: Problem[] = [];
  const collection = JSON.parse(featuresText) as {
    features: {
      id: string;
      properties: { derivation?: Derivation; precision: { radiusM?: number; extent?: unknown } };
      geometry: unknown;
    }[];
  };
  for (const f of collection.features) {
    const d = f.properties.derivation;
    if (!d) continue;
    try {
      const geometry = derive(d, sources);
      const extent = deriveExtent(d, geometry, f.properties.precision.radiusM, sources);
      const stale = (field: string) =>
        problems.push({
          severity: "error",
          file,
          featureId: f.id,
          field,
          message: "differs from what its derivation makes from the repository's data: run npm run data:derive",
        });
      if (JSON.stringify(geometry) !== JSON.stringify(f.geometry)) stale("geometry");
      if (JSON.stringify(extent) !== JSON.stringify(f.properties.precision.extent))
        stale("properties.precision.extent");
    } catch (error) {
      problems.push({
        severity: "error",
        file,
        featureId: f.id,
        field: "properties.derivation",
        message: (error as Error).message,
      });
    }
  }
  return problems;
}

export function validateDir(dir: string, sources: Sources | null): Problem[] {
  const prefix = `${dir.replace(/\/+$/, "")}/`;
  const files = readStoryFiles(dir);
  const problems: Problem[] = files.missing.map((f) => ({
    severity: "error" as const,
    file: `${prefix}${f}`,
    message: "file is missing",
  }));
  const sharedViews = parseViews(JSON.parse(readFileSync("data/views.json", "utf8")), "data/views.json").views;
  const result = validateStory(files, { dirName: dirName(dir), sharedViews, pathPrefix: prefix });
  problems.push(...result.problems);
  if (result.story && sources) problems.push(...checkDerived(files.features, `${prefix}${FILES.features}`, sources));
  return problems;
}

function main(): void {
  const dirs = storyDirs(process.argv.slice(2));
  const sources = loadSources();
  let errors = 0;
  for (const dir of dirs) {
    const problems = validateDir(dir, sources);
    const count = problems.filter((p) => p.severity === "error").length;
    errors += count;
    for (const p of problems) console.log(formatProblem(p));
    console.log(`${join(dir)}: ${count === 0 ? "valid" : `${count} error${count === 1 ? "" : "s"}`}`);
  }
  if (errors > 0) {
    console.log(`\n${errors} error${errors === 1 ? "" : "s"} in ${dirs.length} stor${dirs.length === 1 ? "y" : "ies"}`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
