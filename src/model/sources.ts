/**
 * A feature's sources in plain words. A source is cited by id (`gazetteer:<site>`, `basemap:land#<id>`,
 * `basemap:borders#<id>`, `basemap:places#<id>`, `source:<publication>`) or named in words ("the report"); an id
 * resolves to the public source it stands for (its title, publisher and date, as data/gazetteer/sites.json and
 * data/sources.json cite them), so that readers never see an id nor a repository path. An id or a path this
 * repository does not know is an error of the story. Pure (the data files are the repository's own).
 */
import sitesJson from "../../data/gazetteer/sites.json" with { type: "json" };
import sourcesJson from "../../data/sources.json" with { type: "json" };

export interface CitedSource {
  /** The source in plain words ("Rafah crossing: Wikipedia, “Rafah Border Crossing”"). */
  readonly text: string;
  /** What the story says the source gives (the feature's note), or "". */
  readonly note: string;
}

interface Site {
  readonly id: string;
  readonly name: string;
  readonly source: string;
}

interface Publication {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
}

const sites = new Map((sitesJson as { sites: Site[] }).sites.map((s) => [s.id, s]));
const { publications, basemap } = sourcesJson as {
  publications: Publication[];
  basemap: { cite: string; land: Record<string, string>; borders: Record<string, string>; places: string };
};
const books = new Map(publications.map((p) => [p.id, p]));

/** "Wikipedia "Rafah camp"" → "Wikipedia, “Rafah camp”"; other citations as the gazetteer writes them. */
function citation(source: string): string {
  return source.replace(/^Wikipedia "([^"]+)"/, "Wikipedia, “$1”").replace(/^GeoNames (\d+)/, "GeoNames, place $1");
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An id a story may cite (`namespace:name`), or a repository path: never shown to a reader as it is. */
export const LOOKS_LIKE_ID = /^(?:[a-z]+:[a-z0-9_#-]+|[\w.-]+(?:\/[\w.-]+)+\.(?:md|json|geojson|txt|ts))$/i;

/** The public source a reference stands for, in words; null for an id or a path this repository does not know. */
export function resolveSource(ref: string): string | null {
  const [, space, name] = /^([a-z]+):(.+)$/.exec(ref) ?? [];
  if (space === "gazetteer" && name) {
    const site = sites.get(name);
    return site ? `${site.name}: ${citation(site.source)}` : null;
  }
  if (space === "basemap" && name) {
    const [layer, id = ""] = name.split("#");
    if (layer === "land" && basemap.land[id]) return `The outline of ${basemap.land[id]}: ${basemap.cite}`;
    if (layer === "borders" && basemap.borders[id]) return `${capital(basemap.borders[id])}: the shared edge of the country outlines, ${basemap.cite}`; // prettier-ignore
    if (layer === "places" && id) return `A place name and position: ${basemap.places}`;
    return null;
  }
  if (space === "source" && name) {
    const p = books.get(name);
    return p ? `${p.title}, ${p.publisher}, ${p.date}` : null;
  }
  return LOOKS_LIKE_ID.test(ref) ? null : capital(ref);
}
