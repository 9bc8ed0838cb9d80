import { describe, expect, it } from "vitest";

import { countWords, documentToPlainText, excerptDocument } from "@/lib/content/plain-text";
import type { ContentDocument, ContentNode } from "@/lib/content/types";

const text = (value: string, marks?: ContentNode["marks"]): ContentNode =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: ContentNode[]): ContentNode => ({ type: "paragraph", content });
const doc = (...content: ContentNode[]): ContentDocument => ({ type: "doc", content });

const article = doc(
  paragraph(text("The talks "), text("ended", [{ type: "bold" }]), text(" without a ceasefire.")),
  { type: "heading", attrs: { level: 2 }, content: [text("No truce")] },
  { type: "paragraph" },
  { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("First point"))] }] },
  { type: "blockquote", content: [paragraph(text("Line one"), { type: "hardBreak" }, text("line two"))] },
);

describe("documentToPlainText", () => {
  it("separates blocks with blank lines, skips empty ones and keeps line breaks", () => {
    expect(documentToPlainText(article)).toBe(
      "The talks ended without a ceasefire.\n\nNo truce\n\nFirst point\n\nLine one\nline two",
    );
  });

  it("returns an empty string for an empty document", () => {
    expect(documentToPlainText({ type: "doc" })).toBe("");
  });

  it("does not overflow on deep nesting", () => {
    let node: ContentNode = paragraph(text("deep"));
    for (let i = 0; i < 20_000; i++) node = { type: "blockquote", content: [node] };
    expect(documentToPlainText(doc(node))).toBe("deep");
  });
});

describe("countWords", () => {
  it("counts words, not punctuation", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   ")).toBe(0);
    expect(countWords("One two three")).toBe(3);
    expect(countWords("  Let’s   go —  now (…) ")).toBe(3);
    expect(countWords("al-Qahtani said: 244 operations\n\nended.")).toBe(5);
    expect(countWords("Zürich, São Paulo")).toBe(3);
  });

  it("counts the words of a document's plain text", () => {
    expect(countWords(documentToPlainText(article))).toBe(14);
  });
});

describe("excerptDocument", () => {
  it("returns short text whole, joined on one line", () => {
    expect(excerptDocument(article)).toBe("The talks ended without a ceasefire. No truce First point Line one line two");
  });

  it("cuts at a word boundary and adds an ellipsis within the limit", () => {
    const long = doc(paragraph(text("alpha beta gamma delta epsilon")));
    expect(excerptDocument(long, 12)).toBe("alpha beta…");
    expect(excerptDocument(long, 17)).toBe("alpha beta gamma…");
    expect(excerptDocument(long, 16)).toBe("alpha beta…");
    for (let max = 2; max < 30; max++) expect(Array.from(excerptDocument(long, max)).length).toBeLessThanOrEqual(max);
  });

  it("drops trailing punctuation before the ellipsis", () => {
    expect(excerptDocument(doc(paragraph(text("First, second, third"))), 15)).toBe("First, second…");
  });

  it("defaults to 160 characters", () => {
    const excerpt = excerptDocument(doc(paragraph(text("word ".repeat(100)))));
    expect(excerpt.length).toBeLessThanOrEqual(160);
    expect(excerpt).toMatch(/^(word )+word…$/);
  });

  it("cuts a single word longer than the limit", () => {
    expect(excerptDocument(doc(paragraph(text("x".repeat(50)))), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
