/**
 * The build refuses a broken story: pointed (RAFAH_STORIES_DIR) at a folder holding the shipped stories and a
 * broken copy, `npm run build` exits non-zero and its output names the file, the feature and the field, as
 * `npm run validate` does. The build goes to a temporary folder: the e2e build in dist/ is left as it is.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

test("a broken story fails the build, naming file, feature and field; the valid stories build", () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), "rafah-build-"));
  try {
    const stories = join(work, "stories");
    cpSync("data/stories", stories, { recursive: true });
    const build = (outDir: string) =>
      spawnSync("npm", ["run", "build", "--", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], {
        env: { ...process.env, RAFAH_STORIES_DIR: stories },
        encoding: "utf8",
      });

    // The shipped stories alone build (so the failure below is the broken story's).
    const good = build(join(work, "good"));
    expect(good.status, good.stderr).toBe(0);
    expect(existsSync(join(work, "good", "index.html"))).toBe(true);

    cpSync("e2e/fixtures/stories/broken-story", join(stories, "broken-story"), { recursive: true });
    const bad = build(join(work, "bad"));
    const output = `${bad.stdout}\n${bad.stderr}`;
    expect(bad.status).not.toBe(0);
    expect(output).toContain("the pages are not built");
    expect(output).toMatch(
      /broken-story\/features\.geojson feature "coast-road" features\[1\]\.properties\.title: Invalid input: expected string, received number/,
    );
    expect(output).toContain('features[0].properties.related[0].id: no feature has the id "no-such-feature"');
    expect(existsSync(join(work, "bad", "index.html")), "no page written for a broken story").toBe(false);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
