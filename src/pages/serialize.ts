/**
 * Writes a page's document as HTML text, escaping every text and attribute value itself (a build-time DOM's own
 * serializer is not trusted with data: linkedom leaves `&` in attributes and a <textarea>'s text unescaped). Text
 * of raw-text elements (<script>, <style>) is refused unless it is empty: the page never carries data there.
 */

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]); // prettier-ignore
const RAW_TEXT = new Set(["script", "style"]);
const HTML_NS = "http://www.w3.org/1999/xhtml";
const NAME = /^[a-zA-Z][a-zA-Z0-9:_.-]*$/;

export const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, "&quot;");

function attributes(el: Element): string {
  return [...el.attributes]
    .map(({ name, value }) => {
      if (!NAME.test(name)) throw new Error(`serialize: bad attribute name "${name}"`);
      return value === "" && el.namespaceURI === HTML_NS ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
    })
    .join("");
}

export function serializeNode(node: Node): string {
  switch (node.nodeType) {
    case 3: // text
      return escapeText(node.textContent as string);
    case 8: // comment: dropped (the build writes none; a template's are not needed)
      return "";
    case 9: // document
      return `<!doctype html>${[...node.childNodes]
        .filter((c) => c.nodeType !== 10)
        .map(serializeNode)
        .join("")}`;
    case 10: // doctype
      return "";
    case 1: {
      const el = node as Element;
      const name = el.localName;
      if (!NAME.test(name)) throw new Error(`serialize: bad element name "${name}"`);
      const open = `<${name}${attributes(el)}`;
      if (el.namespaceURI !== HTML_NS && el.namespaceURI !== null) {
        // SVG inside HTML: empty elements close themselves.
        if (el.childNodes.length === 0) return `${open}/>`;
        return `${open}>${[...el.childNodes].map(serializeNode).join("")}</${name}>`;
      }
      if (VOID.has(name)) return `${open}>`;
      if (RAW_TEXT.has(name)) {
        if (el.textContent !== "") throw new Error(`serialize: <${name}> with content is not written`);
        return `${open}></${name}>`;
      }
      const children = name === "template" ? (el as HTMLTemplateElement).content.childNodes : el.childNodes;
      return `${open}>${[...children].map(serializeNode).join("")}</${name}>`;
    }
    default:
      return "";
  }
}
