/**
 * Which control a problem belongs to: story.json fields are "story:<field>", a feature's fields are
 * "feature:<id>:<field>", the article is "article". A problem on a field that has no control of its own (such as
 * properties.anchors[0].prefix) goes to the nearest control up its path.
 */
import { FILES } from "../model/validate.ts";
import type { Problem } from "../model/problems.ts";

export function storyField(field: string): string {
  return `story:${field}`;
}

export function featureField(id: string, field: string): string {
  return `feature:${id}:${field}`;
}

export const ARTICLE_FIELD = "article";

function parents(field: string): string[] {
  const out = [field];
  let at = field;
  for (;;) {
    const cut = Math.max(at.lastIndexOf("."), at.lastIndexOf("["));
    if (cut <= 0) break;
    at = at.slice(0, cut);
    out.push(at);
  }
  return out;
}

/** The keys a problem could be shown at, nearest first. */
export function fieldKeys(problem: Problem): string[] {
  if (problem.file.endsWith(FILES.article)) return [ARTICLE_FIELD];
  if (problem.featureId !== undefined) {
    const id = problem.featureId;
    // The validator names a feature's fields from the collection: features[3].properties.title.
    const field = (problem.field ?? "").replace(/^features\[\d+\]\.?/, "") || "properties";
    return [...parents(field).map((f) => featureField(id, f)), featureField(id, "")];
  }
  if (problem.file.endsWith(FILES.story)) return parents(problem.field ?? "").map(storyField);
  return [];
}

/** Problems by the control they are shown at (the nearest one that exists). */
export function problemsByControl(
  problems: readonly Problem[],
  exists: (key: string) => boolean,
): Map<string, Problem[]> {
  // prettier-ignore
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = fieldKeys(p).find(exists);
    if (key === undefined) continue;
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}
