import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { serializeNode } from "./serialize.ts";

const HOSTILE = `"><script>alert('x')</script><img src=x onerror=alert(1)> & é`;

function page(): Document {
  return (parseHTML("<!doctype html><html><head></head><body></body></html>") as unknown as { document: Document })
    .document;
}

describe("serializeNode", () => {
  it("writes data in text and attributes as text: nothing of it parses back as markup", () => {
    const doc = page();
    const p = doc.createElement("p");
    p.setAttribute("title", HOSTILE);
    p.textContent = HOSTILE;
    const area = doc.createElement("textarea");
    area.textContent = `</textarea>${HOSTILE}`;
    doc.body.append(p, area);
    const html = serializeNode(doc);
    expect(html.startsWith("<!doctype html><html>")).toBe(true);
    expect(html).not.toMatch(/<script|<img/i);
    const back = new DOMParser().parseFromString(html, "text/html") as unknown as Document;
    expect(back.querySelectorAll("script, img").length).toBe(0);
    expect(back.querySelector("p")?.textContent).toBe(HOSTILE);
    expect(back.querySelector("p")?.getAttribute("title")).toBe(HOSTILE);
    // A textarea's text cannot close it early (linkedom's parser reads it raw, so the text is checked as written).
    expect(html).toContain('<textarea>&lt;/textarea&gt;"&gt;');
    expect(html.match(/<\/textarea>/g)).toHaveLength(1);
  });

  it("closes empty SVG elements, writes void HTML elements and boolean attributes as HTML does", () => {
    const doc = page();
    const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.append(doc.createElementNS("http://www.w3.org/2000/svg", "path"));
    const input = doc.createElement("input");
    input.setAttribute("disabled", "");
    doc.body.append(svg, input);
    expect(serializeNode(doc.body)).toBe("<body><svg><path/></svg><input disabled></body>");
  });

  it("refuses a script or style with content, and names that are not names", () => {
    const doc = page();
    const script = doc.createElement("script");
    script.textContent = "alert(1)";
    expect(() => serializeNode(script)).toThrow(/<script> with content/);
    const empty = doc.createElement("script");
    empty.setAttribute("src", "./assets/main.js");
    expect(serializeNode(empty)).toBe('<script src="./assets/main.js"></script>');
    const div = doc.createElement("div");
    div.setAttribute("a", "1");
    Object.defineProperty(div, "attributes", { value: [{ name: 'x"onload', value: "" }] });
    expect(() => serializeNode(div)).toThrow(/bad attribute name/);
  });
});
