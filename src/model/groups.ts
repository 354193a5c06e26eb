/** Layer groups a reader can show or hide; every story feature belongs to exactly one. No DOM. */
import type { FeatureProperties } from "./schema.ts";

export const FEATURE_GROUPS = ["positions", "events", "claims", "context"] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];
/** All groups, including the basemap's place labels. */
export const GROUPS = [...FEATURE_GROUPS, "labels"] as const;
export type Group = (typeof GROUPS)[number];

export function groupOf(p: Pick<FeatureProperties, "kind" | "status">): FeatureGroup {
  if (p.kind === "context" || p.status === "context") return "context";
  if (p.kind === "event") return "events";
  if (p.kind === "claim") return "claims";
  return "positions";
}

/** Keeps known group names, in canonical order, without duplicates. */
export function normalizeGroups(names: readonly string[]): Group[] {
  return GROUPS.filter((g) => names.includes(g));
}
