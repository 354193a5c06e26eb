/** The palette and type scale of the map: every colour and font name the layers use lives here. */

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

export const fonts = {
  regular: "Noto Sans Regular",
  italic: "Noto Sans Italic",
  semibold: "Noto Sans SemiBold",
  bold: "Noto Sans Bold",
} as const;

export type FontName = (typeof fonts)[keyof typeof fonts];

export type StatusName = "reported" | "claimed" | "denied" | "stated" | "planned" | "context";

/**
 * Status colours (Okabe–Ito, distinguishable with the common colour-vision deficiencies). Each status also has its
 * own line dash and point shape in the layers, so it reads in greyscale too.
 */
export const statusColors: Readonly<Record<StatusName, string>> = {
  reported: "#0072b2",
  claimed: "#e69f00",
  denied: "#d55e00",
  stated: "#009e73",
  planned: "#cc79a7",
  context: "#6b6b6b",
};

export const selection = { stroke: "#111111", halo: "#ffffff" } as const;
