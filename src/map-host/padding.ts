/**
 * The camera padding that keeps what a view shows clear of the map's controls: the view buttons above, the zoom
 * buttons and the locator on the right, the key and the scale bar below. Smaller on a phone (the locator is hidden
 * there unless it shows an off-map place).
 */
import type { Padding } from "../render/bands.ts";

export const PHONE_WIDTH = 560;

/**
 * Room for the on-map key above the scale bar: its height, or before it is drawn (the map starts before the story
 * is validated) the height it usually has, so that the first view is framed as every later one.
 */
function keyRoom(container: HTMLElement): number {
  const key = container.querySelector(".map-key") ?? container.parentElement?.querySelector(".map-key");
  const usual = container.getBoundingClientRect().width < 700 ? 22 : 40;
  return (key ? key.getBoundingClientRect().height : usual) + 36;
}

export function controlPadding(container: HTMLElement): Padding {
  const width = container.getBoundingClientRect().width;
  const bottom = Math.max(width < PHONE_WIDTH ? 40 : 48, keyRoom(container));
  return width < PHONE_WIDTH ? { top: 52, right: 48, bottom, left: 12 } : { top: 58, right: 104, bottom, left: 18 };
}

/** The embed's map has no view buttons nor locator: less room for controls. */
export function embedPadding(container: HTMLElement): Padding {
  const width = container.getBoundingClientRect().width;
  const bottom = Math.max(30, keyRoom(container));
  return width < PHONE_WIDTH ? { top: 12, right: 46, bottom, left: 10 } : { top: 14, right: 52, bottom, left: 14 };
}
