/**
 * The draft's problems from the validator, live: each names its file, feature and field, and is a button that goes
 * to the field (selecting its feature first). Each field also shows its own problems (controls.ts).
 */
import { formatProblem, type Problem } from "../model/problems.ts";
import { button } from "./controls.ts";
import { ARTICLE_FIELD, fieldKeys, problemsByControl } from "./field-problems.ts";
import type { FieldControl } from "./controls.ts";
import type { EditorSession } from "./session.ts";

export class ProblemsView {
  private readonly summary = document.createElement("p");
  private readonly list = document.createElement("ul");

  constructor(
    host: HTMLElement,
    private readonly session: EditorSession,
    private readonly controls: () => ReadonlyMap<string, FieldControl>,
    private readonly focusLater: (key: string) => void,
  ) {
    this.summary.setAttribute("role", "status");
    this.list.className = "problems-list";
    host.append(this.summary, this.list);
  }

  render(problems: readonly Problem[]): void {
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    this.summary.textContent =
      problems.length === 0
        ? "No problems: this story passes npm run validate."
        : `${String(errors)} error${errors === 1 ? "" : "s"}, ${String(warnings)} warning${warnings === 1 ? "" : "s"}.`;
    this.list.replaceChildren(
      ...problems.map((p) => {
        const li = document.createElement("li");
        li.className = `problem problem-${p.severity}`;
        li.append(button(formatProblem(p), () => { this.go(p); }, "problem-link")); // prettier-ignore
        return li;
      }),
    );
    const controls = this.controls();
    const shown = problemsByControl(problems, (key) => controls.has(key));
    for (const [key, control] of controls) control.setProblems((shown.get(key) ?? []).map((p) => p.message));
  }

  private go(problem: Problem): void {
    if (problem.featureId !== undefined && this.session.get().draft.features.some((f) => f.id === problem.featureId)) {
      this.session.select(problem.featureId);
    }
    const key = fieldKeys(problem).find((k) => this.controls().has(k)) ?? (problem.file.endsWith(".txt") ? ARTICLE_FIELD : null); // prettier-ignore
    if (key !== null) this.focusLater(key);
  }
}
