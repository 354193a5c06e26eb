/** Validation, last phase: relations between features and the story's reference line, once every id is known. */
import type { Report } from "./report.ts";
import { featureSchema, type StoryJson } from "./schema.ts";

export function checkRelations(
  raw: readonly unknown[],
  ids: ReadonlySet<string>,
  meta: StoryJson | null,
  files: { features: string; story: string },
  report: Report,
): void {
  raw.forEach((item, index) => {
    const parsed = featureSchema.safeParse(item);
    if (!parsed.success) return;
    parsed.data.properties.related.forEach((rel, i) => {
      const field = `features[${index}].properties.related[${i}].id`;
      const at = { file: files.features, featureId: parsed.data.id, field };
      if (!ids.has(rel.id)) report.error({ ...at, message: `no feature has the id "${rel.id}"` });
      else if (rel.id === parsed.data.id) report.error({ ...at, message: "a feature cannot relate to itself" });
    });
  });
  if (meta?.measureFrom !== undefined && !ids.has(meta.measureFrom)) {
    report.error({ file: files.story, field: "measureFrom", message: `no feature has the id "${meta.measureFrom}"` });
  }
}
