// XML text and attribute escaping for feeds and sitemaps. Characters XML 1.0 forbids
// (most C0 controls) are dropped rather than breaking the whole document.
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function xmlResponse(body: string, contentType = "application/xml"): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${contentType}; charset=utf-8`,
      // Browsers and feed readers may keep it a minute; the server's copy is fresh on every save.
      "Cache-Control": "public, max-age=60",
    },
  });
}

/**
 * A tag or author feed that does not exist. The same answer from the route (cached, like
 * the tag page's 404) and from the proxy (malformed slugs). A tag may be created or an
 * author published any moment: feed readers and shared caches ask again.
 */
export function feedNotFoundResponse(kind: "tag" | "author" | "section"): Response {
  return new Response(`No such ${kind}.`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=1" },
  });
}
