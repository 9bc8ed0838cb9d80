import { z } from "zod";

export const SEARCH_QUERY_MAX = 200;

/** The `q` a reader typed: trimmed, at most 200 characters; empty means "no search". */
export const searchQuerySchema = z
  .string()
  .trim()
  .max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters.`)
  .catch((ctx) => (typeof ctx.value === "string" ? ctx.value.trim().slice(0, SEARCH_QUERY_MAX) : ""));

// Marks around matched words in snippets; never valid in stored text, so the snippet
// can be escaped as plain text and split on them (no HTML from the database).
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export type SnippetPart = { text: string; match: boolean };

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, "g");
  let last = 0;
  for (const m of snippet.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? "", match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "") }));
}
