import type { Map as MapLibreMap } from "maplibre-gl";

declare global {
  interface Window {
    /** The live MapLibre map, for host scripts, screenshot tools and end-to-end tests. */
    readonly rafahMap?: MapLibreMap;
    /** Exports for tools such as the snapshot command line (see src/export/api.ts). */
    readonly rafahExport?: import("./export/api.ts").ExportApi;
  }
}
