/**
 * The injection watcher of the XSS tests: an init script (it runs in every frame before the page's code) with a
 * MutationObserver that records every element or attribute added after the document has loaded that could only
 * come from markup in data: an event-handler attribute, a script-capable or foreign URL, a tag the app never
 * makes, or the payloads' marker "xss" in an id, class, name or style. It also counts dialogs.
 */
import type { Frame, Page } from "@playwright/test";

declare global {
  interface Window {
    __injected?: string[];
  }
}

export function watchForInjection(): void {
  const found: string[] = [];
  window.__injected = found;
  const FOREIGN_TAGS = new Set(
    [
      "script", "iframe", "object", "embed", "math", "base", "meta", "style", "frame", "frameset", "template",
      "noscript", "marquee", "video", "audio", "source", "img", "isindex", "foreignobject", "animate", "set",
    ], // prettier-ignore
  );
  const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "data", "srcdoc", "poster"]);
  const MARKED = new Set(["id", "class", "name", "style"]);
  const urlIsSafe = (value: string): boolean => {
    try {
      const url = new URL(value, location.href);
      if (url.protocol === "blob:") return true;
      return (url.protocol === "http:" || url.protocol === "https:") && url.origin === location.origin;
    } catch {
      return false;
    }
  };
  const checkAttribute = (el: Element, name: string): void => {
    const value = el.getAttribute(name) ?? "";
    const lower = name.toLowerCase();
    const where = `<${el.localName}> ${name}="${value.slice(0, 80)}"`;
    if (lower.startsWith("on")) found.push(`event attribute: ${where}`);
    else if (URL_ATTRIBUTES.has(lower) && (lower === "srcdoc" || !urlIsSafe(value))) found.push(`url: ${where}`);
    else if (MARKED.has(lower) && /(^|[^a-z0-9])xss([^a-z0-9]|$)/i.test(value)) found.push(`marked: ${where}`);
  };
  const checkElement = (el: Element): void => {
    if (el.localName === "link") {
      if (!urlIsSafe(el.getAttribute("href") ?? "")) found.push(`link: ${el.getAttribute("href") ?? ""}`);
    } else if (FOREIGN_TAGS.has(el.localName.toLowerCase())) {
      found.push(`element: <${el.localName}>`);
    }
    for (const name of el.getAttributeNames()) checkAttribute(el, name);
    for (const child of el.children) checkElement(child);
  };
  const start = () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes" && r.target instanceof Element && r.attributeName) {
          checkAttribute(r.target, r.attributeName);
        }
        for (const node of r.addedNodes) if (node instanceof Element) checkElement(node);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}

/** What the watcher found in a frame. */
export async function injected(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => window.__injected ?? ["the watcher is not installed"]);
}

/** Counts (and dismisses) every dialog the page opens. */
export function countDialogs(page: Page): { count: number } {
  const dialogs = { count: 0 };
  page.on("dialog", (d) => {
    dialogs.count++;
    void d.dismiss();
  });
  return dialogs;
}
