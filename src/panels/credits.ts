/** The report's byline and the credits every map view carries (app header, embed, exports, static map). Text only. */
import { formatIsoDate } from "../model/dates.ts";
import type { Story } from "../model/types.ts";
import { strings } from "../locale/en.ts";

/** When the report was published: a date, or "start – end". */
export function publishedText(story: Pick<Story, "published">): string {
  const { start, end } = story.published;
  return start === end ? formatIsoDate(start) : `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

/** "<attribution>. Published <when>." */
export function bylineText(story: Story): string {
  return `${story.meta.outlet.attribution}. ${strings.stories.published(publishedText(story))}.`;
}

/** The full credits line: OSM, GeoNames, the report's outlet and date, and "as of". */
export function creditsText(story: Story): string {
  return strings.exports.credits(
    story.meta.outlet.name ?? strings.exports.outletUnnamed,
    publishedText(story),
    formatIsoDate(story.published.end),
  );
}

/** The basemap's credits alone (the map's attribution). */
export const MAP_CREDITS = `${strings.attribution.osm} · ${strings.attribution.geonames}`;
