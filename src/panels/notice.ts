/** A visible, dismissable notice (role=status), text only. */
import { strings } from "../locale/en.ts";

export function showNotice(host: HTMLElement, message: string, kind: "info" | "error" = "info"): HTMLElement {
  const existing = host.querySelector<HTMLElement>(".notice");
  existing?.remove();
  const box = document.createElement("div");
  box.className = `notice notice-${kind}`;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  const text = document.createElement("p");
  text.textContent = message;
  box.append(
    text,
    dismissButton(() => {
      box.remove();
    }),
  );
  host.append(box);
  return box;
}

export function clearNotice(host: HTMLElement): void {
  host.querySelector(".notice")?.remove();
}

/** The "×" button that dismisses a notice. */
export function dismissButton(onDismiss: () => void): HTMLButtonElement {
  const close = document.createElement("button");
  close.type = "button";
  close.className = "notice-close";
  close.textContent = "×";
  close.setAttribute("aria-label", strings.notice.dismiss);
  close.addEventListener("click", onDismiss);
  return close;
}

/** The page's notice for an unknown story and an unknown view (either, both or none). */
export function showPageNotice(
  host: HTMLElement,
  storyNotice: string | null,
  unknownView: string | null,
  viewTitle: string,
): void {
  const messages = [storyNotice, unknownView === null ? null : strings.views.unknown(unknownView, viewTitle)];
  const message = messages.filter((m): m is string => m !== null).join(" ");
  if (message) showNotice(host, message);
  else clearNotice(host);
}
