/**
 * The app's page (index.html, stories/<id>/index.html) as the build writes it for one story: the title and byline,
 * the static map with its key and credits, the legend, the list with every feature's details, the article with
 * its marked passages (links to the list and back), and the panels' forms; each by the same markup function the
 * browser's panels use, which then attach to it. Works on any DOM document (linkedom at build time).
 */
import type { DerivedFacts } from "../model/derived.ts";
import type { Story } from "../model/types.ts";
import { appPaddingFor } from "../map-host/padding.ts";
import { creditMarkup, standInMarkup } from "../map-host/stand-in-markup.ts";
import { articleMarkup } from "../panels/article/markup.ts";
import { copyLinkMarkup } from "../panels/copy-link.ts";
import { bylineText } from "../panels/credits.ts";
import { RENDERED_ATTRIBUTE, el } from "../panels/dom.ts";
import { layersMarkup } from "../panels/legend/layers-panel.ts";
import { mapKeyMarkup } from "../panels/legend/map-key.ts";
import { featureListMarkup } from "../panels/list/markup.ts";
import { RESERVED_WIDTHS, heightOf, rowsAt } from "../panels/timeline/layout.ts";
import { exportPanelMarkup } from "../export/panel-markup.ts";
import { embedPanelMarkup } from "../embed/panel-markup.ts";
import { strings } from "../locale/en.ts";
import { toDom } from "../render/svg-tree.ts";
import { APP_FRAMES, staticMapSvgs, type StaticMapInput } from "./static-map.ts";
import { pageAttributes, type PagePlace } from "../stories/page.ts";
import { fill, slot } from "./slots.ts";

export interface PageInput extends Omit<StaticMapInput, "padding"> {
  readonly facts: DerivedFacts;
  readonly place: PagePlace;
}

/** The static map's drawing, marked as the build's for this story. */
export function staticDrawing(doc: Document, story: Story, svgs: ReturnType<typeof staticMapSvgs>): HTMLElement {
  const drawing = el(doc, "div", "static-view-drawing");
  drawing.dataset.build = story.id;
  drawing.append(...svgs.map((svg) => toDom(svg, doc)));
  return drawing;
}

/** The timeline's box, of the height its rows will need (narrow and wide), so that drawing it moves nothing. */
function reserveTimeline(doc: Document, host: HTMLElement, story: Story, facts: DerivedFacts): void {
  const dated = story.features.filter((f) => f.when !== null);
  if (dated.length === 0) return;
  const extent = facts.timeExtent;
  const rows = extent ? { narrow: rowsAt(dated, extent, RESERVED_WIDTHS.narrow), wide: rowsAt(dated, extent, RESERVED_WIDTHS.wide) } : { narrow: 1, wide: 1 }; // prettier-ignore
  host.dataset.rowsNarrow = String(rows.narrow);
  host.dataset.rowsWide = String(rows.wide);
  host.replaceChildren(
    ...(["wide", "narrow"] as const).map((name) => {
      const space = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
      space.setAttribute("class", `tl-space tl-space-${name}`);
      space.setAttribute("width", "100%");
      space.setAttribute("height", String(heightOf(rows[name])));
      space.setAttribute("aria-hidden", "true");
      return space;
    }),
  );
}

export function writeAppPage(doc: Document, input: PageInput): void {
  const { story, facts } = input;
  const root = slot(doc, "app");
  for (const [name, value] of Object.entries(pageAttributes(input.place, story.id))) root.setAttribute(name, value);
  doc.title = `${story.meta.title} – map`;
  slot(doc, "story-title").textContent = story.meta.title;
  slot(doc, "story-byline").textContent = bylineText(story);
  slot(doc, "story-dek").textContent = strings.dek(story.features.length);
  fill(slot(doc, "header-tools"), story.id, [copyLinkMarkup(doc)]);

  const map = slot(doc, "map");
  const box = standInMarkup(doc);
  box.setAttribute(RENDERED_ATTRIBUTE, story.id);
  const svgs = staticMapSvgs({ ...input, padding: (w) => appPaddingFor(w, null) }, APP_FRAMES, "app");
  box.prepend(staticDrawing(doc, story, svgs));
  map.replaceChildren(box, mapKeyMarkup(doc, story), creditMarkup(doc));

  reserveTimeline(doc, slot(doc, "timeline"), story, facts);
  fill(slot(doc, "details"), story.id, [el(doc, "p", "details-empty", strings.details.empty)]);
  fill(slot(doc, "layers"), story.id, layersMarkup(doc, story));
  fill(slot(doc, "exports"), story.id, exportPanelMarkup(doc, story.meta.title));
  fill(slot(doc, "embed-panel"), story.id, embedPanelMarkup(doc));
  fill(slot(doc, "feature-list"), story.id, featureListMarkup(doc, story, { noScript: { facts } }));
  fill(slot(doc, "article"), story.id, articleMarkup(doc, story, { links: true, guide: true }));
}
