// @ts-check
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";

/**
 * The direction of the data flow, as folders: story files → model → theme → renderers → panels → map host →
 * features (export, embed) → entry points. Each layer may import only the layers before it (and the locale's strings).
 */
const LAYERS = [
  { type: "locale", pattern: "src/locale", partialMatch: false },
  { type: "model", pattern: "src/model", partialMatch: false },
  { type: "stories", pattern: "src/stories", partialMatch: false },
  { type: "theme", pattern: "src/theme", partialMatch: false },
  { type: "state", pattern: "src/state", partialMatch: false },
  { type: "render", pattern: "src/render", partialMatch: false },
  { type: "panels", pattern: "src/panels", partialMatch: false },
  { type: "map-host", pattern: "src/map-host", partialMatch: false },
  { type: "export", pattern: "src/export", partialMatch: false },
  { type: "embed", pattern: "src/embed", partialMatch: false },
  { type: "editor", pattern: "src/editor", partialMatch: false },
  // The pages as the build writes them (run in node at build time: scripts/build/prerender.ts).
  { type: "pages", pattern: "src/pages", partialMatch: false },
  { type: "styles", pattern: "src/styles", partialMatch: false },
  // Whatever else is in src/: the entry points (app.ts, main.ts) and global types.
  { type: "app", pattern: "src", partialMatch: false },
];
/** What each layer may import (besides itself). */
const MAY_IMPORT = {
  locale: [],
  model: [],
  stories: ["model", "locale"],
  theme: ["model"],
  state: ["model"],
  render: ["model", "theme", "locale"],
  panels: ["model", "theme", "state", "render", "locale"],
  "map-host": ["model", "theme", "state", "render", "panels", "locale"],
  export: ["model", "theme", "state", "render", "panels", "locale"],
  embed: ["model", "stories", "theme", "state", "render", "panels", "map-host", "styles", "locale"],
  editor: ["model", "stories", "theme", "state", "render", "panels", "map-host", "export", "styles", "locale"],
  pages: ["model", "stories", "theme", "render", "panels", "map-host", "export", "embed", "locale"],
  styles: [],
  app: [
    "model",
    "stories",
    "theme",
    "state",
    "render",
    "panels",
    "map-host",
    "export",
    "embed",
    "editor",
    "styles",
    "locale",
  ],
};
/** Layers that must not use MapLibre itself: they work the same without a live map (and in node). */
const NO_MAPLIBRE = ["model", "stories", "theme", "state", "panels", "export", "locale", "pages"];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".cache/", "test-results/", "playwright-report/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render data as text (textContent), never as HTML." },
        { property: "outerHTML", message: "Render data as text (textContent), never as HTML." },
        { property: "insertAdjacentHTML", message: "Render data as text, never as HTML." },
        { property: "setHTML", message: "Popup.setHTML does no sanitising: use setDOMContent or setText." },
        { property: "createContextualFragment", message: "Render data as text, never as HTML." },
        { object: "document", property: "write", message: "Render data as text, never as HTML." },
        { object: "document", property: "writeln", message: "Render data as text, never as HTML." },
        { property: "srcdoc", message: "Never build documents from data." },
      ],
      "no-restricted-globals": [
        "error",
        { name: "eval", message: "Never evaluate data." },
        { name: "Function", message: "Never evaluate data." },
      ],
      "no-script-url": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.js"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": LAYERS,
      "boundaries/include": ["src/**/*"],
      "import/resolver": { node: { extensions: [".ts", ".js"] } },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message: "{{from.type}} may not import {{to.type}}: see the direction of the layers in eslint.config.js",
          policies: [
            ...Object.entries(MAY_IMPORT).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
            })),
            // Packages from node_modules (MapLibre excepted below).
            { allow: { to: { module: { origin: "external" } } } },
            // Node's own modules, in unit tests.
            { allow: { to: { module: { origin: "core" } } } },
          ],
        },
      ],
    },
  },
  {
    // MapLibre only where the live map or its renderer is (render/maplibre, map-host, the embed's live part).
    files: NO_MAPLIBRE.map((layer) => `src/${layer}/**/*`),
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["maplibre-gl", "maplibre-gl/*"], message: "This layer works without a live map." }] },
      ],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    // Plain scripts that run in host pages (the embed's host script, the test host page).
    files: ["public/**/*.js", "e2e/host/**/*.js"],
    languageOptions: {
      globals: { window: "readonly", document: "readonly", URL: "readonly", location: "readonly" },
    },
  },
);
