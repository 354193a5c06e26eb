/**
 * The direction of the layers really is enforced: a probe file placed (virtually) in one layer that imports a layer
 * it may not use is reported by the project's own ESLint configuration (eslint-plugin-boundaries; MapLibre itself by
 * no-restricted-imports), and allowed imports pass. Removing or loosening a rule fails this test.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** [where the probe is, what it imports]: each must be refused. */
const WRONG_WAY: readonly [string, string][] = [
  ["src/model/probe.js", "../map-host/host.ts"],
  ["src/state/probe.js", "../map-host/host.ts"],
  ["src/theme/probe.js", "../map-host/live-map.ts"],
  ["src/render/probe.js", "../map-host/host.ts"],
  ["src/render/svg-map/probe.js", "../../panels/legend/rows.ts"],
  ["src/panels/probe.js", "../map-host/live-map.ts"],
  ["src/export/probe.js", "../map-host/live-map.ts"],
  ["src/map-host/probe.js", "../export/export.ts"],
  ["src/map-host/probe.js", "../embed/messages.ts"],
  ["src/model/probe.js", "../theme/status.ts"],
  ["src/panels/probe.js", "maplibre-gl"],
  ["src/export/probe.js", "maplibre-gl"],
];

/** Imports that follow the direction. */
const RIGHT_WAY: readonly [string, string][] = [
  ["src/panels/probe.js", "../render/marks/swatch.ts"],
  ["src/render/probe.js", "../theme/status.ts"],
  ["src/map-host/probe.js", "../panels/notice.ts"],
  ["src/export/probe.js", "../panels/legend/rows.ts"],
  ["src/embed/probe.js", "../map-host/host.ts"],
  ["src/render/maplibre/probe.js", "maplibre-gl"],
];

describe("layer boundaries (eslint-plugin-boundaries)", () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (filePath: string, target: string) => {
    const [result] = await eslint.lintText(`import * as probe from "${target}";\nexport default probe;\n`, {
      filePath,
    });
    const rules = ["boundaries/dependencies", "no-restricted-imports"];
    return result?.messages.filter((m) => rules.includes(m.ruleId ?? "")) ?? [];
  };
  it.each(WRONG_WAY)("%s may not import %s", async (file, target) => {
    const messages = await lint(file, target);
    expect(messages.length, JSON.stringify(messages)).toBe(1);
  });
  it.each(RIGHT_WAY)("%s may import %s", async (file, target) => {
    expect(await lint(file, target)).toEqual([]);
  });
});
