import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/browser.ts";

const PORT = 4173;
const HOST_PORT = 4174;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    reducedMotion: "reduce",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The embed's host pages, on another origin than the map.
      command: `npx tsx scripts/static-server.ts e2e/host ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/article.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
