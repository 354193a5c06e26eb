/**
 * The layout audit (scripts/audit/, also `npm run audit:layout`) on the e2e build: every named view in the app,
 * phone and embed frames, static and live, and the SVG exports at slide and A4 size, measured as a reader sees them.
 * No box of a name, mark or pointer overlaps another or a control, every country, territory, sea and area name lies
 * inside its own polygon, the live map shows the static map's names within 8 px, every footnote has its marker.
 */
import { expect, test } from "./fixtures.ts";
import { auditExports, auditFrame, FRAMES, polygonsOf, report } from "../scripts/audit/run.ts";
import defaults from "../data/stories.json" with { type: "json" };

const VIEWS = ["rafah", "border", "sinai", "region"];
const polygons = polygonsOf(`data/stories/${defaults.default}`);

for (const frame of FRAMES) {
  test(`layout audit, ${frame.name}: nothing on anything, every name in its land, static = live`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const results = await auditFrame(browser, baseURL ?? "", frame, VIEWS, polygons);
    expect(results).toHaveLength(VIEWS.length * 2);
    // The audit saw the map: names and marks in every view and mode (an empty page would pass with no finding).
    for (const r of results) expect(r.names, `${r.view} ${r.mode}`).toBeGreaterThan(8);
    expect(report(results).total, report(results).text).toBe(0);
  });
}

test("layout audit, SVG exports at slide and A4 size: nothing on anything, every footnote marked", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const results = await auditExports(browser, baseURL ?? "", VIEWS, ["slide", "a4"], polygons);
  expect(results).toHaveLength(VIEWS.length * 2);
  for (const r of results) expect(r.marks, `${r.view} ${r.frame}`).toBeGreaterThan(8);
  expect(report(results).total, report(results).text).toBe(0);
});
