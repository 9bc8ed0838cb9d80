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

// excerptDocument stops collecting text once it has enough: it must give exactly what
// cutting the whole text would (the rule before it stopped early, written out here).
describe("excerptDocument on long documents", () => {
  function excerptOfWholeText(doc: ContentDocument, maxChars: number): string {
    const chars = Array.from(documentToPlainText(doc).replace(/\s+/gu, " ").trim());
    if (chars.length <= maxChars) return chars.join("");
    const cut = chars.slice(0, maxChars - 1).join("");
    const nextIsSpace = /\s/u.test(chars[maxChars - 1] ?? "");
    const lastSpace = cut.lastIndexOf(" ");
    return `${(nextIsSpace || lastSpace <= 0 ? cut : cut.slice(0, lastSpace)).replace(/[\s,;:.!?…–—-]+$/u, "")}…`;
  }
  const paragraph = (text: string) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
  const doc = (...texts: string[]) => ({ type: "doc", content: texts.map(paragraph) }) as ContentDocument;

  it("cuts a long story exactly as cutting its whole text would, whatever the lengths and spaces", () => {
    const word = (i: number) => ["Doha", "talks", "🙂", "ceasefire", "a", "—", "négociations", "x"][i % 8]!;
    const cases: ContentDocument[] = [
      doc(...Array.from({ length: 200 }, (_, i) => `Paragraph ${i} ${word(i)} with some words in it.`)),
      // Blocks of mostly whitespace: the raw length overstates the text.
      doc(...Array.from({ length: 50 }, (_, i) => `${word(i)}${" ".repeat(400)}${word(i + 1)}${"\n".repeat(100)}.`), "The end of it all."),
      doc("One long word".repeat(300)),
      doc(...Array.from({ length: 30 }, () => "🙂🙂🙂 ")),
    ];
    for (const long of cases) for (const max of [1, 5, 40, 159, 160, 161, 220, 1000]) expect(excerptDocument(long, max)).toBe(excerptOfWholeText(long, max));
  });

  it("gives a short story whole", () => {
    expect(excerptDocument(doc("Short.", "", "Two."), 220)).toBe("Short. Two.");
  });
});
