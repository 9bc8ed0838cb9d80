import { apiPreflight, apiRoute } from "@/lib/content-api/http";
import { listLiveEntriesEndpoint } from "@/lib/content-api/live-entries-endpoint";

export const dynamic = "force-dynamic";

// GET /api/v1/articles/{id or slug}/live-entries — docs/content-api.md
export const GET = apiRoute<{ ref: string }>((context, { ref }) => listLiveEntriesEndpoint(context, ref));

export const OPTIONS = apiPreflight;
