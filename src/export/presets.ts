/** Export sizes and options. Pure. */
import type { OutputSize, SceneOptions } from "../render/scene/layout.ts";

export type { OutputSize } from "../render/scene/layout.ts";

export type ExportFormat = "png" | "svg" | "geojson" | "pptx" | "pdf";
export type SizePreset = "view" | "slide" | "a4" | "letter" | "square";

export interface ExportOptions extends SceneOptions {
  readonly format: ExportFormat;
  readonly size: SizePreset;
  /** 1, 2 or 3; applies to view, slide and square (A4 is always 300 dpi). */
  readonly scale: number;
  /** A PDF pack's views (ids), a page each; none: the view on screen. */
  readonly views?: readonly string[];
}

export const SIZE_PRESETS: Readonly<
  Record<SizePreset, { label: string; width?: number; height?: number; unit?: number }>
> = {
  view: { label: "Current view" },
  slide: { label: "Slide, 1920 × 1080", width: 1920, height: 1080, unit: 1.5 },
  a4: { label: "A4 landscape, 300 dpi (3508 × 2480)", width: 3508, height: 2480, unit: 3 },
  letter: { label: "US Letter landscape, 300 dpi (3300 × 2550)", width: 3300, height: 2550, unit: 3 },
  square: { label: "Square, 1080 × 1080", width: 1080, height: 1080, unit: 1.2 },
};

/**
 * A deck slide's map picture in CSS pixels (drawn at 2x): the room between the slide's title and its credits
 * (12.63 × 6 in of the 13.33 × 7.5 in slide, at 96 per inch), so the picture fills it.
 */
export const DECK_PICTURE = { width: 1212, height: 576 } as const;

export const SCALES = [1, 2, 3] as const;

export function outputSize(size: SizePreset, scale: number, view: { width: number; height: number }): OutputSize {
  const s = SCALES.includes(scale as 1 | 2 | 3) ? scale : 1;
  if (size === "a4") return { width: 3508, height: 2480, unit: 3 };
  if (size === "letter") return { width: 3300, height: 2550, unit: 3 };
  if (size === "view") return { width: Math.round(view.width * s), height: Math.round(view.height * s), unit: s };
  const p = SIZE_PRESETS[size];
  return { width: (p.width ?? 0) * s, height: (p.height ?? 0) * s, unit: (p.unit ?? 1) * s };
}

export function isSizePreset(v: string): v is SizePreset {
  return v in SIZE_PRESETS;
}

export function isFormat(v: string): v is ExportFormat {
  return v === "png" || v === "svg" || v === "geojson" || v === "pptx" || v === "pdf";
}
