import { timingSafeEqual } from "node:crypto";
import { revalidateAllPublicPages } from "@/lib/cache/revalidate-all-public-pages";
import { INTERNAL_TOKEN_HEADER, internalToken } from "@/lib/cache/publication-watch";

export const dynamic = "force-dynamic";

// Called only by this deployment's proxy (lib/cache/publication-watch.ts) when a
// scheduled article has come due: expires every cached public page. Anyone else gets
// 404, so it cannot be used to flush the cache.
export async function POST(request: Request): Promise<Response> {
  const given = Buffer.from(request.headers.get(INTERNAL_TOKEN_HEADER) ?? "");
  const expected = Buffer.from(internalToken());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response(null, { status: 404 });
  revalidateAllPublicPages();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
