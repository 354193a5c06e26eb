/** Collects the problems of a validation run, in the order they are found. No DOM. */
import type { Problem } from "./problems.ts";

export class Report {
  readonly problems: Problem[] = [];

  error(p: Omit<Problem, "severity">): void {
    this.problems.push({ severity: "error", ...p });
  }

  warn(p: Omit<Problem, "severity">): void {
    this.problems.push({ severity: "warning", ...p });
  }

  /** True when an error was reported after the `since`-th problem. */
  hasErrorsSince(since: number): boolean {
    return this.problems.some((p, k) => k >= since && p.severity === "error");
  }

  get hasErrors(): boolean {
    return this.hasErrorsSince(0);
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
