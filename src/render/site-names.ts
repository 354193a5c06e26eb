/**
 * The short names of the gazetteer's sites (data/gazetteer/sites.json), by position: an off-map pointer names its
 * place ("Washington, White House" is "Washington"). Data of the repository, read at build time.
 */
import type { Position } from "geojson";
import sites from "../../data/gazetteer/sites.json" with { type: "json" };

interface Site {
  readonly name: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

const list = (sites as { sites: readonly Site[] }).sites;

/** The name before its first comma of the site at this position (within about 10 m), or null. */
export function siteNameAt(at: Position): string | null {
  const site = list.find((s) => s.lon !== null && s.lat !== null && Math.abs(s.lon - (at[0] as number)) < 1e-4 && Math.abs(s.lat - (at[1] as number)) < 1e-4); // prettier-ignore
  return site ? (site.name.split(",")[0] ?? site.name).trim() : null;
}
