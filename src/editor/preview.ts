/**
 * The preview: the draft as a reader will see it, from the same renderers as the app (the static map of the
 * default view with its key, the article with its marked passages, the list, the details card and the timeline),
 * drawn again whenever the draft is valid and has changed. A draft with errors keeps its last good preview, marked
 * as out of date, and says how many errors stand in the way.
 */
import { deriveFacts } from "../model/derived.ts";
import type { Story } from "../model/types.ts";
import { controlPadding } from "../map-host/padding.ts";
import { mapBasemap, StaticMapView } from "../map-host/static-view.ts";
import { measuredOverlays, liveControls } from "../map-host/obstacles.ts";
import { ArticlePanel } from "../panels/article/panel.ts";
import { DetailsCard } from "../panels/details/card.ts";
import { FeatureList } from "../panels/list/feature-list.ts";
import { MapKey } from "../panels/legend/map-key.ts";
import { Timeline } from "../panels/timeline/timeline.ts";
import { Store } from "../state/store.ts";

interface Shown {
  readonly story: Story;
  readonly destroy: () => void;
  readonly drawn: Promise<void>;
}

/** The preview's map keeps the app's room for its controls, so it shows what the app will. */
function previewObstacles(box: HTMLElement): ReturnType<typeof liveControls> {
  const r = box.getBoundingClientRect();
  return [
    ...measuredOverlays(box, box.parentElement ?? box),
    ...liveControls("app", r.width, r.height, r.width >= 560),
  ];
}

export class DraftPreview {
  private readonly note = document.createElement("p");
  private readonly body = document.createElement("div");
  private shown: Shown | null = null;
  /** The basemap, loaded once when the editor starts (every preview draws on it). */
  private readonly basemap = mapBasemap();

  constructor(host: HTMLElement) {
    this.note.className = "preview-note";
    this.note.setAttribute("role", "status");
    this.body.className = "preview-body";
    host.append(this.note, this.body);
  }

  /** Shows the story (or says why not); resolves when its map is drawn. */
  render(story: Story | null, errors: number, selected: string | null): Promise<void> {
    if (!story) {
      this.body.dataset.stale = String(this.shown !== null);
      this.note.textContent = `The preview shows the draft once it has no errors (${String(errors)} to fix${this.shown ? "; below: the last version without errors" : ""}).`; // prettier-ignore
      return Promise.resolve();
    }
    this.note.textContent =
      "As readers will see it (the static map of the default view; the live map is the map above).";
    this.body.dataset.stale = "false";
    if (this.shown?.story === story) return this.shown.drawn;
    this.shown?.destroy();
    this.shown = this.show(story, selected);
    return this.shown.drawn;
  }

  private show(story: Story, selected: string | null): Shown {
    const part = (className: string, label: string) => {
      const el = document.createElement("div");
      el.className = className;
      el.setAttribute("aria-label", label);
      return el;
    };
    const map = part("preview-map", "Preview of the map");
    const details = part("preview-details", "Preview of the details");
    const timeline = part("preview-timeline timeline", "Preview of the timeline");
    const list = part("preview-list", "Preview of the list");
    const article = part("preview-article", "Preview of the article");
    const side = document.createElement("div");
    side.className = "preview-side";
    side.append(details, list);
    const main = document.createElement("div");
    main.className = "preview-main";
    main.append(map, timeline);
    this.body.replaceChildren(main, side, article);
    const inStory = selected !== null && story.features.some((f) => f.id === selected) ? selected : null;
    const store = new Store({ storyId: story.id, viewId: story.views.defaultId, selected: inStory, selectedFrom: null, hovered: null, hidden: [], timeRange: null, step: null, focus: null }); // prettier-ignore
    const facts = deriveFacts(story);
    const staticMap = new StaticMapView(map, story, story.views, store, { className: "static-view", padding: controlPadding, obstacles: previewObstacles, basemap: this.basemap }); // prettier-ignore
    const panels = [
      new MapKey(map, story, store),
      new DetailsCard(details, story, facts, store),
      new Timeline(timeline, story, facts, store),
      new FeatureList(list, story, store),
      new ArticlePanel(article, story, store),
    ];
    const drawn = staticMap.show("preview").then(() => {
      map.dataset.drawnFeatures = String(map.querySelectorAll("[data-feature]").length);
    });
    return {
      story,
      drawn,
      destroy: () => {
        staticMap.hide();
        for (const p of panels) p.destroy();
      },
    };
  }
}
