/** The app's static map box as the page's build writes it (the drawing goes in first, then these credits). */
import { MAP_CREDITS } from "../panels/credits.ts";

/** The static map's box with its credits (the page's build writes it, with the drawing, into the map's container). */
export function standInMarkup(doc: Document): HTMLElement {
  const box = doc.createElement("div");
  box.className = "static-view";
  const credit = doc.createElement("p");
  credit.className = "static-view-credit";
  credit.textContent = MAP_CREDITS;
  box.append(credit);
  return box;
}
