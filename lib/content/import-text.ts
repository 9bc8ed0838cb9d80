// Turns a plain-text article (date line, headline line, blank-line-separated
// blocks) into a stored document. Pure: no database, no clock.
import type { ContentDocument, ContentNode } from "./types";
import { MAX_DOCUMENT_BYTES } from "./limits";
import { validateDocument } from "./validate-document";

export class TextImportError extends Error {
  override name = "TextImportError";
}

export type ImportedArticle = { publishedAt: Date; headline: string; body: ContentDocument; expiresAt: Date | null };

const MAX_HEADING_LENGTH = 80;
// Sentence-ending punctuation, optionally followed by closing quotes or brackets.
const ENDS_LIKE_SENTENCE = /[.!?…:;,]["'”’»)\]]*$/u;
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DATE_FORMATS = 'Write it like "September 20, 2021" or "2021-09-20".';

// Each character of text becomes at least one byte of the stored document, which is
// refused past MAX_DOCUMENT_BYTES; a file many times that is refused before it is split.
const MAX_IMPORT_CHARACTERS = 2 * MAX_DOCUMENT_BYTES;

export function parseArticleText(text: string): ImportedArticle {
  if (text.length > MAX_IMPORT_CHARACTERS) {
    throw new TextImportError(`The file is longer than ${MAX_IMPORT_CHARACTERS.toLocaleString("en-GB")} characters; an article body can be at most 512 KB. Split it into several articles.`);
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const dateIndex = lines.findIndex((line) => line.trim() !== "");
  if (dateIndex === -1) throw new TextImportError("The file is empty.");

  const dateLine = (lines[dateIndex] ?? "").trim();
  const publishedAt = parsePublicationDate(dateLine);
  if (!publishedAt) {
    throw new TextImportError(
      `The first line must be the publication date, but it is "${shorten(dateLine)}". ${DATE_FORMATS}`,
    );
  }

  // Wire copy may carry its licence's end (issue 13): an "Expires:" line after the date.
  let afterDate = dateIndex;
  let expiresAt: Date | null = null;
  const nextIndex = lines.findIndex((line, index) => index > dateIndex && line.trim() !== "");
  const expiresMatch = nextIndex === -1 ? null : EXPIRES_LINE.exec((lines[nextIndex] ?? "").trim());
  if (expiresMatch) {
    expiresAt = parseExpiry(expiresMatch[1]!.trim());
    if (!expiresAt) throw new TextImportError(`The "Expires:" line must hold a date or a time, but it is "${shorten(expiresMatch[1]!.trim())}". ${DATE_FORMATS} Or "2021-09-20T18:00Z".`);
    afterDate = nextIndex;
  }

  const headlineIndex = lines.findIndex((line, index) => index > afterDate && line.trim() !== "");
  if (headlineIndex === -1) throw new TextImportError("The headline is missing: put it on the line after the date.");
  const headline = (lines[headlineIndex] ?? "").trim();

  const blocks = splitBlocks(lines.slice(headlineIndex + 1));
  if (blocks.length === 0) {
    throw new TextImportError("The article has no body: add paragraphs after the headline, separated by blank lines.");
  }

  const body: ContentDocument = { type: "doc", content: blocks.map(toBlockNode) };
  const result = validateDocument(body);
  if (!result.ok) throw new TextImportError(`The article body cannot be stored: ${result.error}`);
  return { publishedAt, headline, body: result.doc, expiresAt };
}

const EXPIRES_LINE = /^expires:\s*(.{1,60})$/i;
// An exact moment with its zone, or a date (its start, in UTC).
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseExpiry(value: string): Date | null {
  if (ISO_MOMENT.test(value)) {
    const moment = new Date(value);
    return Number.isNaN(moment.getTime()) ? null : moment;
  }
  const day = parsePublicationDate(value);
  return day ? new Date(day.getTime() - 12 * 3600_000) : null;
}

/** Noon UTC on the given calendar day is the same date in every time zone from UTC-11 to UTC+11. */
function parsePublicationDate(line: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line);
  if (iso) return makeNoonUtc(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  // "September 20, 2021", also "Sep 20 2021" and "Sept. 20, 2021".
  const written = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(line);
  if (!written) return null;
  const month = findMonth(written[1] ?? "");
  return month ? makeNoonUtc(Number(written[3]), month, Number(written[2])) : null;
}

function findMonth(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month === lower || (month.startsWith(lower) && lower.length <= 4));
  return index === -1 ? null : index + 1;
}

function makeNoonUtc(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  // Date.UTC rolls "February 30" over into March; refuse instead.
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : null;
}

/**
 * Blank lines separate blocks. Returns each block's lines, trimmed at their ends
 * only: spacing and punctuation inside a line are kept exactly.
 */
function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of [...lines, ""]) {
    if (line.trim() !== "") {
      current.push(line.trim());
      continue;
    }
    if (current.length > 0) blocks.push(current);
    current = [];
  }
  return blocks;
}

function toBlockNode(lines: string[]): ContentNode {
  const text = lines.join(" ");
  const content = [{ type: "text", text }];
  return isHeadingBlock(lines) ? { type: "heading", attrs: { level: 2 }, content } : { type: "paragraph", content };
}

// A lone short line that does not end like a sentence is a subheading.
function isHeadingBlock(lines: string[]): boolean {
  const [line] = lines;
  return lines.length === 1 && line !== undefined && line.length <= MAX_HEADING_LENGTH && !ENDS_LIKE_SENTENCE.test(line);
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
