/** The report's byline and the credits every map view carries (app header, embed, exports, static map). Text only. */
import { formatIsoDate } from "../model/dates.ts";
import type { Story } from "../model/types.ts";
import { strings } from "../locale/en.ts";

/** When the report was published: a date, or "start – end", or "undated". */
export function publishedText(story: Pick<Story, "published">): string {
  if (!story.published) return strings.stories.undated;
  const { start, end } = story.published;
  return start === end ? formatIsoDate(start) : `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

/** "<attribution>. Published <when>." */
export function bylineText(story: Story): string {
  const when = story.published ? strings.stories.published(publishedText(story)) : strings.stories.undatedByline;
  return `${story.meta.outlet.attribution}. ${when}.`;
}

/** "As of": the publication, or for an undated report the latest date it gives (or "undated"). */
function asOf(story: Story): string {
  if (story.published) return formatIsoDate(story.published.end);
  const latest = Math.max(...story.features.map((f) => f.when?.end ?? -Infinity));
  return Number.isFinite(latest) ? formatIsoDate(latest) : strings.stories.undated;
}

/** The full credits line: OSM, GeoNames, the report's outlet and date, and "as of". */
export function creditsText(story: Story): string {
  return strings.exports.credits(
    story.meta.outlet.name ?? strings.exports.outletUnnamed,
    publishedText(story),
    asOf(story),
  );
}

/** Who a document made of the story is by: the report's outlet, or its attribution when it is not named. */
export function authorOf(story: Story): string {
  return story.meta.outlet.name ?? story.meta.outlet.attribution;
}

/** The basemap's credits alone (the map's attribution). */
export const MAP_CREDITS = `${strings.attribution.osm} · ${strings.attribution.geonames}`;
