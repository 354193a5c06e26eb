/** "Copy link": the current URL (which holds the whole state) to the clipboard, with a visible confirmation. */
import { strings } from "../locale/en.ts";
import { button } from "./dom.ts";
import { showNotice } from "./notice.ts";

export function copyLinkMarkup(doc: Document): HTMLButtonElement {
  return button(doc, "copy-link", strings.link.copy);
}

/** Makes the page's button (written at build time, or now) copy the link. */
export function bindCopyLink(tools: HTMLElement, noticeHost: HTMLElement): void {
  let b = tools.querySelector<HTMLButtonElement>("button.copy-link");
  if (!b) {
    b = copyLinkMarkup(tools.ownerDocument);
    tools.replaceChildren(b);
  }
  b.addEventListener("click", () => {
    void navigator.clipboard.writeText(location.href).then(
      () => showNotice(noticeHost, strings.link.copied),
      () => showNotice(noticeHost, strings.link.failed, "error"),
    );
  });
}
