import type { NextRequest } from "next/server";
import { correctionsPageResponse } from "@/components/site/corrections-page";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  return correctionsPageResponse(request.nextUrl.searchParams);
}
