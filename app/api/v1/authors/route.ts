import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { simpleListParamsSchema } from "@/lib/content-api/params";
import { listApiAuthors } from "@/lib/content-api/list-api-people-tags";

export const dynamic = "force-dynamic";

// GET /api/v1/authors — docs/content-api.md
export const GET = apiRoute<Record<string, never>>(async (context) => {
  const params = simpleListParamsSchema.parse(context.query);
  const { rows, nextCursor } = await listApiAuthors(params, context.now);
  return { body: { data: rows, meta: { next_cursor: nextCursor, limit: params.limit } }, cache: "public" };
});

export const OPTIONS = apiPreflight;
