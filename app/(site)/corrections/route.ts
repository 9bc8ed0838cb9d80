import type { NextRequest } from "next/server";
import { CORRECTION_LABELS, CORRECTIONS_PAGE_SIZE, listPublicCorrections } from "@/lib/articles/corrections";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { readPageParam } from "@/lib/page-param";
import { CorrectionsPage } from "@/components/site/corrections-page";

export const dynamic = "force-dynamic";

/** Every correction, clarification and update, newest first, paged by `?page=`. */
export async function GET(request: NextRequest): Promise<Response> {
  const page = readPageParam(request.nextUrl.searchParams.get("page") ?? undefined, CORRECTIONS_PAGE_SIZE);
  // Past the deepest page (lib/page-param.ts) there is nothing to show.
  if (page === null) return notFoundResponse();
  const { items, hasNext } = await listPublicCorrections({ page });
  return htmlResponse(CorrectionsPage({ page, items: items.map((item) => ({ ...item, label: CORRECTION_LABELS[item.kind] })), hasNext }));
}
