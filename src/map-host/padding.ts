/**
 * The camera padding that keeps what a view shows clear of the map's controls: the view buttons above, the zoom
 * buttons and the locator on the right, the key and the scale bar below. Smaller on a phone (the locator is hidden
 * there unless it shows an off-map place).
 */
import type { Padding } from "../render/bands.ts";

export const PHONE_WIDTH = 560;

/**
 * Room for the on-map key above the scale bar: its height, or before it is drawn (the page's build frames its
 * static map without one) the height it usually has, so that the first view is framed as every later one.
 */
function keyRoom(width: number, keyHeight: number | null): number {
  return (keyHeight ?? (width < 700 ? 22 : 40)) + 36;
}

function keyHeightIn(container: HTMLElement): number | null {
  const key = container.querySelector(".map-key") ?? container.parentElement?.querySelector(".map-key");
  return key ? key.getBoundingClientRect().height : null;
}

/** The app's padding for a map this wide with a key this tall (null: not drawn yet). */
export function appPaddingFor(width: number, keyHeight: number | null): Padding {
  const bottom = Math.max(width < PHONE_WIDTH ? 40 : 48, keyRoom(width, keyHeight));
  return width < PHONE_WIDTH ? { top: 52, right: 48, bottom, left: 12 } : { top: 58, right: 104, bottom, left: 18 };
}

/** The embed's map has no view buttons nor locator: less room for controls. */
export function embedPaddingFor(width: number, keyHeight: number | null): Padding {
  const bottom = Math.max(30, keyRoom(width, keyHeight));
  return width < PHONE_WIDTH ? { top: 12, right: 46, bottom, left: 10 } : { top: 14, right: 52, bottom, left: 14 };
}

export function controlPadding(container: HTMLElement): Padding {
  return appPaddingFor(container.getBoundingClientRect().width, keyHeightIn(container));
}

export function embedPadding(container: HTMLElement): Padding {
  return embedPaddingFor(container.getBoundingClientRect().width, keyHeightIn(container));
}
