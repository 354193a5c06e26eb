/**
 * The embed's page (embed.html, stories/<id>/embed.html) as the build writes it for one story: the title, the
 * static map with its key, the credits, the legend and the list with every feature's details, by the same markup
 * functions the embed's panels attach to.
 */
import { embedPaddingFor } from "../map-host/padding.ts";
import { creditsText } from "../panels/credits.ts";
import { RENDERED_ATTRIBUTE, el } from "../panels/dom.ts";
import { layersMarkup } from "../panels/legend/layers-panel.ts";
import { mapKeyMarkup } from "../panels/legend/map-key.ts";
import { featureListMarkup } from "../panels/list/markup.ts";
import { strings } from "../locale/en.ts";
import { pageAttributes } from "../stories/page.ts";
import type { PageInput } from "./app-page.ts";
import { staticDrawing } from "./app-page.ts";
import { EMBED_FRAMES, staticMapSvgs } from "./static-map.ts";
import { fill, slot } from "./slots.ts";

export function writeEmbedPage(doc: Document, input: PageInput): void {
  const { story, facts } = input;
  const root = slot(doc, "embed");
  for (const [name, value] of Object.entries(pageAttributes(input.place, story.id))) root.setAttribute(name, value);
  doc.title = `Map: ${story.meta.title}`;
  slot(doc, "story-title").textContent = story.meta.title;
  const open = slot(doc, "open-full");
  open.setAttribute("href", "./");

  const staticMap = slot(doc, "static-map");
  const svgs = staticMapSvgs({ ...input, padding: (w) => embedPaddingFor(w, null) }, EMBED_FRAMES, "embed");
  staticMap.replaceChildren(staticDrawing(doc, story, svgs));
  staticMap.setAttribute(RENDERED_ATTRIBUTE, story.id);
  staticMap.parentElement?.append(mapKeyMarkup(doc, story));

  slot(doc, "embed-credits").textContent = creditsText(story);
  fill(slot(doc, "details"), story.id, [el(doc, "p", "details-empty", strings.details.emptyEmbed)]);
  fill(slot(doc, "layers"), story.id, layersMarkup(doc, story));
  fill(slot(doc, "feature-list"), story.id, featureListMarkup(doc, story, { noScript: { facts } }));
}
