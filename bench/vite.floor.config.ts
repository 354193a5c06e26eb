import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** Builds the benchmark's floor page (bench/floor.html) into bench/out/floor. */
export default defineConfig({
  root: "bench",
  base: "./",
  build: {
    outDir: "out/floor",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: fileURLToPath(new URL("floor.html", import.meta.url)) },
  },
  logLevel: "warn",
});
