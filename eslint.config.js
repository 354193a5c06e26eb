// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    // Plain scripts that run in host pages (the embed's host script, the test host page).
    files: ["public/**/*.js", "e2e/host/**/*.js"],
    languageOptions: {
      globals: { window: "readonly", document: "readonly", URL: "readonly", location: "readonly" },
    },
  },
);
