/**
 * The files that carry the theme's faces (theme/fonts.ts) and the characters they cover: read by the live map's
 * font-faces, the canvas and SVG exports. Apart from the names so that the static map does not load this list.
 */
import { fonts, type FontName } from "./fonts.ts";

/** The @fontsource "latin" files of each face (in @fontsource/noto-sans/files/), by weight and style. */
export const FONT_FILES: readonly {
  name: FontName;
  file: string;
  weight: 400 | 600 | 700;
  style: "normal" | "italic";
}[] = [
  { name: fonts.regular, file: "noto-sans-latin-400-normal.woff2", weight: 400, style: "normal" },
  { name: fonts.italic, file: "noto-sans-latin-400-italic.woff2", weight: 400, style: "italic" },
  { name: fonts.semibold, file: "noto-sans-latin-600-normal.woff2", weight: 600, style: "normal" },
  { name: fonts.bold, file: "noto-sans-latin-700-normal.woff2", weight: 700, style: "normal" },
];

/** The @fontsource "latin" subset: Basic Latin, Latin-1, general punctuation (dashes, quotes) and a few symbols. */
export const LATIN_RANGE = [
  "U+0000-00FF",
  "U+0131",
  "U+0152-0153",
  "U+02BB-02BC",
  "U+02C6",
  "U+02DA",
  "U+02DC",
  "U+0304",
  "U+0308",
  "U+0329",
  "U+2000-206F",
  "U+20AC",
  "U+2122",
  "U+2191",
  "U+2193",
  "U+2212",
  "U+2215",
  "U+FEFF",
  "U+FFFD",
];
