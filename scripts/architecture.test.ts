/**
 * The shape of the code base: small modules (no source file in src/ over 300 lines) and thin entry points (app.ts
 * and embed/main.ts compose the parts, at most 120 lines each). The direction of imports is eslint's job
 * (eslint.config.js, proved by lint-boundaries.test.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|css)$/.test(name) ? [path] : [];
  });
}

const lines = (path: string) => readFileSync(path, "utf8").split("\n").length - 1;

describe("the code base's shape", () => {
  it("has no source file in src/ over 300 lines", () => {
    const long = sourceFiles("src")
      .map((f) => [f, lines(f)] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
  it.each(["src/app.ts", "src/main.ts", "src/embed/main.ts", "src/embed/start.ts"])(
    "keeps the wiring of %s to at most 120 lines",
    (file) => {
      expect(lines(file)).toBeLessThanOrEqual(120);
    },
  );
});
