import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { listSectionsEndpoint } from "@/lib/content-api/sections-endpoint";

export const dynamic = "force-dynamic";

// GET /api/v1/sections — docs/content-api.md
export const GET = apiRoute<Record<string, never>>((context) => listSectionsEndpoint(context));

export const OPTIONS = apiPreflight;
