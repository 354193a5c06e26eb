/**
 * Validates a story (story.json, features.geojson, article.txt) and builds the frozen, typed model the rest of the
 * app reads. Lists every problem at once, each naming file, feature and field. The phases: sizes, story.json and
 * views (validate-meta.ts), features (validate-features.ts), relations (validate-relations.ts). No DOM, no map.
 */
import { parseDateOrInterval } from "./dates.ts";
import type { Problem } from "./problems.ts";
import { Report } from "./report.ts";
import { FILES, type Story, type StoryFiles, type ValidateOptions } from "./types.ts";
import { deepFreeze } from "./freeze.ts";
import { validateFeatures } from "./validate-features.ts";
import { checkSizes, resolveStoryViews, validateStoryJson } from "./validate-meta.ts";
import { checkRelations } from "./validate-relations.ts";
import { checkDefaultViewFraming, checkGuideViews } from "./validate-framing.ts";
import { featuresByParagraph } from "./steps.ts";
import type { NamedView } from "./views.ts";

export { FILES, LIMITS } from "./types.ts";
export type { Passage, Story, StoryFeature, StoryFiles, ValidateOptions } from "./types.ts";

export interface ValidationResult {
  readonly story: Story | null;
  readonly problems: readonly Problem[];
}

export function validateStory(files: StoryFiles, options: ValidateOptions): ValidationResult {
  const prefix = options.pathPrefix ?? "";
  const names = {
    story: `${prefix}${FILES.story}`,
    features: `${prefix}${FILES.features}`,
    article: `${prefix}${FILES.article}`,
  };
  const report = new Report();
  const tooBig = checkSizes(files, names, report);
  const meta = tooBig.has(names.story) ? null : validateStoryJson(files.story, names.story, options, report);
  const views: NamedView[] = meta ? resolveStoryViews(meta, names.story, options.sharedViews, report) : [];
  const article = tooBig.has(names.article) ? null : files.article;
  if (!tooBig.has(names.features)) {
    const { features, raw, ids } = validateFeatures(files.features, names.features, article, meta, report);
    if (raw) checkRelations(raw, new Set(ids.keys()), meta, names, report);
    if (meta) checkDefaultViewFraming(features, ids, views.find((v) => v.id === meta.defaultView), names.features, report); // prettier-ignore
    if (!report.hasErrors && meta) {
      const story: Story = {
        id: meta.id,
        meta,
        article: files.article,
        views: { defaultId: meta.defaultView, views },
        bounds: meta.bounds,
        features,
        published: meta.published.date === null ? null : parseDateOrInterval(meta.published.date),
      };
      const known = report.problems.length; // the guide's checks report errors only
      checkGuideViews(meta.guide?.views ?? [], views, featuresByParagraph(story), names.story, report);
      if (report.problems.length > known) return { story: null, problems: report.problems };
      return { story: deepFreeze(story), problems: report.problems };
    }
  }
  return { story: null, problems: report.problems };
}
