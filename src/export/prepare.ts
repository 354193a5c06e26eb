/** What every picture export of a state needs before drawing: its size, footnotes, content, frame and file name. Pure. */
import type { Position } from "geojson";
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
  readonly content: SceneContent;
  readonly frame: Frame;
  /** Where the numbered markers go, [lon, lat], in footnote order. */
  readonly positions: readonly Position[];
  /** The file name without its extension. */
  readonly name: string;
}

/** A file name from a title. */
export function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "rafah-map"
  );
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
  return { options, size, bounds: view.bounds, footnoted, content, frame, positions: footnoted.map((f) => f.at), name };
}

/** The numbered markers where the map put them (output pixels relative to the map box). */
export function numberedMarkers(
  prepared: PreparedExport,
  placed: readonly { x: number; y: number }[],
): { n: number; x: number; y: number }[] {
  return prepared.footnoted.map((f, i) => ({ n: f.n, x: placed[i]?.x ?? -1, y: placed[i]?.y ?? -1 }));
}

/** The views a pack or a deck is made of: the ids asked for, or the view on screen; an unknown id throws. */
export function chosenViews(story: Story, ids: readonly string[] | undefined, onScreen: string): NamedView[] {
  return (ids && ids.length > 0 ? ids : [onScreen]).map((id) => {
    const { view } = resolveView(story.views, id);
    if (view.id !== id) throw new Error(`unknown view "${id}"`);
    return view;
  });
}
