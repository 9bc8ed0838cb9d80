import "server-only";
import { ApiProblem, type ApiContext, type ApiResult } from "@/lib/content-api/http";
import { noParamsSchema, sectionAddressSchema, simpleListParamsSchema } from "@/lib/content-api/params";
import { getApiSection, listApiSections } from "@/lib/content-api/list-api-sections";

// What /sections and /sections/{id or path} answer; the route files only bind these to GET.

export async function listSectionsEndpoint(context: ApiContext): Promise<ApiResult> {
  const params = simpleListParamsSchema.parse(context.query);
  const { rows, nextCursor, lastModified } = await listApiSections(params);
  // A deleted section would not move the date: the list relies on its ETag (as article lists do).
  return { body: { data: rows, meta: { next_cursor: nextCursor, limit: params.limit } }, cache: "public", lastModified };
}

export async function getSectionEndpoint(context: ApiContext, segments: readonly string[]): Promise<ApiResult> {
  noParamsSchema.parse(context.query);
  const parsed = sectionAddressSchema.safeParse(segments.join("/"));
  if (!parsed.success) throw new ApiProblem(404, "not_found", "No section has that id or path. GET /api/v1/sections lists them.");
  const found = await getApiSection(parsed.data);
  if (found.kind === "not_found") throw new ApiProblem(404, "not_found", "No section has that id or path. GET /api/v1/sections lists them.");
  if (found.kind === "moved") {
    return { body: { data: { path: found.path } }, status: 301, cache: "public", headers: { Location: `/api/v1/sections/${found.path}${context.url.search}` } };
  }
  return { body: { data: found.section }, cache: "public", lastModified: found.updatedAt, lastModifiedIsExact: true };
}
