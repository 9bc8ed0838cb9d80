import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TextImportError, parseArticleText } from "@/lib/content/import-text";
import type { ContentNode } from "@/lib/content/types";
import { validateDocument } from "@/lib/content/validate-document";

// A byte-for-byte copy of ../shared/fixtures/articles/doha-talks.txt, kept in the
// repository so the test runs wherever the shared folder is (or is not).
const samplePath = path.resolve(import.meta.dirname, "../fixtures/doha-talks.txt");
const sharedSamplePath = path.resolve(import.meta.dirname, "../../../shared/fixtures/articles/doha-talks.txt");
const sample = readFileSync(samplePath, "utf8");

const blocksOf = (text: string) => parseArticleText(text).body.content ?? [];
const textOf = (node: ContentNode) => node.content?.map((child) => child.text ?? "").join("") ?? "";
const ofType = (nodes: ContentNode[], type: string) => nodes.filter((node) => node.type === type);

function importError(text: string): TextImportError {
  try {
    parseArticleText(text);
  } catch (error) {
    if (error instanceof TextImportError) return error;
    throw error;
  }
  throw new Error("expected a TextImportError");
}

describe("parseArticleText on the Doha sample", () => {
  it.skipIf(!existsSync(sharedSamplePath))("uses an exact copy of the shared fixture", () => {
    expect(readFileSync(samplePath).equals(readFileSync(sharedSamplePath))).toBe(true);
  });

  const article = parseArticleText(sample);
  const blocks = article.body.content ?? [];

  it("reads the headline", () => {
    expect(article.headline).toBe("Afghanistan: end of a round of talks in Doha, without a ceasefire agreement");
  });

  it("dates the article September 20, 2021 at 12:00 UTC", () => {
    expect(article.publishedAt.toISOString()).toBe("2021-09-20T12:00:00.000Z");
  });

  it.each(["America/Los_Angeles", "America/New_York", "Pacific/Honolulu", "Europe/London", "Asia/Kabul", "Asia/Tokyo", "Australia/Sydney"])(
    "shows September 20 in %s",
    (timeZone) => {
      const shown = article.publishedAt.toLocaleDateString("en-US", { timeZone, year: "numeric", month: "long", day: "numeric" });
      expect(shown).toBe("September 20, 2021");
    },
  );

  it("has exactly 12 paragraphs and two h2 headings, in order", () => {
    expect(ofType(blocks, "paragraph")).toHaveLength(12);
    const headings = ofType(blocks, "heading");
    expect(headings.map(textOf)).toEqual(["No truce for Eid", "All-out offensive"]);
    expect(headings.every((heading) => heading.attrs?.level === 2)).toBe(true);
    expect(blocks.map((block) => block.type)).toEqual([
      ...Array(4).fill("paragraph"),
      "heading",
      ...Array(3).fill("paragraph"),
      "heading",
      ...Array(5).fill("paragraph"),
    ]);
  });

  it("keeps curly quotes, the ellipsis and odd spacing exactly", () => {
    const all = blocks.map(textOf);
    expect(all[0]).toBe(
      "The Taliban leader reiterated, Sunday, July 18, to remain ‘resolutely in favor of a political settlement’ in Afghanistan, but a new round of negotiations with representatives of the Afghan government in Doha in Qatar, ended without significant progress, in full insurgent offensive.",
    );
    const joined = all.join("\n");
    expect(joined).toContain("to find a ‘just solution’ and to meet again ‘ next week’.");
    expect(joined).toContain("‘despite the progress and the victories military (…) we remain resolutely in favor of a political settlement (…) We are");
    expect(joined).toContain("continues to waste time ‘.");
    expect(joined).toContain("the Taliban leader’s message");
    expect(joined).toContain("Osama bin Laden. , in the wake");
    expect(joined).toContain("We are ready to defend our country, ‘he added to the press.");
    expect(all.at(-1)?.endsWith("after several days of fighting.")).toBe(true);
  });

  it("keeps every character of the body text", () => {
    const bodyInFile = sample.split("\n").slice(4).filter((line) => line.trim() !== "");
    expect(blocks.map(textOf)).toEqual(bodyInFile);
  });

  it("returns a body that passes validateDocument unchanged", () => {
    expect(validateDocument(article.body)).toEqual({ ok: true, doc: article.body });
  });
});

describe("parseArticleText", () => {
  it("accepts an ISO date, CRLF line endings and a byte-order mark", () => {
    const article = parseArticleText("\uFEFF2021-09-20\r\n\r\nHeadline\r\n\r\nBody text.\r\n");
    expect(article.publishedAt.toISOString()).toBe("2021-09-20T12:00:00.000Z");
    expect(article.headline).toBe("Headline");
    expect(article.body).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Body text." }] }] });
  });

  it("accepts month abbreviations and leading blank lines", () => {
    expect(parseArticleText("\n\n  Sept. 5, 2021  \nHeadline\nBody.").publishedAt.toISOString()).toBe("2021-09-05T12:00:00.000Z");
    expect(parseArticleText("Feb 29 2024\nHeadline\nBody.").publishedAt.toISOString()).toBe("2024-02-29T12:00:00.000Z");
  });

  it("joins the lines of a block with a space and trims only the block's ends", () => {
    const blocks = blocksOf("2021-09-20\nHeadline\n\n  First line  \n  second  line.  \n\nNext.");
    expect(blocks.map(textOf)).toEqual(["First line second  line.", "Next."]);
  });

  it("makes short unpunctuated single lines headings, everything else paragraphs", () => {
    const lines = [
      "A short subheading",
      "Ends with a period.",
      "Ends with a question?",
      "Ends with an ellipsis…",
      "Ends with a colon:",
      "Quoted and punctuated.’",
      "He said “yes.”",
      "The ‘Islamic Emirate’",
      "x".repeat(80),
      "x".repeat(81),
    ];
    const blocks = blocksOf(`2021-09-20\nHeadline\n\n${lines.join("\n\n")}\n\nTwo short\nlines`);
    expect(blocks.map((block) => block.type)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "heading",
      "heading",
      "paragraph",
      "paragraph",
    ]);
  });

  it.each([
    ["an empty file", "", /empty/],
    ["a file of blank lines", "  \n\n \t\n", /empty/],
    ["a missing date", "Afghanistan: talks end\n\nBody.", /first line must be the publication date.*"Afghanistan: talks end"/],
    ["an impossible date", "February 30, 2021\nHeadline\nBody.", /publication date/],
    ["an impossible ISO date", "2021-13-01\nHeadline\nBody.", /publication date/],
    ["an unknown month", "Smarch 3, 2021\nHeadline\nBody.", /publication date/],
    ["a missing headline", "September 20, 2021\n\n\n", /headline is missing/],
    ["a missing body", "September 20, 2021\n\nHeadline\n\n", /no body/],
  ])("refuses %s with a TextImportError", (_label, text, message) => {
    const error = importError(text);
    expect(error).toBeInstanceOf(TextImportError);
    expect(error.name).toBe("TextImportError");
    expect(error.message).toMatch(message);
  });

  it("refuses a body too large to store", () => {
    expect(importError(`2021-09-20\nHeadline\n\n${"word ".repeat(120_000)}`).message).toMatch(/cannot be stored: .*too large/);
  });
});
