/**
 * The lint rules that keep data from being run or parsed as markup really fire: each forbidden call in a probe
 * file under src/ is reported by the project's own ESLint configuration (so removing a rule fails this test).
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const FORBIDDEN: readonly [string, string][] = [
  ["el.innerHTML = data;", "no-restricted-properties"],
  ["const html = el.outerHTML;", "no-restricted-properties"],
  ['el.insertAdjacentHTML("beforeend", data);', "no-restricted-properties"],
  ["popup.setHTML(data);", "no-restricted-properties"],
  ["range.createContextualFragment(data);", "no-restricted-properties"],
  ["document.write(data);", "no-restricted-properties"],
  ["frame.srcdoc = data;", "no-restricted-properties"],
  ["eval(data);", "no-restricted-globals"],
  ["new Function(data)();", "no-restricted-globals"],
  ['setTimeout("run()", 10);', "no-implied-eval"],
  ['location.href = "javascript:void 0";', "no-script-url"],
];

describe("lint rules against running data", () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  it.each(FORBIDDEN)("%s is reported (%s)", async (code, rule) => {
    const prelude = "/* global el, data, popup, range, frame, setTimeout */\n";
    const [result] = await eslint.lintText(`${prelude}${code}\n`, { filePath: "src/lint-probe.js" });
    expect(result?.messages.map((m) => m.ruleId)).toContain(rule);
  });

  it("text rendering passes", async () => {
    const [result] = await eslint.lintText("/* global el, data */\nel.textContent = data;\n", {
      filePath: "src/lint-probe.js",
    });
    expect(result?.messages).toEqual([]);
  });
});
