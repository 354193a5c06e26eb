/** Shows why a story could not be loaded: every problem, naming file, feature and field. Text only. */
import { formatProblem, type Problem } from "../model/problems.ts";
import { strings } from "../locale/en.ts";

export function renderProblems(host: HTMLElement, storyId: string, problems: readonly Problem[]): void {
  const box = document.createElement("section");
  box.className = "problems";
  box.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = strings.problems.heading(storyId);
  const intro = document.createElement("p");
  intro.textContent = strings.problems.intro;
  const list = document.createElement("ul");
  for (const p of problems) {
    const li = document.createElement("li");
    li.className = `problem problem-${p.severity}`;
    const code = document.createElement("code");
    code.textContent = formatProblem(p);
    li.append(code);
    list.append(li);
  }
  box.append(heading, intro, list);
  host.replaceChildren(box);
}
