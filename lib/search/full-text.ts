import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MATCH_END, MATCH_START } from "@/lib/search/search-query";

/**
 * How much work one search may do, whatever its words match:
 * - `ranked`: only the newest this many matches are ranked by relevance and can be
 *   paged through (ranking reads each article's search vector, stored out of line);
 * - `counted`: matches are counted exactly up to this many, then reported as "more than";
 * - `scanned`: when a word is in more than `counted` articles, the newest this many
 *   articles in scope are read to find the newest matches.
 */
export type SearchLimits = { ranked: number; counted: number; scanned: number };

export const SEARCH_LIMITS: SearchLimits = { ranked: 1000, counted: 20_000, scanned: 5_000 };

/**
 * Which articles a search looks at, as SQL over `articles a` (see publicArticleSql),
 * and which time "newest" means: publication for readers, last change for the newsroom.
 */
export type MatchScope = { filter: Prisma.Sql; newest: "published" | "updated" };

export type RankedMatches = {
  /** Ids of the newest `ranked` matches, best first (relevance, then recency). */
  ids: string[];
  /** Matching articles in scope: exact, or at least this many when `totalIsMinimum`. */
  total: number;
  totalIsMinimum: boolean;
};

const NEWEST = { published: Prisma.sql`a."published_at"`, updated: Prisma.sql`a."updated_at"` } as const;

/**
 * Articles in scope whose search vector (headline A, standfirst and tags B, body C; kept
 * current by triggers, GIN-indexed) matches the words. Takes web-search syntax:
 * "quoted phrases", or, -excluded.
 *
 * The cost is bounded by the limits, not by how many articles match. First the GIN index
 * lists the matches (no vector is read for plain words) up to `counted` of them; below
 * that, the newest `ranked` are ranked. At `counted` or more, the word is common, so
 * walking the newest articles finds the newest matches after a few thousand at most.
 */
export async function findRankedMatches(query: string, scope: MatchScope, limits: SearchLimits = SEARCH_LIMITS): Promise<RankedMatches> {
  const newest = NEWEST[scope.newest];
  const counted = await db.$transaction(async (tx) => {
    // PostgreSQL prices `@@` as one cheap operator, but each check reads a vector of a
    // few kilobytes stored out of line, so left alone it walks the date index or the
    // whole table for words in a few percent of articles. Only the GIN index is right
    // here; JIT would cost more than this query.
    await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)`;
    return tx.$queryRaw<{ matched: number; id: string | null }[]>`
      WITH matches AS MATERIALIZED (
        SELECT a."id", ${newest} AS "newest", a."search_vector"
        FROM "articles" a
        WHERE a."search_vector" @@ websearch_to_tsquery('english', ${query}) AND ${scope.filter}
        LIMIT ${limits.counted}
      ), counted AS (SELECT count(*)::int AS "matched" FROM matches)
      SELECT c."matched", w."id"
      FROM counted c
      LEFT JOIN LATERAL (
        SELECT n."id", n."newest", ts_rank_cd(n."search_vector", websearch_to_tsquery('english', ${query})) AS "rank"
        FROM (SELECT * FROM matches ORDER BY "newest" DESC, "id" DESC LIMIT ${limits.ranked}) n
        WHERE c."matched" < ${limits.counted}
      ) w ON true
      ORDER BY w."rank" DESC, w."newest" DESC, w."id" DESC`;
  });
  const matched = counted[0]?.matched ?? 0;
  if (matched < limits.counted) {
    return { ids: counted.flatMap((r) => (r.id ? [r.id] : [])), total: matched, totalIsMinimum: false };
  }

  // A common word: the newest articles in scope, newest first, until `ranked` match.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT w."id"
    FROM (
      SELECT r."id", r."newest", r."search_vector"
      FROM (
        SELECT a."id", ${newest} AS "newest", a."search_vector"
        FROM "articles" a
        WHERE ${scope.filter}
        ORDER BY ${newest} DESC, a."id" DESC
        LIMIT ${limits.scanned}
      ) r
      WHERE r."search_vector" @@ websearch_to_tsquery('english', ${query})
      ORDER BY r."newest" DESC, r."id" DESC
      LIMIT ${limits.ranked}
    ) w
    ORDER BY ts_rank_cd(w."search_vector", websearch_to_tsquery('english', ${query})) DESC, w."newest" DESC, w."id" DESC`;
  return { ids: rows.map((r) => r.id), total: matched, totalIsMinimum: true };
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
