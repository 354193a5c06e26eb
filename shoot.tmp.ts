import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/browser.ts";
import { serveDirectory } from "./scripts/static-server.ts";
const [, , dir, prefix, ...pages] = process.argv;
const server = await serveDirectory(dir!);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const spec of pages) {
  const [name, path, w, h] = spec.split("|");
  const context = await browser.newContext({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 800) }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.locator("#map[data-ready=true], #static-map[data-painted=true]").first().waitFor({ timeout: 30000 });
  if (path!.includes("embed")) await page.locator("#map[data-ready=true]").waitFor({ timeout: 30000 }).catch(() => {});
  await page.screenshot({ path: `/tmp/shots/${prefix}-${name}.png` });
  await context.close();
}
await browser.close();
server.server.close();
