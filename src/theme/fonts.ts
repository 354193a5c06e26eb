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
