import "server-only";
import { db } from "@/lib/db";
import { MATCH_END, MATCH_START } from "@/lib/search/search-query";

// Ranked matches are cut here: nobody pages past the first thousand results, and the
// public filter and staff filters then apply to this list.
export const MATCHES_MAX = 1000;

export type RankedMatch = { id: string; rank: number };

/**
 * Articles whose search vector (headline A, standfirst and tags B, body C; kept current
 * by triggers, GIN-indexed) matches the words, best first. Takes web-search syntax:
 * "quoted phrases", or, -excluded. Callers filter for who may see what.
 */
export async function findRankedMatches(query: string): Promise<RankedMatch[]> {
  const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT a."id", ts_rank_cd(a."search_vector", q) AS rank
    FROM "articles" a, websearch_to_tsquery('english', ${query}) q
    WHERE a."search_vector" @@ q
    ORDER BY rank DESC, a."published_at" DESC NULLS LAST, a."id"
    LIMIT ${MATCHES_MAX}`;
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** Plain-text snippets with matched words between MATCH_START and MATCH_END. */
export async function readSnippets(ids: string[], query: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; snippet: string }[]>`
    SELECT a."id",
           ts_headline('english', concat_ws(' ', a."standfirst", dateline_document_text(a."body")),
                       websearch_to_tsquery('english', ${query}), ${HEADLINE_OPTIONS}) AS snippet
    FROM "articles" a
    WHERE a."id" = ANY(${ids}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.snippet]));
}
