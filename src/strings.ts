/** Every user-visible string of the app, in one place. */

export const strings = {
  appTitle: "Rafah, the Egypt–Gaza border and northern Sinai",
  mapLabel: "Map of Rafah, the Egypt–Gaza border strip and northern Sinai",
  attribution: {
    osm: "© OpenStreetMap contributors (ODbL)",
    geonames: "Places: GeoNames (CC BY 4.0)",
  },
  views: {
    groupLabel: "Map views",
    unknown: (name: string, fallback: string) => `There is no view named “${name}”; showing “${fallback}” instead.`,
  },
  errors: {
    noWebGL:
      "This map needs WebGL, which this browser or device does not provide. The place names and borders cannot be drawn here.",
    loadFailed: (what: string) => `The map could not load ${what}.`,
  },
  notice: { dismiss: "Dismiss" },
} as const;
