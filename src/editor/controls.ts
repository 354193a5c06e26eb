/**
 * The editor's form controls: a labelled text field, text area or choice, each bound to one field of the story's
 * files (its `data-field`, as the validator names it), showing that field's problems beside it. Text only.
 */
let counter = 0;

export type Input = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FieldControl {
  readonly root: HTMLElement;
  readonly input: Input;
  /** Sets the shown value unless the reader is typing in it. */
  setValue(value: string): void;
  setProblems(messages: readonly string[]): void;
}

export interface FieldOptions {
  readonly label: string;
  /** The validator's name of the field: "story.json title", "<feature id> properties.title". */
  readonly field: string;
  readonly value: string;
  readonly hint?: string;
  readonly onInput: (value: string) => void;
}

function wrap(options: FieldOptions, input: Input): FieldControl {
  const id = `field-${String(++counter)}`;
  const root = document.createElement("div");
  root.className = "field";
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = options.label;
  input.id = id;
  input.dataset.field = options.field;
  const problem = document.createElement("p");
  problem.className = "field-problem";
  problem.id = `${id}-problem`;
  problem.hidden = true;
  const described: string[] = [problem.id];
  root.append(label);
  if (options.hint) {
    const hint = document.createElement("p");
    hint.className = "field-hint";
    hint.id = `${id}-hint`;
    hint.textContent = options.hint;
    described.unshift(hint.id);
    root.append(hint);
  }
  input.setAttribute("aria-describedby", described.join(" "));
  root.append(input, problem);
  input.addEventListener(input instanceof HTMLSelectElement ? "change" : "input", () => {
    options.onInput(input.value);
  });
  return {
    root,
    input,
    setValue(value) {
      if (document.activeElement !== input && input.value !== value) input.value = value;
    },
    setProblems(messages) {
      problem.textContent = messages.join(" ");
      problem.hidden = messages.length === 0;
      if (messages.length > 0) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    },
  };
}

export function textField(
  options: FieldOptions & { readonly multiline?: boolean; readonly type?: string },
): FieldControl {
  // prettier-ignore
  const input = document.createElement(options.multiline ? "textarea" : "input");
  if (input instanceof HTMLInputElement) input.type = options.type ?? "text";
  else input.rows = 3;
  input.value = options.value;
  input.spellcheck = false;
  return wrap(options, input);
}

/** A choice among the allowed values (never typed). `none` adds an empty choice with that label. */
export function choiceField(
  options: FieldOptions & { readonly choices: readonly string[]; readonly none?: string },
): FieldControl {
  // prettier-ignore
  const select = document.createElement("select");
  const values = options.none === undefined ? options.choices : ["", ...options.choices];
  for (const value of values) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value === "" ? (options.none ?? "") : value;
    select.append(option);
  }
  if (!values.includes(options.value) && options.value !== "") {
    // A value the file holds that is not allowed: shown as it is (the validator names it), not dropped.
    const option = document.createElement("option");
    option.value = options.value;
    option.textContent = `${options.value} (not allowed)`;
    select.append(option);
  }
  select.value = options.value;
  return wrap(options, select);
}

export function button(label: string, onClick: () => void, className = ""): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  if (className) b.className = className;
  b.addEventListener("click", onClick);
  return b;
}

export function heading(level: 2 | 3, textOf: string): HTMLHeadingElement {
  const h = document.createElement(`h${String(level)}` as "h2");
  h.textContent = textOf;
  return h;
}
