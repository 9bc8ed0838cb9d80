import { EMBED_LOADER_FILE, EMBED_LOADER_SOURCE } from "@/lib/html/embed-loader";
import { notFoundResponse } from "@/lib/html/not-found-response";

// The reader pages' one script (lib/html/embed-loader.ts), under a name that changes
// with its content, so browsers and proxies keep it for a year.
// Answered per request from memory (no page cache entry needed); the browser caches it.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  if ((await params).file !== EMBED_LOADER_FILE) return notFoundResponse();
  return new Response(EMBED_LOADER_SOURCE, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
