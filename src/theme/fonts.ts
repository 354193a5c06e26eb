/** The type of the map and its compositions: font names, their weights and styles, and the files that carry them. */

/** Font names as the map's layers ask for them (MapLibre `font-faces` keys). */
export const fonts = {
  regular: "Noto Sans Regular",
  italic: "Noto Sans Italic",
  semibold: "Noto Sans SemiBold",
  bold: "Noto Sans Bold",
} as const;

export type FontName = (typeof fonts)[keyof typeof fonts];

/** The CSS family of the same faces, for canvas and SVG text. */
export const FONT_FAMILY = "Noto Sans";
/** The family list written into SVG and canvas text: the served face first, then common fallbacks. */
export const FONT_STACK = '"Noto Sans", "Helvetica Neue", Arial, sans-serif';
/**
 * The family of the names on the page's maps (static and live): the same files as "Noto Sans" at 400 and 600, and no
 * italic face, so slanted names are drawn from the regular face whatever the page has loaded: the map looks the
 * same from the first paint to the live map.
 */
export const MAP_FONT_STACK = '"Noto Sans Map", "Noto Sans", sans-serif';
