import { apiPreflight, apiRoute, ApiProblem } from "@/lib/content-api/http";

export const dynamic = "force-dynamic";

// Anything else under /api/v1 answers in JSON too, not with the reader's HTML 404.
export const GET = apiRoute<{ rest: string[] }>(async () => {
  throw new ApiProblem(404, "not_found", "No such endpoint. /api/v1/openapi.json lists them.");
});

export const OPTIONS = apiPreflight;
