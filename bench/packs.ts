/**
 * The briefing packs' figures for npm run bench: the command line's time for a 2-view A4 PDF and a 3-view deck
 * with the build already made (RAFAH_SNAPSHOT_BUILT: node, the browser, the page and the files, everything but the
 * build), and the gzipped size of the code each loads on demand (none of it is loaded at a page's start).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PackFigures {
  readonly pdfMs: number[];
  readonly deckMs: number[];
  readonly pdfCodeGzipKB: number;
  readonly deckCodeGzipKB: number;
  readonly loadedAtStart: string[];
}

const PDF_CODE = /^(jspdf\.es\.min|svg2pdf\.es\.min|pdf-pack|pdf-export|pdf-fonts)-[\w-]+\.js$/;
const DECK_CODE = /^(pptxgen\.es|deck)-[\w-]+\.js$/;

function timeRun(args: string[], dist: string): number {
  const start = performance.now();
  execFileSync("npx", ["tsx", "scripts/snapshot.ts", ...args], { env: { ...process.env, RAFAH_SNAPSHOT_BUILT: dist }, stdio: "pipe" }); // prettier-ignore
  return Math.round(performance.now() - start);
}

function gzipKB(dir: string, files: string[]): number {
  return Number((files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024).toFixed(1));
}

export function measurePacks(dist: string, runs: number, startScripts: readonly string[]): PackFigures {
  const out = tmpdir();
  const pdfMs: number[] = [];
  const deckMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    pdfMs.push(timeRun(["--view", "rafah,border", "--format", "pdf", "--size", "a4", "--out", join(out, "bench-pack.pdf")], dist)); // prettier-ignore
    deckMs.push(timeRun(["--view", "rafah,border,sinai", "--format", "pptx", "--out", join(out, "bench-deck.pptx")], dist)); // prettier-ignore
  }
  const assets = readdirSync(join(dist, "assets"));
  const pdf = assets.filter((f) => PDF_CODE.test(f));
  const deck = assets.filter((f) => DECK_CODE.test(f));
  const loadedAtStart = startScripts.filter((s) => [...pdf, ...deck].some((f) => s.endsWith(f)));
  return { pdfMs, deckMs, pdfCodeGzipKB: gzipKB(join(dist, "assets"), pdf), deckCodeGzipKB: gzipKB(join(dist, "assets"), deck), loadedAtStart }; // prettier-ignore
}
