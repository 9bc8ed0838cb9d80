import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { getArticleEndpoint } from "@/lib/content-api/articles-endpoint";

export const dynamic = "force-dynamic";

// GET /api/v1/articles/{id or slug} — docs/content-api.md
export const GET = apiRoute<{ ref: string }>((context, { ref }) => getArticleEndpoint(context, ref));

export const OPTIONS = apiPreflight;
