/**
 * npm run audit:layout: builds the app, serves it on loopback and audits the layout of every named view in every
 * frame (app, phone, embed at two widths), static and live, and of the SVG exports at slide and A4 size, as a reader
 * sees them (scripts/audit/): overlapping boxes by kind, names outside their polygon, names that differ between the
 * static and the live map, footnotes without a marker; and every step of the guided reading in the app's frames. Prints the counts with the worst cases named; exits 1 on any.
 * AUDIT_VIEWS=rafah,border and AUDIT_FRAMES=app,phone narrow it down.
 */
import { execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/browser.ts";
import { serveDirectory } from "./static-server.ts";
import { auditExports, auditFrame, auditSteps, FRAMES, polygonsOf, report, type AuditResult } from "./audit/run.ts";
import defaults from "../data/stories.json" with { type: "json" };

const OUT = ".cache/audit-build";
const views = (process.env.AUDIT_VIEWS ?? "rafah,border,sinai,region").split(",");
const frames = FRAMES.filter((f) => !process.env.AUDIT_FRAMES || process.env.AUDIT_FRAMES.split(",").some((k) => f.name.startsWith(k))); // prettier-ignore

if (!process.env.AUDIT_NO_BUILD) execFileSync("npx", ["vite", "build", "--outDir", OUT, "--emptyOutDir", "--logLevel", "warn"], { stdio: "inherit" }); // prettier-ignore
const { url, server } = await serveDirectory(OUT, 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const polygons = polygonsOf(`data/stories/${defaults.default}`);
const results: AuditResult[] = [];
try {
  for (const frame of frames) results.push(...(await auditFrame(browser, url, frame, views, polygons)));
  // Every step of the guided reading, on a laptop and a phone.
  for (const frame of frames.filter((f) => f.page === "")) results.push(...(await auditSteps(browser, url, frame, polygons))); // prettier-ignore
  if (!process.env.AUDIT_FRAMES) results.push(...(await auditExports(browser, url, views, ["slide", "a4"], polygons)));
} finally {
  await browser.close();
  server.close();
}
const { text, total } = report(results);
console.log(text);
process.exitCode = total === 0 ? 0 : 1;
