/** Self-hosted fonts for map labels (MapLibre 6 `font-faces`): no glyph server, no network. */
import type { FontFacesSpecification } from "maplibre-gl";
import regular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import italic from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url";
import semibold from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import bold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import { fonts } from "./theme.ts";

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

/** The woff2 files by CSS weight and style, for canvas text in exports (the same files the map uses). */
export const FONT_FILES = [
  { url: regular, weight: "400", style: "normal" },
  { url: italic, weight: "400", style: "italic" },
  { url: semibold, weight: "600", style: "normal" },
  { url: bold, weight: "700", style: "normal" },
] as const;

/** Font files keyed by the names the layers use; URLs resolved against the page so embeds work from any path. */
export function fontFaces(base: string): FontFacesSpecification {
  const face = (url: string) => [{ url: new URL(url, base).href, "unicode-range": LATIN_RANGE }];
  return {
    [fonts.regular]: face(regular),
    [fonts.italic]: face(italic),
    [fonts.semibold]: face(semibold),
    [fonts.bold]: face(bold),
  };
}
