import { describe, expect, it } from "vitest";
import { embedSnippet, SANDBOX } from "./snippet.ts";

describe("embedSnippet", () => {
  it("makes a lazy, sandboxed, titled iframe for the state, and the host script", () => {
    const s = embedSnippet({
      base: "https://maps.example/rafah/",
      hash: "#view=border&feature=treaty-zone-c",
      title: 'Egypt "readies" forces <now>',
      origins: ["https://news.example"],
      height: 640,
    });
    expect(s).toContain(
      'src="https://maps.example/rafah/embed.html#view=border&amp;feature=treaty-zone-c&amp;origins=https://news.example"',
    );
    expect(s).toContain('title="Map: Egypt &quot;readies&quot; forces &lt;now&gt;"');
    expect(s).toContain('loading="lazy"');
    expect(s).toContain(`sandbox="${SANDBOX}"`);
    expect(SANDBOX).not.toContain("allow-top-navigation");
    expect(s).toContain('<script src="https://maps.example/rafah/embed.js" async></script>');
  });
});
