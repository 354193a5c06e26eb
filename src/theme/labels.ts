/**
 * The type of every name and tag on the map, as data: size (CSS px), weight, slant, letter spacing, colour and halo,
 * by role. The layout measures names with these (render/layout) and every renderer draws them with these, so the
 * box the layout reserved is the box the reader sees. Pure data.
 */
import { palette } from "./palette.ts";

export interface LabelStyle {
  readonly size: number;
  readonly weight: 400 | 600 | 700;
  readonly italic: boolean;
  /** Letter spacing in ems. */
  readonly spacing: number;
  readonly color: string;
  /** The halo's colour; its width is HALO_WIDTH. */
  readonly halo: string;
}

export type LabelRole =
  | "country"
  | "territory"
  | "water"
  | "region"
  | "neighbourhood"
  | "capital"
  | "city"
  | "town"
  | "crossing"
  | "site"
  | "area"
  | "line"
  | "callout"
  | "pointer"
  | "number";

const s = (size: number, weight: 400 | 600 | 700, color: string, more: Partial<LabelStyle> = {}): LabelStyle => ({
  size,
  weight,
  italic: false,
  spacing: 0,
  color,
  halo: "#ffffff",
  ...more,
});

export const LABEL_STYLES: Readonly<Record<LabelRole, LabelStyle>> = {
  country: s(15, 600, palette.text.country, { spacing: 0.25 }),
  territory: s(13, 600, palette.text.territory, { spacing: 0.18 }),
  water: s(13, 400, palette.text.water, { italic: true, spacing: 0.1, halo: palette.sea }),
  region: s(13, 400, palette.text.region, { italic: true, spacing: 0.3 }),
  neighbourhood: s(11.5, 400, palette.text.region, { italic: true, spacing: 0.04 }),
  capital: s(13, 600, palette.text.capital),
  city: s(13, 400, palette.text.city),
  town: s(12, 400, palette.text.town),
  crossing: s(12, 400, palette.marker.crossing, { italic: true }),
  site: s(12, 400, palette.text.site, { italic: true }),
  area: s(12, 600, "#262626"),
  line: s(11.5, 600, "#262626"),
  callout: s(12, 600, "#262626"),
  pointer: s(11.5, 600, "#262626"),
  number: s(10.5, 700, "#ffffff"),
};

/** The halo around names (CSS px of stroke, half of it outside the glyphs). */
export const HALO_WIDTH = 3;
