/** A problem found in a story, naming the file, the feature and the field. */

export interface Problem {
  readonly severity: "error" | "warning";
  readonly file: string;
  readonly featureId?: string;
  /** The field, as a path such as properties.anchors[0].exact. */
  readonly field?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const feature = p.featureId === undefined ? "" : ` feature "${p.featureId}"`;
  const field = p.field === undefined ? "" : ` ${p.field}`;
  return `${p.severity}: ${where}${feature}${field}: ${p.message}`;
}

/** A zod-style path as a field name: ["properties", "anchors", 0, "exact"] -> properties.anchors[0].exact */
export function pathToField(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("");
}
