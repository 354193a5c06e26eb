/**
 * "Suggested places": the place names the geoparser found in the article, one entry per name, with its first
 * passage, the match, coordinates and precision, and an "Add …" button per place it may be. Ambiguous names list
 * every candidate and place none; unknown names are listed as not in the gazetteer; areas (countries, regions,
 * seas) are named as areas. Adding makes a feature anchored to that passage.
 */
import type { PlaceCandidate, PlaceMatch, PlaceSuggestion } from "./geoparse.ts";
import { button } from "./controls.ts";

const STATUS_TEXT: Record<PlaceMatch["status"], string> = {
  found: "found in the gazetteer",
  ambiguous: "ambiguous: several places have this name; choose one",
  area: "an area (country, territory, region or sea), not a point",
  unknown: "not in the gazetteer: give it a place yourself",
};

function where(c: PlaceCandidate): string {
  const radius = c.precision.radiusM === undefined ? "" : ` within ${String(Math.round(c.precision.radiusM))} m`;
  return `${c.lat.toFixed(4)}° N, ${c.lon.toFixed(4)}° E · ${c.precision.type}${radius} · ${c.source}`;
}

export function renderSuggestions(
  list: HTMLUListElement,
  article: string,
  suggestions: readonly PlaceSuggestion[],
  onAdd: (match: PlaceMatch, candidate: PlaceCandidate | null) => void,
): void {
  const items = suggestions.flatMap(({ occurrences }) => {
    const match = occurrences[0];
    if (!match) return [];
    const mentions = occurrences.length;
    const li = document.createElement("li");
    li.className = `suggestion suggestion-${match.status}`;
    const head = document.createElement("p");
    const name = document.createElement("strong");
    name.textContent = match.match;
    head.append(name, ` — ${STATUS_TEXT[match.status]}${mentions > 1 ? ` · ${String(mentions)} mentions` : ""}`);
    const passage = document.createElement("q");
    passage.textContent = article.slice(match.passage.start, match.passage.end);
    li.append(head, passage);
    for (const c of match.candidates) {
      const line = document.createElement("p");
      line.className = "candidate";
      line.textContent = `${c.name} (${c.context}): ${where(c)}`;
      li.append(line);
      if (match.status === "found" || match.status === "ambiguous") {
        const label = match.status === "ambiguous" ? `Add ${c.name} (${c.context})` : `Add ${c.name}`;
        li.append(button(label, () => { onAdd(match, c); })); // prettier-ignore
      }
    }
    // An area is not drawn from its label's point: it starts unlocated, to be drawn or left so.
    if (match.status === "unknown" || match.status === "area") li.append(button(`Add ${match.match} (unlocated)`, () => { onAdd(match, null); })); // prettier-ignore
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement("li");
    li.textContent = "No place names found.";
    items.push(li);
  }
  list.replaceChildren(...items);
}
