import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MATCH_END, MATCH_START } from "@/lib/search/search-query";
import { querySearch } from "@/lib/db/connections";

/**
 * How much work one search may do, whatever its words match:
 * - `ranked`: only the newest this many matches are ranked by relevance and can be
 *   paged through (ranking reads each article's search vector, stored out of line);
 * - `counted`: matches are counted exactly up to this many, then reported as "or more";
 * - `scanned`: at most this many search vectors are read to find matches the index alone
 *   cannot tell: the newest articles for a word past `counted`, or the articles holding
 *   all the words of a phrase (the index knows which words an article has, not where).
 */
export type SearchLimits = { ranked: number; counted: number; scanned: number };

// A vector read takes about 7 µs when cached and up to 80 µs from disk (measured at
// 100,000 articles, docs/performance.md "Search"): a search reads 3,000 at most.
export const SEARCH_LIMITS: SearchLimits = { ranked: 500, counted: 20_000, scanned: 2_500 };

/**
 * Which articles a search looks at, as SQL over `articles a` (see publicArticleSql and prismaSql),
 * and which time "newest" means: publication for readers, last change for the newsroom.
 */
export type MatchScope = { filter: Prisma.Sql; newest: "published" | "updated" };

export type RankedMatches = {
  /** Ids of the newest `ranked` matches, best first (relevance, then recency). */
  ids: string[];
  /** Matching articles in scope: exact, or at least this many when `totalIsMinimum`. */
  total: number;
  totalIsMinimum: boolean;
  /** Set when only the newest this many articles could be searched (see `scanned`). */
  searchedNewest: number | null;
};

const NONE: RankedMatches = { ids: [], total: 0, totalIsMinimum: false, searchedNewest: null };

const NEWEST = { published: Prisma.sql`a."published_at"`, updated: Prisma.sql`a."updated_at"` } as const;

// Phrase operators in a tsquery's text: <-> and <N>.
const PHRASE_OPERATOR = /<(?:\d+|-)>/g;

/**
 * Articles in scope whose search vector (headline A, standfirst and tags B, body C; kept
 * current by triggers, GIN-indexed) matches the words. Takes web-search syntax:
 * "quoted phrases", or, -excluded.
 *
 * The cost is bounded by the limits, not by how many articles match. The GIN index lists
 * the matches (for a phrase, the articles with all its words, whose vectors are then
 * read), counting up to `counted`, and the newest `ranked` are ranked. Past that the words
 * are common, so walking the newest articles finds their newest matches within `scanned`.
 */
export async function findRankedMatches(query: string, scope: MatchScope, limits: SearchLimits = SEARCH_LIMITS): Promise<RankedMatches> {
  // The query as PostgreSQL reads it, and its indexable part: querytree() drops what
  // only excludes ("-word"), or answers "T" when nothing is left to look up.
  const [parsed] = await db.$queryRaw<{ exact: string; indexable: string }[]>`
    SELECT q::text AS "exact", querytree(q) AS "indexable" FROM websearch_to_tsquery('english', ${query}) q`;
  if (!parsed?.exact) return NONE; // only stop words
  const { exact, indexable } = parsed;
  const phrase = exact.match(PHRASE_OPERATOR) !== null;
  if (indexable !== "T") {
    // A phrase is looked up as all its words, then each such article's vector is read.
    const lookup = phrase ? indexable.replaceAll(PHRASE_OPERATOR, "&") : exact;
    const listed = await listMatches(scope, { exact, lookup, phrase }, limits);
    if (listed) return { ...listed, totalIsMinimum: false, searchedNewest: null };
  }
  const ids = await walkNewestArticles(scope, exact, limits);
  // A common word: more than `counted` articles have it, and these are its newest.
  if (!phrase && indexable !== "T") return { ids, total: limits.counted, totalIsMinimum: true, searchedNewest: null };
  // A phrase of common words, or only exclusions: the newest `scanned` articles were read.
  if (ids.length === limits.ranked) return { ids, total: ids.length, totalIsMinimum: true, searchedNewest: null };
  return { ids, total: ids.length, totalIsMinimum: false, searchedNewest: limits.scanned };
}

/**
 * Through the GIN index alone: every article in scope with the words, when fewer than
 * `counted` (or, for a phrase, fewer than `scanned`: their vectors are read), with the
 * newest `ranked` of the matches ranked. Null when there are more.
 */
async function listMatches(
  scope: MatchScope,
  query: { exact: string; lookup: string; phrase: boolean },
  limits: SearchLimits,
): Promise<{ ids: string[]; total: number } | null> {
  const newest = NEWEST[scope.newest];
  const cap = query.phrase ? limits.scanned : limits.counted;
  const rows = await querySearch<{ found: number; matched: number; id: string | null }>(Prisma.sql`
      WITH found AS MATERIALIZED (
        SELECT a."id", ${newest} AS "newest", a."search_vector"
        FROM "articles" a
        WHERE a."search_vector" @@ ${query.lookup}::tsquery AND ${scope.filter}
        LIMIT ${cap}
      ), counted AS (SELECT count(*)::int AS "found" FROM found),
      -- Nothing is read past the cap: the count is a one-time filter before the scan.
      matches AS MATERIALIZED (
        SELECT f.* FROM found f
        WHERE (SELECT c."found" FROM counted c) < ${cap} AND (${!query.phrase} OR f."search_vector" @@ ${query.exact}::tsquery)
      ), ranked AS (
        -- Ranked after the LIMIT, or PostgreSQL would rank every match before sorting.
        SELECT n."id", n."newest", ts_rank_cd(n."search_vector", ${query.exact}::tsquery) AS "rank"
        FROM (SELECT m.* FROM matches m ORDER BY m."newest" DESC, m."id" DESC LIMIT ${limits.ranked}) n
      )
      SELECT c."found", (SELECT count(*)::int FROM matches) AS "matched", r."id"
      FROM counted c LEFT JOIN ranked r ON true
      ORDER BY r."rank" DESC, r."newest" DESC, r."id" DESC`);
  const first = rows[0];
  if (!first || first.found >= cap) return null;
  return { ids: rows.flatMap((r) => (r.id ? [r.id] : [])), total: first.matched };
}

/** The newest `scanned` articles in scope, newest first, until `ranked` match; best first. */
async function walkNewestArticles(scope: MatchScope, exact: string, limits: SearchLimits): Promise<string[]> {
  const newest = NEWEST[scope.newest];
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
      WHERE r."search_vector" @@ ${exact}::tsquery
      ORDER BY r."newest" DESC, r."id" DESC
      LIMIT ${limits.ranked}
    ) w
    ORDER BY ts_rank_cd(w."search_vector", ${exact}::tsquery) DESC, w."newest" DESC, w."id" DESC`;
  return rows.map((r) => r.id);
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

/** One page of search results, reader or newsroom: the hits and what the totals mean. */
export type SearchResultPage<Hit> = {
  hits: Hit[];
  /** Matching articles: exact, or at least this many when `totalIsMinimum`. */
  total: number;
  totalIsMinimum: boolean;
  /** With words, how many are ranked and paged: the most recent, when fewer than total. */
  ranked: number;
  /** Set when only the newest this many articles could be searched (a phrase of common words). */
  searchedNewest: number | null;
  page: number;
  hasNext: boolean;
};
