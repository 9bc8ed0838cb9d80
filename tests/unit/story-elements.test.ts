// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { contentExtensions } from "@/lib/content/extensions";
import { EmbedPaste } from "@/lib/content/embeds/embed-paste";
import { listEmbedFrameOrigins } from "@/lib/content/embeds/embed-info";
import { documentToPlainText } from "@/lib/content/plain-text";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { validateDocument } from "@/lib/content/validate-document";
import type { ContentDocument, ContentNode } from "@/lib/content/types";

const ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const SRC = "/api/media/0123456789abcdef0123456789abcdef/640.jpg";
const doc = (...content: ContentNode[]): ContentDocument => ({ type: "doc", content });
const p = (text: string): ContentNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const youtube: ContentNode = { type: "embed", attrs: { provider: "youtube", parts: { video: "dQw4w9WgXcQ" }, caption: "The statement", credit: "Ministry" } };
const cell = (type: string, text: string): ContentNode => ({ type, content: [p(text)] });
const table: ContentNode = {
  type: "table",
  attrs: { caption: "Results" },
  content: [
    { type: "tableRow", content: [cell("tableHeader", "Party"), cell("tableHeader", "Seats")] },
    { type: "tableRow", content: [cell("tableCell", "Blue"), cell("tableCell", "12")] },
  ],
};
const image = { mediaId: ID, src: SRC, alt: "A crowd", caption: "Crowd", credit: "AP", width: 640, height: 480 };

function errorOf(input: ContentDocument): string | null {
  const result = validateDocument(input);
  return result.ok ? null : result.error;
}

describe("validation of embeds and story elements", () => {
  it("accepts each element in its valid form", () => {
    expect(errorOf(doc(
      p("Intro"),
      youtube,
      { type: "pullQuote", attrs: { attribution: "The minister" }, content: [{ type: "text", text: "We will not move." }] },
      { type: "factBox", attrs: { title: "Key facts" }, content: [p("Founded 1971")] },
      table,
      { type: "gallery", attrs: { images: [image, image], caption: "The day" } },
      { type: "articleCard", attrs: { articleId: ID, label: "Earlier" } },
      { type: "horizontalRule" },
    ))).toBeNull();
  });

  it("refuses provider HTML, frame addresses and identifiers that do not fit the provider", () => {
    expect(errorOf(doc({ type: "embed", attrs: { provider: "youtube", parts: { video: "dQw4w9WgXcQ" }, html: "<iframe>" } }))).toMatch(/Unsupported attribute "html"/);
    expect(errorOf(doc({ type: "embed", attrs: { provider: "youtube", parts: { src: "https://evil.test/" } } }))).toMatch(/cannot carry "src"/);
    expect(errorOf(doc({ type: "embed", attrs: { provider: "youtube", parts: { video: "x\"><script>" } } }))).toMatch(/video is not valid/);
    expect(errorOf(doc({ type: "embed", attrs: { provider: "iframe", parts: {} } }))).toMatch(/Unsupported embed provider/);
    expect(errorOf(doc({ type: "embed", attrs: { provider: "mastodon", parts: { instance: "evil.test", user: "a", status: "1" } } }))).toMatch(/not on the list/);
    expect(errorOf(doc({ type: "embed", attrs: { provider: "link", parts: { url: "javascript:alert(1)" } } }))).toMatch(/not valid/);
  });

  it("refuses story elements that break their rules, with a message", () => {
    const headerless = { ...table, content: [table.content![1]!, table.content![1]!] };
    expect(errorOf(doc(headerless))).toBe("A table's first row must be its header row");
    const ragged = { ...table, content: [table.content![0]!, { type: "tableRow", content: [cell("tableCell", "x")] }] };
    expect(errorOf(doc(ragged))).toMatch(/Row 2 of a table has 1 cells; every row needs 2/);
    expect(errorOf(doc({ type: "gallery", attrs: { images: [image], caption: "" } }))).toBe("A gallery needs at least 2 images");
    expect(errorOf(doc({ type: "gallery", attrs: { images: [image, { ...image, src: "https://evil.test/x.jpg" }], caption: "" } }))).toMatch(/media library/);
    expect(errorOf(doc({ type: "factBox", attrs: { title: " " }, content: [p("x")] }))).toBe("A fact box needs a title");
    expect(errorOf(doc({ type: "factBox", attrs: { title: "Long" }, content: [p("x".repeat(1600))] }))).toMatch(/at most 1500 characters/);
    expect(errorOf(doc({ type: "articleCard", attrs: { articleId: ID, current: { headline: "Forged", slug: "x", standfirst: "" } } }))).toMatch(/cannot store/);
  });
});

