import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { listArticlesEndpoint } from "@/lib/content-api/articles-endpoint";

export const dynamic = "force-dynamic";

// GET /api/v1/articles — docs/content-api.md
export const GET = apiRoute<Record<string, never>>((context) => listArticlesEndpoint(context));

export const OPTIONS = apiPreflight;
