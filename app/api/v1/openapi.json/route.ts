import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { buildOpenApiDocument } from "@/lib/content-api/openapi";

export const dynamic = "force-dynamic";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the response schemas.
export const GET = apiRoute<Record<string, never>>(async () => ({ body: buildOpenApiDocument(), cache: "public" }));

export const OPTIONS = apiPreflight;
