/** Self-hosted fonts for map labels (MapLibre 6 `font-faces`): no glyph server, no network. */
import type { FontFacesSpecification } from "maplibre-gl";
import regular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import italic from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url";
import semibold from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import bold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import { FONT_FILES, LATIN_RANGE } from "../../theme/font-files.ts";
import type { FontName } from "../../theme/fonts.ts";

/** The served URL of each face of the theme (theme/fonts.ts names the files). */
const URLS: Readonly<Record<string, string>> = {
  "noto-sans-latin-400-normal.woff2": regular,
  "noto-sans-latin-400-italic.woff2": italic,
  "noto-sans-latin-600-normal.woff2": semibold,
  "noto-sans-latin-700-normal.woff2": bold,
};

/** The theme's faces with their served URLs, for canvas text in exports (the same files the map uses). */
export const FONT_URLS: readonly { name: FontName; url: string; weight: string; style: string }[] = FONT_FILES.map(
  (f) => {
    const url = URLS[f.file];
    if (url === undefined) throw new Error(`fonts: no served file for ${f.file}`);
    return { name: f.name, url, weight: String(f.weight), style: f.style };
  },
);

/** Font files keyed by the names the layers use; URLs resolved against the page so embeds work from any path. */
export function fontFaces(base: string): FontFacesSpecification {
  return Object.fromEntries(
    FONT_URLS.map((f) => [f.name, [{ url: new URL(f.url, base).href, "unicode-range": LATIN_RANGE }]]),
  );
}
