import { CONTENT_TYPE, VARIANT_PATH } from "@/lib/media/media-url";
import { getMediaStorage } from "@/lib/media/storage";

type Context = { params: Promise<{ path: string[] }> };

// Serves image variants. Keys are random and a variant never changes, so the files are
// cached for a year; the type comes from our own extension, and browsers are told not
// to sniff or run anything in them.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const path = (await params).path.join("/");
  const match = VARIANT_PATH.exec(path);
  if (!match) return notFound();
  const object = await getMediaStorage().get(path);
  if (!object) return notFound();
  return new Response(new Uint8Array(object.body), {
    headers: {
      "Content-Type": CONTENT_TYPE[match[3]!]!,
      "Content-Length": String(object.body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-site",
    },
  });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}
