import type { NextRequest } from "next/server";
import { searchPageResponse } from "@/components/site/search-page";

// Per request: every query is different, and the public filter applies at read time.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  return searchPageResponse(request.nextUrl.searchParams);
}
