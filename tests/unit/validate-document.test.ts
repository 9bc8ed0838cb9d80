import { describe, expect, it } from "vitest";

import { MAX_DEPTH, MAX_DOCUMENT_BYTES } from "@/lib/content/limits";
import type { ContentDocument, ContentNode } from "@/lib/content/types";
import { validateDocument } from "@/lib/content/validate-document";

const text = (value: string, marks?: ContentNode["marks"]): ContentNode =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: ContentNode[]): ContentNode => ({ type: "paragraph", content });
const doc = (...content: ContentNode[]): ContentDocument => ({ type: "doc", content });
const linked = (href: string) => doc(paragraph(text("click", [{ type: "link", attrs: { href } }])));

function errorOf(input: unknown): string {
  const result = validateDocument(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.error;
}

/** doc > blockquote × n > paragraph > text: n + 3 levels. */
function nestedQuotes(quotes: number): ContentDocument {
  let node: ContentNode = paragraph(text("deep"));
  for (let i = 0; i < quotes; i++) node = { type: "blockquote", content: [node] };
  return doc(node);
}

const everyAllowedNodeAndMark: ContentDocument = doc(
  { type: "heading", attrs: { level: 2 }, content: [text("Section")] },
  { type: "heading", attrs: { level: 3 }, content: [text("Subsection")] },
  paragraph(
    text("bold", [{ type: "bold" }]),
    text(" and "),
    text("italic", [{ type: "italic" }]),
    { type: "hardBreak" },
    text("web", [{ type: "link", attrs: { href: "https://example.com/a?b=c#d" } }]),
    text(" mail", [{ type: "link", attrs: { href: "mailto:desk@example.com" } }]),
    text(" local", [{ type: "link", attrs: { href: "/articles/doha-talks", target: null, rel: null, class: null, title: null } }]),
    text(" http", [{ type: "link", attrs: { href: "HTTP://EXAMPLE.COM" } }, { type: "bold" }, { type: "italic" }]),
  ),
  { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("one"))] }] },
  {
    type: "orderedList",
    attrs: { start: 3, type: null },
    content: [
      {
        type: "listItem",
        content: [paragraph(text("three")), { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("nested"))] }] }],
      },
    ],
  },
  { type: "blockquote", content: [paragraph(text("A quote."))] },
);

describe("validateDocument accepts", () => {
  it("every allowed node and mark, and fills in Tiptap's default attributes", () => {
    const result = validateDocument(everyAllowedNodeAndMark);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const json = JSON.stringify(result.doc);
    expect(json).toContain('"attrs":{"href":"https://example.com/a?b=c#d","target":null,"rel":null,"class":null,"title":null}');
    expect(json).toContain('"attrs":{"start":3,"type":null}');
  });

  it("the JSON text the editor posts", () => {
    expect(validateDocument(JSON.stringify(everyAllowedNodeAndMark)).ok).toBe(true);
  });

  it("what Tiptap emits for an empty editor, and an empty doc as one empty paragraph", () => {
    expect(validateDocument({ type: "doc", content: [{ type: "paragraph" }] })).toEqual({
      ok: true,
      doc: { type: "doc", content: [{ type: "paragraph" }] },
    });
    expect(validateDocument({ type: "doc" })).toEqual({ ok: true, doc: { type: "doc", content: [{ type: "paragraph" }] } });
  });

  it("link attributes other Tiptap setups emit, when harmless", () => {
    const withRel = doc(paragraph(text("x", [{ type: "link", attrs: { href: "/a", rel: "noopener noreferrer nofollow", title: "About" } }])));
    expect(validateDocument(withRel).ok).toBe(true);
  });

  it(`nesting of exactly ${MAX_DEPTH} levels`, () => {
    expect(validateDocument(nestedQuotes(MAX_DEPTH - 3)).ok).toBe(true);
  });

  it("a copy, not the caller's object", () => {
    const input = doc(paragraph(text("x")));
    const result = validateDocument(input);
    expect(result.ok && result.doc).not.toBe(input);
  });
});

