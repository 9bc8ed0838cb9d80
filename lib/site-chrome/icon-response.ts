import "server-only";
import { loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { siteIconPng } from "@/lib/site-chrome/site-icon";

/**
 * The icon answer for /favicon.ico and the touch icons. Pages link to them with
 * `?v=<identity version>`: that exact address never changes, so browsers keep it a
 * year; the bare address (what a browser asks by itself) may change at any moment, so
 * it is kept a second by shared caches (like the nginx micro-cache) and revalidated by
 * browsers each time.
 */
export async function iconResponse(request: Request, size: number): Promise<Response> {
  const chrome = await loadSiteChrome();
  const png = await siteIconPng(chrome.icon, size);
  const version = new URL(request.url).searchParams.get("v");
  const cacheControl = version === chrome.identityVersion ? "public, max-age=31536000, immutable" : "public, max-age=0, s-maxage=1";
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Content-Length": String(png.length), "Cache-Control": cacheControl, "X-Content-Type-Options": "nosniff" },
  });
}
