/** What every picture export of a state needs before drawing: its size, footnotes, content, frame and file name. Pure. */
import type { DerivedFacts } from "../model/derived.ts";
import type { Story } from "../model/types.ts";
import { resolveView, type NamedView } from "../model/views.ts";
import { layoutFrame, type Frame, type SceneContent } from "../render/scene/layout.ts";
import type { UiState } from "../state/store.ts";
import { buildContent, footnotedFeatures, type Footnoted } from "./content.ts";
import { outputSize, type ExportOptions, type OutputSize } from "./presets.ts";

export interface PreparedExport {
  readonly options: ExportOptions;
  readonly size: OutputSize;
  /** [west, south, east, north] of the map in view. */
  readonly bounds: readonly [number, number, number, number];
  readonly footnoted: readonly Footnoted[];
  /** The footnote number of each footnoted feature (the map draws one numbered marker per place). */
  readonly numbers: ReadonlyMap<string, number>;
  readonly content: SceneContent;
  readonly frame: Frame;
  /** The file name without its extension. */
  readonly name: string;
}

/** A file name from a title: whole words, at most 60 characters. */
export function slug(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const cut = words.length <= 60 ? words : words.slice(0, 61).replace(/-[^-]*$/, "");
  return cut || "rafah-map";
}

export function prepareExport(
  story: Story,
  facts: DerivedFacts,
  state: UiState,
  options: ExportOptions,
  view: { width: number; height: number; bounds: readonly [number, number, number, number] },
): PreparedExport {
  const size = outputSize(options.size, options.scale, view);
  const footnoted = options.footnotes ? footnotedFeatures(story, state, view.bounds) : [];
  const content = buildContent(story, facts, state, footnoted, view.bounds);
  const frame = layoutFrame(size, options, content);
  const name = `${slug(options.title)}-${options.size}${options.size === "a4" || options.size === "letter" ? "" : `-${options.scale}x`}`;
  const numbers = new Map(footnoted.map((f) => [f.feature.id, f.n]));
  return { options, size, bounds: view.bounds, footnoted, numbers, content, frame, name };
}

/** The views a pack or a deck is made of: the ids asked for, or the view on screen; an unknown id throws. */
export function chosenViews(story: Story, ids: readonly string[] | undefined, onScreen: string): NamedView[] {
  return (ids && ids.length > 0 ? ids : [onScreen]).map((id) => {
    const { view } = resolveView(story.views, id);
    if (view.id !== id) throw new Error(`unknown view "${id}"`);
    return view;
  });
}
