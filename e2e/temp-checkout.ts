/**
 * A temporary copy of the repository (its sources, data and config; node_modules linked, not copied), so that a
 * test can add a story to data/stories/ and build the app with it, leaving this checkout and its dist/ alone.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const COPIED = ["data", "public", "scripts", "src", "index.html", "embed.html", "editor.html", "package.json", "tsconfig.json", "vite.config.ts"]; // prettier-ignore

export interface TempCheckout {
  readonly dir: string;
  /** Builds the app into <dir>/dist; returns the build's exit status and output. */
  build(): { status: number | null; output: string };
  remove(): void;
}

export function tempCheckout(): TempCheckout {
  const dir = mkdtempSync(join(tmpdir(), "rafah-checkout-"));
  for (const entry of COPIED) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    build() {
      const run = spawnSync("npx", ["vite", "build", "--logLevel", "error"], { cwd: dir, encoding: "utf8" });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
