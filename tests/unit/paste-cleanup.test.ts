import { readFileSync } from "node:fs";
import path from "node:path";
import { Window } from "happy-dom";
import { generateJSON } from "@tiptap/html/server";
import { describe, expect, it } from "vitest";

import { cleanPastedHtml, detectPasteSource, type HtmlParser } from "@/lib/content/paste/clean-office-html";
import { contentExtensions } from "@/lib/content/extensions";
import { validateDocument } from "@/lib/content/validate-document";
import type { ContentDocument, ContentNode } from "@/lib/content/types";

// What the editor does on paste, minus the browser: clean the clipboard HTML, then parse
// it with the article schema (the editor's ProseMirror parses with the same extensions).
const parser = new new Window().DOMParser() as unknown as HtmlParser;
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/paste", name), "utf8");
const clean = (html: string) => cleanPastedHtml(html, parser);
const paste = (html: string) => generateJSON(clean(html), contentExtensions) as ContentDocument;

function walk(node: ContentNode, visit: (node: ContentNode, parent?: ContentNode) => void, parent?: ContentNode): void {
  visit(node, parent);
  for (const child of node.content ?? []) walk(child, visit, node);
}
function nodes(doc: ContentDocument, type: string): ContentNode[] {
  const found: ContentNode[] = [];
  walk(doc as ContentNode, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
}
function text(node: ContentNode): string {
  if (node.type === "text") return node.text ?? "";
  return (node.content ?? []).map(text).join(node.type === "doc" || node.type.endsWith("List") ? "\n" : "");
}
/** Text runs carrying a mark, e.g. every bold run. */
function marked(doc: ContentDocument, mark: string): string[] {
  return nodes(doc, "text").filter((t) => t.marks?.some((m) => m.type === mark)).map((t) => t.text ?? "");
}
const emptyParagraphs = (doc: ContentDocument) => (doc.content ?? []).filter((n) => n.type === "paragraph" && !text(n).trim());

describe("pasting from Google Docs", () => {
  const html = fixture("google-docs.html");
  const doc = paste(html);

  it("is recognised, and the result is a valid article body", () => {
    expect(detectPasteSource(html)).toBe("google-docs");
    expect(validateDocument(doc).ok).toBe(true);
  });

  it("keeps headings in order (Heading 1 → h2, Heading 2 → h3)", () => {
    expect(nodes(doc, "heading").map((h) => [h.attrs?.level, text(h)])).toEqual([
      [2, "No truce for Eid"],
      [3, "All-out offensive"],
    ]);
  });

  it("turns span styles into bold and italic, and drops the wrapper's font-weight:normal", () => {
    expect(marked(doc, "bold")).toEqual(expect.arrayContaining(["‘resolutely in favor of a political settlement’", "next week", "Measure", "Figure"]));
    expect(marked(doc, "italic")).toEqual(["ended without significant progress", "next week"]);
    // The docs-internal-guid <b> wraps everything and is not bold.
    expect(marked(doc, "bold")).not.toContain("The Taliban leader reiterated, Sunday, July 18, to remain ");
  });

  it("keeps links, with the address behind Google's redirect", () => {
    const links = nodes(doc, "text").filter((t) => t.marks?.some((m) => m.type === "link"));
    expect(links.map((t) => [t.text, t.marks?.find((m) => m.type === "link")?.attrs?.href])).toEqual([["joint statement", "https://www.example.org/doha-statement"]]);
  });

  it("keeps bulleted, nested and numbered lists", () => {
    const [bullets] = nodes(doc, "bulletList");
    expect(bullets?.content?.map((item) => text(item.content![0]!))).toEqual(["a political settlement", "the protection of civilians", "talks with neighbouring countries"]);
    // The nested list Docs puts beside its item ends up inside it.
    const nested = bullets?.content?.[1]?.content?.[1];
    expect(nested?.type).toBe("bulletList");
    expect(text(nested!)).toBe("including aid workers");
    const [numbered] = nodes(doc, "orderedList");
    expect(numbered?.content?.map((item) => text(item))).toEqual(["seizing rural districts", "taking border crossings", "surrounding provincial capitals"]);
  });

  it("keeps the table as a table story element with its header row", () => {
    const [table] = nodes(doc, "table");
    expect(table?.content?.map((row) => row.content?.map((cell) => [cell.type, text(cell)]))).toEqual([
      [["tableHeader", "Measure"], ["tableHeader", "Figure"]],
      [["tableCell", "Operations"], ["tableCell", "244"]],
      [["tableCell", "Insurgents killed"], ["tableCell", "967"]],
      [["tableCell", "Districts retaken"], ["tableCell", "24"]],
    ]);
  });

  it("drops fonts, colours, highlights and empty paragraphs but keeps their text", () => {
    const cleaned = clean(html);
    expect(cleaned).not.toMatch(/style=|font-|color|docs-internal-guid|<meta|<br/);
    expect(text(doc as ContentNode)).toContain("the two camps had barely agreed to try");
    expect(emptyParagraphs(doc)).toEqual([]);
  });
});

describe("pasting from Word", () => {
  const html = fixture("word.html");
  const doc = paste(html);
  const all = text(doc as ContentNode);

  it("is recognised, and the result is a valid article body", () => {
    expect(detectPasteSource(html)).toBe("word");
    expect(validateDocument(doc).ok).toBe(true);
  });

  it("keeps headings, bold, italic and links", () => {
    expect(nodes(doc, "heading").map((h) => [h.attrs?.level, text(h)])).toEqual([
      [2, "No truce for Eid"],
      [3, "All-out offensive"],
    ]);
    expect(marked(doc, "bold")).toEqual(["‘resolutely in favor of a political settlement’", "Measure", "Figure"]);
    expect(marked(doc, "italic")).toEqual(["ended without significant progress"]);
    const link = nodes(doc, "text").find((t) => t.marks?.some((m) => m.type === "link"));
    expect(link?.marks?.find((m) => m.type === "link")?.attrs?.href).toBe("https://www.example.org/doha-statement");
  });

  it("rebuilds MsoListParagraph paragraphs as lists, bulleted or numbered as Word's list styles say, with nesting", () => {
    const [bullets] = nodes(doc, "bulletList");
    expect(bullets?.content?.map((item) => text(item.content![0]!))).toEqual(["a political settlement", "the protection of civilians", "talks with neighbouring countries"]);
    expect(text(bullets!.content![1]!.content![1]!)).toBe("including aid workers");
    const [numbered] = nodes(doc, "orderedList");
    expect(numbered?.content?.map((item) => text(item))).toEqual(["seizing rural districts", "taking border crossings", "surrounding provincial capitals"]);
    // The markers Word draws by hand are gone.
    expect(all).not.toMatch(/[·§]|^o\s|1\.\s/m);
  });

  it("keeps a Quote-styled paragraph as a quote and the table as a table", () => {
    const [quote] = nodes(doc, "blockquote");
    expect(text(quote!)).toMatch(/^‘Instead of relying on foreigners/);
    const [table] = nodes(doc, "table");
    expect(table?.content?.map((row) => row.content?.map(text))).toEqual([
      ["Measure", "Figure"],
      ["Operations", "244"],
      ["Insurgents killed", "967"],
    ]);
    expect(table?.content?.[0]?.content?.[0]?.type).toBe("tableHeader");
  });

  it("drops comments (the commented words stay) and the deleted text of tracked changes, keeping the inserted", () => {
    expect(all).toContain("negotiations in Doha ended");
    expect(all).not.toContain("[JB1]");
    expect(all).not.toContain("Check the spelling");
    expect(all).toContain("had retaken 24 districts");
    expect(all).not.toContain("some twenty");
  });

  it("drops fonts, colours, Office markup and empty paragraphs", () => {
    const cleaned = clean(html);
    expect(cleaned).not.toMatch(/style=|class=|Mso|mso-|<o:p|<!--|font-family|#C00000|<del|<ins/i);
    expect(all).toContain("meet again next week.");
    expect(emptyParagraphs(doc)).toEqual([]);
  });
});

describe("other pasted HTML", () => {
  it("is left as it is (the editor's own copies keep figures, embeds and story elements)", () => {
    const html = '<p>Plain <strong style="color:red">web</strong> text</p><p></p><del>gone?</del>';
    expect(detectPasteSource(html)).toBeNull();
    expect(clean(html)).toBe(html);
  });

  it("a pasted table that breaks the table rules keeps its text as paragraphs", () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><div dir="ltr" align="left"><table><tbody>' +
      '<tr><td colspan="2"><p dir="ltr"><span style="font-weight:700;">Merged heading</span></p></td></tr>' +
      "<tr><td><p>Left</p></td><td><p>Right</p></td></tr></tbody></table></div></b>";
    const doc = paste(html);
    expect(nodes(doc, "table")).toEqual([]);
    expect((doc.content ?? []).map(text)).toEqual(["Merged heading", "Left", "Right"]);
    expect(validateDocument(doc).ok).toBe(true);
  });
});
