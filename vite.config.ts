import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { CSP_HEADER, CSP_META } from "./scripts/csp.ts";
import { themeCss } from "./src/theme/css.ts";
import { prerenderPages } from "./scripts/build/vite-plugin.ts";

/** Writes the Content Security Policy into every built page (not in dev: Vite's dev client runs inline code). */
function contentSecurityPolicy(): Plugin {
  return {
    name: "rafah-map:csp",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP_META }, injectTo: "head-prepend" },
    ],
  };
}

/** Serves the theme's status colours as CSS: `import "virtual:theme.css"` (src/theme/css.ts). */
function themeStyles(): Plugin {
  const id = "virtual:theme.css";
  const resolved = `\0${id}`;
  return {
    name: "rafah-map:theme-css",
    resolveId: (source) => (source === id ? resolved : null),
    load: (source) => (source === resolved ? themeCss() : null),
  };
}

export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy(), themeStyles(), prerenderPages()],
  // The story's validation runs in a module worker (src/stories/validate-worker.ts).
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        embed: fileURLToPath(new URL("embed.html", import.meta.url)),
        editor: fileURLToPath(new URL("editor.html", import.meta.url)),
      },
      output: {
        // MapLibre in its own chunk, so the benchmark can weigh the app's own code apart from it.
        codeSplitting: { groups: [{ name: "maplibre-gl", test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, headers: { "Content-Security-Policy": CSP_HEADER } },
});
