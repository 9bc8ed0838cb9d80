import type { NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { readPageParam } from "@/lib/page-param";
import { searchForReaders } from "@/lib/search/search-for-readers";
import { SEARCH_PAGE_SIZE, type SearchResults } from "@/lib/search/search-published-articles";
import { describeSearchTotals, searchQuerySchema } from "@/lib/search/search-query";
import { SearchBusyPage, SearchPage } from "@/components/site/search-page";

// Per request: every query is different, and the public filter applies at read time.
export const dynamic = "force-dynamic";

/** /search?q=…&page=…: ranked, only what readers may see; 503 when this instance is busy. */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  // Over-long queries are cut to the limit rather than refused (searchQuerySchema).
  const q = searchQuerySchema.parse(params.get("q") ?? "");
  const page = readPageParam(params.get("page") ?? undefined, SEARCH_PAGE_SIZE);
  // Past the deepest page (lib/page-param.ts) there is nothing to show.
  if (page === null) return notFoundResponse();
  let results: SearchResults;
  try {
    results = await searchForReaders(q, page);
  } catch (error) {
    // Too many searches at once in this instance (lib/search/search-gate.ts).
    if (isAppError(error) && error.code === "UNAVAILABLE") {
      return htmlResponse(SearchBusyPage({ q, message: error.message }), { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
    }
    throw error;
  }
  return htmlResponse(SearchPage({ q, results, totals: q ? describeSearchTotals(results, q) : null }), { headers: { "Cache-Control": "no-store" } });
}
