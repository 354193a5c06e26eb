/** The palette of the map and its compositions: every basemap, text and interface colour lives here. Pure data. */

export interface Palette {
  readonly sea: string;
  readonly land: Readonly<Record<"egypt" | "israel" | "jordan" | "westBank" | "gazaStrip" | "other", string>>;
  readonly border: string;
  readonly borderCasing: string;
  readonly armistice: string;
  readonly egyptGaza: string;
  readonly text: Readonly<
    Record<"country" | "territory" | "region" | "water" | "capital" | "city" | "town" | "site", string>
  >;
  readonly halo: string;
  readonly waterHalo: string;
  readonly marker: Readonly<Record<"place" | "crossing" | "site" | "outline", string>>;
}

export const palette: Palette = {
  sea: "#d9e6ee",
  land: {
    egypt: "#f3efe6",
    israel: "#f6f4ef",
    jordan: "#f1eee8",
    westBank: "#efebe2",
    gazaStrip: "#f0dcc0",
    other: "#f1eee8",
  },
  border: "#8d8780",
  borderCasing: "#ffffff",
  armistice: "#8d8780",
  egyptGaza: "#a3261b",
  text: {
    country: "#7c756c",
    territory: "#6b5a45",
    region: "#a39b90",
    water: "#5b7d93",
    capital: "#1f1f1f",
    city: "#2b2b2b",
    town: "#444444",
    site: "#5a3f2a",
  },
  halo: "rgba(255,255,255,0.92)",
  waterHalo: "rgba(217,230,238,0.9)",
  marker: { place: "#3a3a3a", crossing: "#a3261b", site: "#5a3f2a", outline: "#ffffff" },
};

/** The selection's ink and halo, on every renderer. */
export const selection = { stroke: "#111111", halo: "#ffffff" } as const;

/** Colours of the composition around an exported map (title band, legend box, footnotes, credits). */
export const ink = {
  text: "#1f1f1f",
  muted: "#555555",
  rule: "#cccccc",
  axis: "#999999",
  paper: "#ffffff",
  band: "#f4f4f4",
} as const;
