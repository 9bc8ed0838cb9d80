import { afterEach, describe, expect, it, vi } from "vitest";

import { renderDocumentHtml } from "@/lib/content/render-html";
import type { ContentDocument, ContentNode } from "@/lib/content/types";

const text = (value: string, marks?: ContentNode["marks"]): ContentNode =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: ContentNode[]): ContentNode => ({ type: "paragraph", content });
const doc = (...content: ContentNode[]): ContentDocument => ({ type: "doc", content });
const item = (value: string): ContentNode => ({ type: "listItem", content: [paragraph(text(value))] });
const link = (href: string, value = "link") => doc(paragraph(text(value, [{ type: "link", attrs: { href } }])));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("renderDocumentHtml", () => {
  it("renders headings, paragraphs, marks and line breaks", () => {
    const html = renderDocumentHtml(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Section")] },
        { type: "heading", attrs: { level: 3 }, content: [text("Sub")] },
        paragraph(text("bold", [{ type: "bold" }]), text(" "), text("italic", [{ type: "italic" }]), { type: "hardBreak" }, text("next")),
      ),
    );
    expect(html).toBe("<h2>Section</h2><h3>Sub</h3><p><strong>bold</strong> <em>italic</em><br>next</p>");
  });

  it("renders lists and quotes", () => {
    const html = renderDocumentHtml(
      doc(
        { type: "bulletList", content: [item("a"), item("b")] },
        { type: "orderedList", attrs: { start: 3 }, content: [item("c")] },
        { type: "orderedList", content: [item("d")] },
        { type: "blockquote", content: [paragraph(text("Quoted."))] },
      ),
    );
    expect(html).toBe(
      "<ul><li><p>a</p></li><li><p>b</p></li></ul>" +
        '<ol start="3"><li><p>c</p></li></ol>' +
        "<ol><li><p>d</p></li></ol>" +
        "<blockquote><p>Quoted.</p></blockquote>",
    );
  });

  it("renders external links with rel=noopener noreferrer, no target and no nofollow", () => {
    const html = renderDocumentHtml(link("https://example.com/a?b=1&c=2"));
    expect(html).toBe('<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">link</a></p>');
    expect(html).not.toContain("target");
    expect(html).not.toContain("nofollow");
  });

  it("renders site-relative and mailto links without rel", () => {
    expect(renderDocumentHtml(link("/articles/doha-talks"))).toBe('<p><a href="/articles/doha-talks">link</a></p>');
    expect(renderDocumentHtml(link("mailto:desk@example.com"))).toBe('<p><a href="mailto:desk@example.com">link</a></p>');
  });

  it("ignores stored rel values and keeps a link title", () => {
    const stored = doc(
      paragraph(text("x", [{ type: "link", attrs: { href: "/a", target: null, rel: "nofollow", class: null, title: "About us" } }])),
    );
    expect(renderDocumentHtml(stored)).toBe('<p><a href="/a" title="About us">x</a></p>');
  });

  it("escapes text and attribute values", () => {
    const html = renderDocumentHtml(
      doc(
        paragraph(text("<script>alert(1)</script> & <img src=x onerror=alert(1)>")),
        paragraph(text("q", [{ type: "link", attrs: { href: '/search?q="><script>alert(1)</script>' } }])),
      ),
    );
    // The quote is escaped, so the href value cannot end early; HTML serialization
    // leaves < and > as they are inside a quoted attribute, where they are inert.
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>" +
        '<p><a href="/search?q=&quot;><script>alert(1)</script>">q</a></p>',
    );
  });

  it("renders an invalid stored document as an empty string and logs why, without throwing", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const invalid = [
      doc({ type: "iframe", attrs: { src: "https://evil.example" } }),
      link("javascript:alert(1)"),
      doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] }),
      { type: "paragraph" } as unknown as ContentDocument,
      null as unknown as ContentDocument,
    ];
    for (const stored of invalid) expect(renderDocumentHtml(stored)).toBe("");
    expect(log).toHaveBeenCalledTimes(invalid.length);
    expect(String(log.mock.calls[0]?.[0])).toContain('Unsupported content type "iframe"');
  });

  it("renders a 5,000-level document as an empty string instead of overflowing", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    let node: ContentNode = paragraph(text("deep"));
    for (let i = 0; i < 5000; i++) node = { type: "blockquote", content: [node] };
    expect(renderDocumentHtml(doc(node))).toBe("");
  });

  it("renders an empty document as an empty paragraph", () => {
    expect(renderDocumentHtml({ type: "doc" })).toBe("<p></p>");
  });
});
