/** The app's static map box and the map's credits line as the page's build writes them (the drawing goes in first). */
import { MAP_CREDITS } from "../panels/credits.ts";

/** The static map's box (the page's build writes it, with the drawing, into the map's container). */
export function standInMarkup(doc: Document): HTMLElement {
  const box = doc.createElement("div");
  box.className = "static-view";
  return box;
}

/**
 * The map's credits (© OpenStreetMap contributors, GeoNames), on the map in every mode: the static map's and the
 * live map's (whose style draws no attribution of its own).
 */
export function creditMarkup(doc: Document): HTMLElement {
  const credit = doc.createElement("p");
  credit.className = "map-credit";
  credit.textContent = MAP_CREDITS;
  return credit;
}
