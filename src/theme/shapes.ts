/**
 * Point shapes as data: each shape is a list of parts in a unit square (-1..1, y down). The first part is the
 * outline (filled with the symbol's colour and stroked with its halo); later parts are drawn on top, filled with
 * the symbol's colour ("fill") or its halo ("halo"). Every renderer draws these parts: the MapLibre images
 * (render/raster.ts), the SVG map, the legend and the export scene (render/marks/symbol.ts). Pure data.
 */

export type PointShapeName = "circle" | "ring-dot" | "diamond" | "square" | "triangle" | "cross";

export type ShapePart =
  | { readonly kind: "circle"; readonly r: number; readonly paint: "fill" | "halo" }
  | {
      readonly kind: "polygon";
      readonly points: readonly (readonly [number, number])[];
      readonly paint: "fill" | "halo";
    };

export type PointShape = readonly ShapePart[];

/** The X of "denied": two bars of half-width T along the diagonals, reaching K from the centre. */
const K = 0.75;
const T = 0.28;
const CROSS: readonly (readonly [number, number])[] = [
  [-K - T, -K + T],
  [-K + T, -K - T],
  [0, -2 * T],
  [K - T, -K - T],
  [K + T, -K + T],
  [2 * T, 0],
  [K + T, K - T],
  [K - T, K + T],
  [0, 2 * T],
  [-K + T, K + T],
  [-K - T, K - T],
  [-2 * T, 0],
];

export const POINT_SHAPES: Readonly<Record<PointShapeName, PointShape>> = {
  circle: [{ kind: "circle", r: 1, paint: "fill" }],
  // A dot inside a ring: the disc, a halo-coloured gap, and the dot.
  "ring-dot": [
    { kind: "circle", r: 1, paint: "fill" },
    { kind: "circle", r: 0.64, paint: "halo" },
    { kind: "circle", r: 0.38, paint: "fill" },
  ],
  diamond: [
    {
      kind: "polygon",
      points: [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ],
      paint: "fill",
    },
  ],
  square: [
    {
      kind: "polygon",
      points: [
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ],
      paint: "fill",
    },
  ],
  // Apex up.
  triangle: [
    {
      kind: "polygon",
      points: [
        [0, -1],
        [1, 0.8],
        [-1, 0.8],
      ],
      paint: "fill",
    },
  ],
  cross: [{ kind: "polygon", points: CROSS, paint: "fill" }],
};
