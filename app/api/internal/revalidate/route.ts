import { timingSafeEqual } from "node:crypto";
import { expireLocally } from "@/lib/cache/expire-locally";
import { REVALIDATE_TOKEN_HEADER, revalidateToken, revalidationMessageSchema } from "@/lib/cache/revalidation-message";
import { readSmallBody } from "@/lib/http/read-limited-body";

export const dynamic = "force-dynamic";

const INTERNAL_BODY_LIMIT = 2 * 1024 * 1024;

// Called only by this instance's own revalidation listener (lib/cache/revalidation-listener.ts)
// when another instance announced a change: expires the same cached pages here. Anyone
// without the deployment's token gets 404, so it cannot be used to flush the cache.
export async function POST(request: Request): Promise<Response> {
  const expected = revalidateToken();
  const given = Buffer.from(request.headers.get(REVALIDATE_TOKEN_HEADER) ?? "");
  if (!expected || given.length !== Buffer.byteLength(expected) || !timingSafeEqual(given, Buffer.from(expected))) return new Response(null, { status: 404 });
  // Only this instance calls it, with the token; the cap is what the schema can accept
  // (2,000 paths of 500 characters), so nothing it sends is ever refused.
  const read = await readSmallBody(request, INTERNAL_BODY_LIMIT);
  if (!read.ok) return Response.json({ error: read.message }, { status: read.status });
  const parsed = revalidationMessageSchema.safeParse(parseJson(read.body));
  if (!parsed.success) return Response.json({ error: "Expected { all, paths, routes }." }, { status: 400 });
  expireLocally(parsed.data);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
}
