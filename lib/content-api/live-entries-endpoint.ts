import "server-only";
import { ApiProblem, type ApiContext, type ApiResult } from "@/lib/content-api/http";
import { articleRefSchema, liveEntryParamsSchema } from "@/lib/content-api/params";
import { getApiArticle } from "@/lib/content-api/get-api-article";
import { answerMissingArticle } from "@/lib/content-api/articles-endpoint";
import { articleUrl, authorUrl, renderBody } from "@/lib/content-api/article-representation";
import { decodeCursor, encodeCursor } from "@/lib/content-api/cursor";
import { resolveVisibility } from "@/lib/content-api/visibility";
import type { ApiLiveEntry, ApiLiveEntryList } from "@/lib/content-api/schemas";
import { getLiveCoverage } from "@/lib/live/coverage";
import { liveState } from "@/lib/live/live-state";
import { listLiveEntriesForApi, type LiveEntryApiRow } from "@/lib/live/read-live";

// GET /articles/{ref}/live-entries: the entries of a live article, newest first. The
// article is looked up exactly as /articles/{ref} looks it up (the one visibility rule,
// 404 / 410 / 301 alike), so an embargoed or expired live article shows no entry here either.

function toApiLiveEntry(entry: LiveEntryApiRow, articleSlug: string): ApiLiveEntry {
  return {
    id: entry.id,
    url: `${articleUrl(articleSlug)}/entries/${entry.id}`,
    headline: entry.headline,
    body: renderBody(entry.body),
    key_event: entry.keyEvent,
    pinned: entry.pinned,
    posted_at: entry.postedAt.toISOString(),
    edited_at: entry.editedAt?.toISOString() ?? null,
    updated_at: entry.updatedAt.toISOString(),
    author: entry.author ? { id: entry.author.id, name: entry.author.name, slug: entry.author.slug, url: authorUrl(entry.author.slug) } : null,
  };
}

export async function listLiveEntriesEndpoint(context: ApiContext, ref: string): Promise<ApiResult> {
  const params = liveEntryParamsSchema.parse(context.query);
  const parsedRef = articleRefSchema.safeParse(ref);
  if (!parsedRef.success) throw new ApiProblem(404, "not_found", "No article has that id or slug.");
  const visibility = resolveVisibility(context, params.include_drafts);
  const found = await getApiArticle(parsedRef.data, visibility, [], context.now);
  if (found.kind !== "found") return answerMissingArticle(context, found, "/live-entries");
  const coverage = await getLiveCoverage(found.row.id);
  if (!coverage) throw new ApiProblem(404, "not_found", "This article is not live coverage, so it has no live entries.");
  const cursor = decodeCursor(params.cursor, ["posted"]);
  const { entries, hasNext } = await listLiveEntriesForApi(found.row.id, {
    limit: params.limit,
    after: cursor ? { postedAt: new Date(cursor.t), id: cursor.i } : null,
    updatedSince: params.updated_since,
  });
  const last = entries[entries.length - 1];
  const body: ApiLiveEntryList = {
    data: entries.map((entry) => toApiLiveEntry(entry, found.row.slug)),
    meta: {
      next_cursor: hasNext && last ? encodeCursor({ k: "posted", t: last.postedAt.toISOString(), i: last.id }) : null,
      limit: params.limit,
      coverage: { state: liveState(coverage, context.now), starts_at: coverage.startsAt.toISOString(), ends_at: coverage.endsAt?.toISOString() ?? null },
    },
  };
  // A deleted entry does not move the date: like article lists, this relies on its ETag.
  const times = [coverage.updatedAt, ...entries.map((e) => e.updatedAt)];
  const lastModified = new Date(Math.max(...times.map((t) => t.getTime())));
  return { body, cache: visibility === "public" ? "public" : "private", lastModified };
}