describe("rendering", () => {
  it("renders an embed as a working link to the original, with the player address as data only", () => {
    const html = renderDocumentHtml(doc(youtube));
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toContain('data-embed-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).toContain("YouTube video");
    expect(html).toContain("The statement");
    expect(html).not.toMatch(/<iframe|<script/);
    expect(listEmbedFrameOrigins(doc(youtube, youtube))).toEqual(["https://www.youtube-nocookie.com"]);
  });

  it("renders the story elements as accessible HTML", () => {
    const html = renderDocumentHtml(doc(
      { type: "pullQuote", attrs: { attribution: "The minister" }, content: [{ type: "text", text: "We will not move." }] },
      table,
      { type: "gallery", attrs: { images: [image, image], caption: "The day" } },
      { type: "horizontalRule" },
    ));
    expect(html).toContain('<figure class="pull-quote"><blockquote><p>We will not move.</p></blockquote><figcaption>— The minister</figcaption></figure>');
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table: Results" tabindex="0"><table><caption>Results</caption><tbody><tr><th scope="col">');
    expect(html).toMatch(/<figure class="gallery"><ul class="gallery-list"><li><figure data-media-id/);
    expect(html).toContain("<hr>");
  });

  it("shows an article card with its article's current headline, and drops it when the article is not public", () => {
    const body = doc(p("Before"), { type: "articleCard", attrs: { articleId: ID, label: "Old headline" } });
    const shown = renderDocumentHtml(body, { cards: new Map([[ID, { headline: "New headline", slug: "new-slug", standfirst: "" }]]) });
    expect(shown).toContain('<a href="/articles/new-slug">New headline</a>');
    expect(shown).not.toContain("Old headline");
    const hidden = renderDocumentHtml(body, { cards: new Map() });
    expect(hidden).not.toContain("article-card");
    expect(renderDocumentHtml(doc({ type: "articleCard", attrs: { articleId: ID, label: "" } }))).toBe("<p></p>");
  });

  it("carries embeds into plain text (feeds, search) as links, with their caption and credit", () => {
    expect(documentToPlainText(doc(p("Intro"), youtube))).toBe("Intro\n\nYouTube: The statement — Ministry (https://www.youtube.com/watch?v=dQw4w9WgXcQ)");
  });

  it("carries every element's visible words into plain text: titles, captions, credits, attributions", () => {
    expect(documentToPlainText(doc(
      { type: "pullQuote", attrs: { attribution: "The minister" }, content: [{ type: "text", text: "We will not move." }] },
      { type: "factBox", attrs: { title: "Key facts" }, content: [p("Founded 1971")] },
      table,
      { type: "gallery", attrs: { images: [image, { ...image, caption: "", credit: "Reuters" }], caption: "The day" } },
      { type: "figure", attrs: { ...image, caption: "Alone", credit: "AFP" } },
    ))).toBe(["We will not move. — The minister", "Key facts", "Founded 1971", "Results", "Party", "Seats", "Blue", "12", "The day", "Crowd — AP", "Reuters", "Alone — AFP"].join("\n\n"));
  });
});

describe("pasting", () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());
  const create = () => (editor = new Editor({ element: document.createElement("div"), extensions: [...contentExtensions, EmbedPaste], content: "<p></p>" }));

  it("inserts one block after another: a selected embed is never replaced by the next insert", () => {
    const e = create();
    e.chain().insertEmbed({ provider: "youtube", parts: { video: "dQw4w9WgXcQ" } }).run();
    e.chain().insertTable({ rows: 2, columns: 2, caption: "T" }).run();
    e.chain().insertDivider().run();
    expect(e.getJSON().content?.map((n) => n.type).filter((t) => t !== "paragraph")).toEqual(["embed", "table", "horizontalRule"]);
  });

  it("keeps pasted blocks' text only inside a table cell, so the table is never split", () => {
    const e = create();
    e.chain().insertTable({ rows: 2, columns: 2, caption: "T" }).run();
    const cellPos = (() => { let at = 0; e.state.doc.descendants((node, pos) => { if (!at && node.type.name === "tableHeader") at = pos + 2; }); return at; })();
    e.commands.setTextSelection(cellPos);
    e.view.pasteHTML('<p>One</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><h2>Two</h2>');
    const json = e.getJSON();
    expect(json.content?.filter((n) => n.type === "table")).toHaveLength(1);
    expect(JSON.stringify(json)).not.toContain('"embed"');
    expect(validateDocument(json).ok).toBe(true);
  });

  it("keeps a pasted paragraph's text and adds the embed for its provider link", () => {
    const e = create();
    e.view.pasteText("Watch the statement: https://youtu.be/dQw4w9WgXcQ and read on.");
    const json = e.getJSON();
    // (The empty paragraph the paste went into stays after it, holding the cursor.)
    expect(json.content?.map((n) => n.type).slice(0, 2)).toEqual(["paragraph", "embed"]);
    expect(JSON.stringify(json.content?.[0])).toContain("Watch the statement");
    expect(json.content?.[1]?.attrs).toMatchObject({ provider: "youtube", parts: { video: "dQw4w9WgXcQ" } });
    expect(validateDocument(json).ok).toBe(true);
  });

  it("turns an iframe and a tweet's blockquote + script into embeds and drops the rest", () => {
    const e = create();
    e.view.pasteHTML(
      '<p>Text before</p><iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" onload="alert(1)"></iframe>' +
        '<blockquote class="twitter-tweet"><p>Words</p>&mdash; AP (@AP) <a href="https://twitter.com/AP/status/20?ref_src=twsrc">May 1</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>' +
        '<iframe src="https://evil.test/frame"></iframe><p>Text after</p>',
    );
    const json = e.getJSON();
    expect(json.content?.map((n) => n.type)).toEqual(["paragraph", "embed", "embed", "paragraph"]);
    expect(json.content?.[2]?.attrs).toMatchObject({ provider: "x", parts: { user: "AP", status: "20" } });
    expect(JSON.stringify(json)).not.toMatch(/evil|script|alert/);
    expect(validateDocument(json).ok).toBe(true);
  });
});
