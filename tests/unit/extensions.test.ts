// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";

import { contentExtensions } from "@/lib/content/extensions";
import { contentSchema } from "@/lib/content/schema";
import { validateDocument } from "@/lib/content/validate-document";
import { listCommentThreadIds, stripCommentMarks } from "@/lib/content/comment-mark";

let editor: Editor | undefined;

function createEditor(content: string): Editor {
  editor = new Editor({ element: document.createElement("div"), extensions: contentExtensions, content });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe("contentExtensions", () => {
  it("define exactly the allowed nodes and marks", () => {
    expect(Object.keys(contentSchema.nodes).sort()).toEqual(
      [
        "blockquote", "bulletList", "doc", "figure", "hardBreak", "heading", "listItem", "orderedList", "paragraph", "text",
        // issue 15: embeds and story elements (the divider is horizontalRule)
        "embed", "pullQuote", "factBox", "table", "tableRow", "tableHeader", "tableCell", "gallery", "articleCard", "horizontalRule",
      ].sort(),
    );
    expect(Object.keys(contentSchema.marks).sort()).toEqual(["bold", "comment", "italic", "link"]);
  });

  it("drop pasted javascript: and data: links, and keep safe ones without target, rel or class", () => {
    const json = createEditor(
      '<p><a href="javascript:alert(1)">js</a> <a href=" JaVaScRiPt:alert(1)">js2</a> <a href="data:text/html,x">data</a> ' +
        '<a href="https://ok.example" target="_blank" rel="nofollow" class="x">ok</a></p>',
    ).getJSON();
    const marks = json.content?.[0]?.content?.flatMap((node) => node.marks ?? []) ?? [];
    expect(marks).toEqual([
      { type: "link", attrs: { href: "https://ok.example", target: null, rel: null, class: null, title: null } },
    ]);
  });

  it("turn unsupported pasted HTML into allowed content", () => {
    const json = createEditor(
      "<h1>Top</h1><h4>Deep</h4><pre><code>code</code></pre><p><s>strike</s> <u>under</u> <code>c</code></p><hr><img src=x><table><tr><td>cell</td></tr></table>",
    ).getJSON();
    // A one-row table does not fit the table rules: its text stays, as a paragraph.
    expect(JSON.stringify(json)).not.toMatch(/"type":"(codeBlock|code|strike|underline|image|table\w*)"/);
    expect(json.content?.some((node) => node.type === "heading" && node.attrs?.level === 1)).toBe(false);
    expect(validateDocument(json).ok).toBe(true);
  });

  it("autolink typed web addresses only, never bare names or script URLs", () => {
    const instance = createEditor("<p></p>");
    for (const word of ["Node.js", "example.com", "javascript:alert(1)", "https://example.com/a"]) {
      instance.commands.insertContent(`${word} `);
    }
    const hrefs = instance
      .getJSON()
      .content?.[0]?.content?.flatMap((node) => node.marks ?? [])
      .map((mark) => mark.attrs?.href);
    expect(hrefs).toEqual(["https://example.com/a"]);
  });

  it("refuse setLink with an unsafe URL and accept safe ones", () => {
    const instance = createEditor("<p>hello</p>");
    instance.commands.selectAll();
    expect(instance.commands.setLink({ href: "javascript:alert(1)" })).toBe(false);
    expect(instance.commands.setLink({ href: "//evil.example" })).toBe(false);
    expect(instance.commands.setLink({ href: "/about" })).toBe(true);
    expect(instance.getJSON().content?.[0]?.content?.[0]?.marks).toEqual([
      { type: "link", attrs: { href: "/about", target: null, rel: null, class: null, title: null } },
    ]);
  });

  it("emit JSON that validateDocument accepts as is", () => {
    const instance = createEditor(
      "<h2>H</h2><p><strong>b</strong> <em>i</em> <a href='https://x.example'>l</a><br>n</p><ol><li><p>1</p></li></ol><ul><li><p>x</p></li></ul><blockquote><p>q</p></blockquote>",
    );
    const json = instance.getJSON();
    expect(json.content?.find((node) => node.type === "orderedList")?.attrs).toEqual({ start: 1, type: null });
    expect(validateDocument(json)).toEqual({ ok: true, doc: json });
  });

  it("render editor HTML without target attributes", () => {
    const html = createEditor('<p><a href="https://x.example" target="_blank">l</a></p>').getHTML();
    expect(html).toBe('<p><a href="https://x.example" rel="noopener noreferrer">l</a></p>');
  });
});

describe("the comment mark (issue 17)", () => {
  const id = "0b6a1a52-3f0e-4a4f-9d59-2d3b8a3c7f10";
  it("is never read from pasted HTML: a thread comes from its own row, not a copy", () => {
    const instance = new Editor({ element: document.createElement("div"), extensions: contentExtensions, content: `<p><span data-comment-thread="${id}" class="comment-anchor">quoted</span> words</p>` });
    expect(JSON.stringify(instance.getJSON())).not.toContain(id);
    instance.destroy();
  });

  it("is stripped for readers, its split text joined again", () => {
    const doc = { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: "The " }, { type: "text", text: "vote", marks: [{ type: "comment", attrs: { threadId: id } }] }, { type: "text", text: " passed." }] }] };
    expect(stripCommentMarks(doc)).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The vote passed." }] }] });
    expect(listCommentThreadIds(doc)).toEqual([id]);
    // The input is left alone.
    expect(doc.content[0]?.content[1]?.marks).toHaveLength(1);
  });
});
