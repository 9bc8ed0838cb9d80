import { timingSafeEqual } from "node:crypto";
import { expireLocally } from "@/lib/cache/expire-locally";
import { REVALIDATE_TOKEN_HEADER, revalidateToken, revalidationMessageSchema } from "@/lib/cache/revalidation-message";

export const dynamic = "force-dynamic";

// Called only by this instance's own revalidation listener (lib/cache/revalidation-listener.ts)
// when another instance announced a change: expires the same cached pages here. Anyone
// without the deployment's token gets 404, so it cannot be used to flush the cache.
export async function POST(request: Request): Promise<Response> {
  const expected = revalidateToken();
  const given = Buffer.from(request.headers.get(REVALIDATE_TOKEN_HEADER) ?? "");
  if (!expected || given.length !== Buffer.byteLength(expected) || !timingSafeEqual(given, Buffer.from(expected))) return new Response(null, { status: 404 });
  const parsed = revalidationMessageSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Expected { all, paths, routes }." }, { status: 400 });
  expireLocally(parsed.data);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
