/** "Copy link": the current URL (which holds the whole state) to the clipboard, with a visible confirmation. */
import { strings } from "../locale/en.ts";
import { showNotice } from "./notice.ts";

export function copyLinkButton(noticeHost: HTMLElement): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy-link";
  button.textContent = strings.link.copy;
  button.addEventListener("click", () => {
    void navigator.clipboard.writeText(location.href).then(
      () => showNotice(noticeHost, strings.link.copied),
      () => showNotice(noticeHost, strings.link.failed, "error"),
    );
  });
  return button;
}