describe("validateDocument refuses", () => {
  it.each([
    ["null", null],
    ["a string that is not JSON", "not json"],
    ["an array", [{ type: "doc" }]],
    ["a number", 42],
    ["a paragraph root", paragraph(text("x"))],
    ["a root without type", { content: [] }],
  ])("%s as the root", (_label, input) => {
    expect(errorOf(input)).toMatch(/document|JSON/);
  });

  it("a non-doc root with a message naming the expected shape", () => {
    expect(errorOf({ type: "paragraph" })).toBe('Content must be a document object of the form {"type":"doc","content":[…]}');
  });

  it("unknown node types, naming the type", () => {
    expect(errorOf(doc({ type: "iframe", attrs: { src: "https://evil.example" } }))).toBe('Unsupported content type "iframe"');
    expect(errorOf(doc({ type: "image", attrs: { src: "x" } }))).toBe('Unsupported content type "image"');
    expect(errorOf(doc({ type: "codeBlock", content: [text("x")] }))).toBe('Unsupported content type "codeBlock"');
    expect(errorOf(doc(paragraph(text("a")), { type: "video" }))).toBe('Unsupported content type "video"');
  });

  it("unknown node types nested deep inside allowed ones", () => {
    const input = doc({ type: "bulletList", content: [{ type: "listItem", content: [paragraph({ type: "mention", attrs: { id: 1 } })] }] });
    expect(errorOf(input)).toBe('Unsupported content type "mention"');
  });

  it("inherited names that are not node types", () => {
    expect(errorOf(doc({ type: "constructor" }))).toBe('Unsupported content type "constructor"');
    expect(errorOf(doc({ type: "__proto__" }))).toBe('Unsupported content type "__proto__"');
  });

  it("unknown mark types, naming the mark", () => {
    expect(errorOf(doc(paragraph(text("x", [{ type: "strike" }]))))).toBe('Unsupported formatting "strike"');
    expect(errorOf(doc(paragraph(text("x", [{ type: "textStyle", attrs: { color: "red" } }]))))).toBe(
      'Unsupported formatting "textStyle"',
    );
  });

  it("a mark applied twice", () => {
    expect(errorOf(doc(paragraph(text("x", [{ type: "bold" }, { type: "bold" }]))))).toContain("twice");
  });

  it("heading levels other than 2 and 3", () => {
    for (const level of [1, 4, 6, "2", null]) {
      const input = doc({ type: "heading", attrs: { level }, content: [text("x")] });
      expect(errorOf(input)).toMatch(/^Heading level must be 2 or 3/);
    }
    expect(errorOf(doc({ type: "heading", content: [text("x")] }))).toBe('A heading is missing its "level" attribute');
  });

  it("bad numbered-list attributes", () => {
    const list = (attrs: Record<string, unknown>) =>
      doc({ type: "orderedList", attrs, content: [{ type: "listItem", content: [paragraph(text("x"))] }] });
    expect(errorOf(list({ start: 0 }))).toMatch(/start at a whole number of 1 or more/);
    expect(errorOf(list({ start: 1.5 }))).toMatch(/start at a whole number/);
    expect(errorOf(list({ start: "3" }))).toMatch(/start at a whole number/);
    expect(errorOf(list({ start: 1, type: "disc" }))).toMatch(/style must be one of/);
    expect(validateDocument(list({ start: 2, type: "a" })).ok).toBe(true);
  });

  it("unknown attributes on nodes and marks", () => {
    expect(errorOf(doc({ type: "paragraph", attrs: { style: "color:red" }, content: [text("x")] }))).toBe(
      'Unsupported attribute "style" on a paragraph',
    );
    expect(errorOf(doc({ type: "heading", attrs: { level: 2, id: "x" }, content: [text("x")] }))).toBe(
      'Unsupported attribute "id" on a heading',
    );
    expect(errorOf(doc(paragraph(text("x", [{ type: "link", attrs: { href: "/a", onclick: "alert(1)" } }]))))).toBe(
      'Unsupported attribute "onclick" on a link',
    );
    expect(errorOf(doc(paragraph(text("x", [{ type: "bold", attrs: { class: "x" } }]))))).toBe(
      'Unsupported attribute "class" on bold formatting',
    );
  });

  it("link target, class and rel values the renderer does not allow", () => {
    const linkWith = (attrs: Record<string, unknown>) => doc(paragraph(text("x", [{ type: "link", attrs: { href: "/a", ...attrs } }])));
    expect(errorOf(linkWith({ target: "_blank" }))).toMatch(/new window/);
    expect(errorOf(linkWith({ class: "btn" }))).toMatch(/CSS class/);
    expect(errorOf(linkWith({ rel: "opener" }))).toMatch(/rel/);
    expect(errorOf(doc(paragraph(text("x", [{ type: "link" }]))))).toBe("A link has no address");
    expect(errorOf(doc(paragraph(text("x", [{ type: "link", attrs: { href: null } }]))))).toBe("A link has no address");
  });

  it.each([
    ["javascript:alert(1)", /not allowed/],
    ["JaVaScRiPt:alert(1)", /not allowed/],
    [" javascript:alert(1)", /spaces or control characters/],
    ["java\tscript:alert(1)", /spaces or control characters/],
    ["java\nscript:alert(1)", /spaces or control characters/],
    ["java\u0000script:alert(1)", /spaces or control characters/],
    ["\u200bjavascript:alert(1)", /spaces or control characters/],
    ["&#106;avascript:alert(1)", /not allowed/],
    ["&#x6A;avascript:alert(1)", /not allowed/],
    ["javascript&colon;alert(1)", /not allowed/],
    ["vbscript:msgbox(1)", /not allowed/],
    ["VBScript:msgbox(1)", /not allowed/],
    ["data:text/html,<script>alert(1)</script>", /not allowed/],
    ["data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", /not allowed/],
    ["//evil.example", /another site/],
    ["//evil.example/path", /another site/],
    ["/\\evil.example", /backslash/],
    ["\\\\evil.example", /backslash/],
    ["https:\\\\evil.example", /backslash/],
    ["https:evil.example", /not allowed/],
    ["ftp://files.example", /not allowed/],
    ["relative/path", /not allowed/],
    ["evil.example", /not allowed/],
    ["#top", /not allowed/],
    ["https://trusted.example@evil.example/", /user name or password/],
    ["https://", /not a valid web address/],
    ["mailto:", /no address/],
    ["", /empty/],
    [`https://example.com/${"a".repeat(3000)}`, /longer than/],
  ])("the link %j", (href, message) => {
    expect(errorOf(linked(href))).toMatch(message);
  });

  it("unsafe-URL messages tell the person what is allowed", () => {
    expect(errorOf(linked("javascript:alert(1)"))).toBe(
      'Link "javascript:alert(1)" is not allowed. Use an http(s) or mailto link, or a path starting with /',
    );
  });

  it("text nodes without a string text, and text or marks on other nodes", () => {
    expect(errorOf(doc(paragraph({ type: "text" })))).toBe("A text node must have non-empty text");
    expect(errorOf(doc(paragraph({ type: "text", text: 42 } as unknown as ContentNode)))).toBe("A text node must have non-empty text");
    expect(errorOf(doc(paragraph({ type: "text", text: "" })))).toBe("A text node must have non-empty text");
    expect(errorOf(doc({ type: "paragraph", marks: [{ type: "bold" }], content: [text("x")] }))).toBe(
      "Formatting is only allowed on text, not on a paragraph",
    );
    expect(errorOf(doc({ type: "paragraph", text: "x" }))).toBe("A paragraph cannot hold text directly");
  });

  it("unknown properties on nodes and marks", () => {
    expect(errorOf(doc({ type: "paragraph", html: "<b>x</b>" } as ContentNode))).toBe('Unsupported property "html" on a paragraph');
    expect(errorOf(doc(paragraph(text("x", [{ type: "bold", extra: 1 } as never]))))).toBe('Unsupported property "extra" on bold formatting');
  });

  it("a structure the schema does not allow, in words", () => {
    expect(errorOf(doc(text("loose")))).toBe("A document cannot contain a text node at that point; expected a paragraph");
    expect(errorOf(doc({ type: "bulletList", content: [paragraph(text("x"))] }))).toBe(
      "A bulleted list cannot contain a paragraph at that point; expected a list item",
    );
    expect(errorOf(doc({ type: "blockquote", content: [] }))).toBe("A quote is incomplete: it needs a paragraph");
    expect(errorOf(doc({ type: "heading", attrs: { level: 2 }, content: [paragraph(text("x"))] }))).toMatch(/^A heading cannot contain a paragraph/);
  });

  it(`JSON over ${MAX_DOCUMENT_BYTES / 1024} KB, before walking it`, () => {
    const big = doc(paragraph(text("x".repeat(MAX_DOCUMENT_BYTES))));
    expect(errorOf(big)).toMatch(/too large \(over 512 KB\)/);
    expect(errorOf(JSON.stringify(big))).toMatch(/too large/);
    // Counted in UTF-8 bytes: 300,000 × "é" is under 512 K characters but about 586 KB.
    const multibyte = doc(paragraph(text("éé".repeat(150_000))));
    expect(errorOf(multibyte)).toMatch(/too large/);
  });

  it("a document just under the size limit", () => {
    expect(validateDocument(doc(paragraph(text("x".repeat(MAX_DOCUMENT_BYTES - 200))))).ok).toBe(true);
  });

  it(`nesting of ${MAX_DEPTH + 1} levels`, () => {
    expect(errorOf(nestedQuotes(MAX_DEPTH - 2))).toBe(
      `Content is nested too deeply (more than ${MAX_DEPTH} levels). Flatten nested lists or quotes.`,
    );
  });

  it("5,000 levels of nesting with an error, not a stack overflow", () => {
    expect(() => validateDocument(nestedQuotes(5000))).not.toThrow();
    expect(errorOf(nestedQuotes(5000))).toMatch(/nested too deeply/);
    const asText = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(5000)}{"type":"paragraph"}${"]}".repeat(5000)}]}`;
    expect(errorOf(asText)).toMatch(/nested too deeply/);
  });

  it("deeply nested junk inside attributes", () => {
    const deepArray = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(errorOf(`{"type":"doc","content":[{"type":"heading","attrs":{"level":${deepArray}}}]}`)).toMatch(/nested too deeply/);
  });

  it("cyclic objects without hanging", () => {
    const cyclic: Record<string, unknown> = { type: "doc" };
    cyclic.content = [cyclic];
    expect(errorOf(cyclic)).toMatch(/nested too deeply/);
  });
});
