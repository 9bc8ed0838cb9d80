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

export type SearchTotals = { total: number; totalIsMinimum: boolean; ranked: number; searchedNewest: number | null };

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The line above the results: how many articles match (exactly, or "or more" past the
 * counting limit) and, when only the newest are ranked, that those are what is listed;
 * or, when a phrase of common words could only be looked for in the newest articles, so.
 * `newest` names the order: "most recent" for readers, "most recently changed" for staff.
 */
export function describeSearchTotals(totals: SearchTotals, query: string, newest = "most recent"): string {
  if (totals.searchedNewest !== null) {
    const among = `the ${count(totals.searchedNewest)} ${newest} articles`;
    const found =
      totals.total === 0 ? `No articles among ${among} match “${query}”.` : `${count(totals.total)} of ${among} ${totals.total === 1 ? "matches" : "match"} “${query}”.`;
    return `${found} Add a rarer word to search older ones.`;
  }
  if (totals.total === 0) return `No articles match “${query}”. Try fewer or different words.`;
  const matches =
    totals.total === 1 && !totals.totalIsMinimum
      ? `1 article matches “${query}”.`
      : `${count(totals.total)}${totals.totalIsMinimum ? " or more" : ""} articles match “${query}”.`;
  const limited = totals.totalIsMinimum || totals.ranked < totals.total;
  if (!limited) return matches;
  return totals.ranked > 0 ? `${matches} Showing the ${count(totals.ranked)} ${newest}, best matches first.` : `${matches} Add words to narrow the search.`;
}
