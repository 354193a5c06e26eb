/**
 * npm run story:anchor [-- <story-dir> ...]: an authoring aid. For every anchor that has only its `exact` quote
 * (and optionally `occurrence`, 0-based, when the quote is not unique), fills in prefix, suffix, start and end
 * from article.txt. Anchors that are already complete are left alone; `--refresh` rebuilds them all.
 */
import { join } from "node:path";
import { makeAnchor } from "../../src/model/anchor.ts";
import { FILES } from "../../src/model/validate.ts";
import { readStoryFiles, storyDirs, writeFeatures } from "./io.ts";

interface DraftAnchor {
  exact: string;
  occurrence?: number;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

const args = process.argv.slice(2);
const refresh = args.includes("--refresh");
const failures: string[] = [];
for (const dir of storyDirs(args.filter((a) => a !== "--refresh"))) {
  const files = readStoryFiles(dir);
  const collection = JSON.parse(files.features) as {
    features: { id: string; properties: { anchors: DraftAnchor[] } }[];
  };
  let filled = 0;
  let missed = 0;
  for (const f of collection.features) {
    f.properties.anchors = f.properties.anchors.map((a) => {
      if (!refresh && a.start !== undefined && a.end !== undefined && a.prefix !== undefined && a.suffix !== undefined)
        return a;
      try {
        const made = makeAnchor(files.article, a.exact, a.occurrence);
        filled++;
        return { ...made };
      } catch (error) {
        missed++;
        failures.push(`${join(dir, FILES.features)} feature "${f.id}": ${(error as Error).message}`);
        return a;
      }
    });
  }
  await writeFeatures(dir, collection);
  const plural = (n: number) => `${String(n)} anchor${n === 1 ? "" : "s"}`;
  console.log(`${dir}: ${plural(filled)} filled${missed > 0 ? `, ${plural(missed)} not filled (below)` : ""}`);
}
for (const line of failures) console.error(line);
process.exit(failures.length > 0 ? 1 : 0);
