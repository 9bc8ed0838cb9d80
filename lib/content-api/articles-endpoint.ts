import "server-only";
import { ApiProblem, type ApiContext, type ApiResult } from "@/lib/content-api/http";
import { articleListParamsSchema, articleParamsSchema, articleRefSchema, type ArticleField, type ArticleInclude } from "@/lib/content-api/params";
import { listApiArticles } from "@/lib/content-api/list-api-articles";
import { getApiArticle, type ArticleLookup } from "@/lib/content-api/get-api-article";
import { lastModifiedOf, toApiArticle, trimFields } from "@/lib/content-api/article-representation";
import { NINJS_MEDIA_TYPE, toNinjs } from "@/lib/content-api/ninjs";
import { resolveVisibility } from "@/lib/content-api/visibility";

// What /articles and /articles/{ref} answer; the route files only bind these to GET.

function expansions(include: readonly ArticleInclude[] | undefined, fields: readonly ArticleField[] | undefined, defaults: readonly ArticleInclude[]): ArticleInclude[] {
  // Naming body or corrections in `fields` asks for them too; `fields` alone otherwise
  // trims the defaults away, so a list of headlines reads no bodies.
  const fromFields = (fields ?? []).filter((f): f is ArticleInclude => f === "body" || f === "corrections");
  const base = fields && fields.length > 0 ? [] : defaults;
  return [...new Set([...base, ...(include ?? []), ...fromFields])];
}

function refuseFieldsForNinjs(context: ApiContext, fields: readonly ArticleField[] | undefined) {
  if (context.format === "ninjs" && fields && fields.length > 0) throw new ApiProblem(400, "bad_request", "fields applies to Dateline JSON only; ninjs items are always whole.");
}

export async function listArticlesEndpoint(context: ApiContext): Promise<ApiResult> {
  const params = articleListParamsSchema.parse(context.query);
  refuseFieldsForNinjs(context, params.fields);
  const visibility = resolveVisibility(context, params.include_drafts);
  const include = context.format === "ninjs" ? ["body" as const] : expansions(params.include, params.fields, []);
  const { rows, nextCursor } = await listApiArticles(params, visibility, include, context.now);
  const meta = { next_cursor: nextCursor, limit: params.limit };
  const cache = visibility === "public" ? "public" : "private";
  const lastModified = lastModifiedOf(rows);
  if (context.format === "ninjs") return { body: { data: rows.map((row) => toNinjs(row, context.now)), meta }, cache, lastModified };
  return { body: { data: rows.map((row) => trimFields(toApiArticle(row, context.now), params.fields)), meta }, cache, lastModified };
}

/**
 * What an article address answers when the client may not read the article there: 404
 * (never out), 410 with its id (it left), 301 to its current slug (an old one). Shared by
 * /articles/{ref} and everything under it, so both answer alike.
 */
export function answerMissingArticle(context: ApiContext, found: Exclude<ArticleLookup, { kind: "found" }>, suffix: string): ApiResult {
  if (found.kind === "not_found") throw new ApiProblem(404, "not_found", "No article has that id or slug.");
  if (found.kind === "gone") {
    throw new ApiProblem(410, "gone", "This article is no longer published (unpublished, expired or deleted). Remove your copy.", { id: found.id });
  }
  const location = `/api/v1/articles/${found.slug}${suffix}${context.url.search}`;
  return { body: { data: { slug: found.slug } }, status: 301, cache: "public", headers: { Location: location } };
}

export async function getArticleEndpoint(context: ApiContext, ref: string): Promise<ApiResult> {
  const params = articleParamsSchema.parse(context.query);
  const parsedRef = articleRefSchema.safeParse(ref);
  if (!parsedRef.success) throw new ApiProblem(404, "not_found", "No article has that id or slug.");
  refuseFieldsForNinjs(context, params.fields);
  const visibility = resolveVisibility(context, params.include_drafts);
  const include = context.format === "ninjs" ? ["body" as const] : expansions(params.include, params.fields, ["body", "corrections"]);
  const found = await getApiArticle(parsedRef.data, visibility, include, context.now);
  if (found.kind !== "found") return answerMissingArticle(context, found, "");
  const cache = visibility === "public" ? "public" : "private";
  const lastModified = lastModifiedOf([found.row]);
  if (context.format === "ninjs") {
    return { body: toNinjs(found.row, context.now), cache, lastModified, lastModifiedIsExact: true, contentType: `${NINJS_MEDIA_TYPE}; charset=utf-8` };
  }
  return { body: { data: trimFields(toApiArticle(found.row, context.now), params.fields) }, cache, lastModified, lastModifiedIsExact: true };
}
