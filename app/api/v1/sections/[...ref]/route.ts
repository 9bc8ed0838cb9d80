import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { getSectionEndpoint } from "@/lib/content-api/sections-endpoint";

export const dynamic = "force-dynamic";

// GET /api/v1/sections/{id or path} (a path has slashes: /api/v1/sections/world/asia) — docs/content-api.md
export const GET = apiRoute<{ ref: string[] }>((context, { ref }) => getSectionEndpoint(context, ref));

export const OPTIONS = apiPreflight;
