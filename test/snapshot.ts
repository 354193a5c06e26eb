/**
 * SVG snapshot testing (as Observable Plot does): a rendered SVG is compared with its committed reference in
 * test/snapshots/. On a difference the new output is written beside it as `<name>-changed.svg` (open both to
 * see what changed) and the test fails; `UPDATE_SNAPSHOTS=1 npm run test:unit` writes the references anew.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

const DIR = join(import.meta.dirname, "snapshots");

export function expectSvgSnapshot(name: string, svg: string): void {
  const reference = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  if (process.env.UPDATE_SNAPSHOTS === "1") {
    writeFileSync(reference, svg);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(reference)) {
    writeFileSync(changed, svg);
    expect.fail(`no reference ${reference}: wrote ${changed}; run with UPDATE_SNAPSHOTS=1 to accept it`);
  }
  if (readFileSync(reference, "utf8") === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  expect.fail(`${name}.svg differs from its reference: see ${changed} (UPDATE_SNAPSHOTS=1 accepts it)`);
}
