// @ts-check
// Cached reader pages answered by the server front (scripts/serve.js) before Next's router.
//
// Why: a cached article costs Next about 1.85 ms of CPU to serve (routing, its request
// and response wrappers, the route module's cache lookup, a web Response piped back to
// Node): a tenth of what node:http needs for the same bytes, and the reason the cached
// article stayed under 1,000 req/s (docs/performance.md). The page itself is already
// rendered and sits in the page cache; this answers it from there, with the headers Next
// would add, when Next would answer it from there too. Nothing else changes:
//   - the same entries and the one freshness rule (findFreshRoute in
//     lib/cache/page-cache-handler.js, which Next's get() also uses): an entry Next would
//     not serve is not served here, and the request goes on to Next, which renders it;
//   - only where Next's answer is the cached entry and nothing else: GET, a reader
//     address (not the newsroom, the API, sign-in or previews), no query, no percent
//     escapes, no Next router or server-action headers and no body (what the proxy would
//     look at); anything else goes to Next as before;
//   - the same bytes and headers: the entry's own (status, Content-Type, the page's
//     Content-Security-Policy, Cache-Control), the reader headers of next.config.js,
//     Next's Vary and x-nextjs-cache, and gzip when the client asks for it, as Next's
//     compression does (computed once per entry instead of once per request).
// tests/e2e/site/cached-pages.spec.ts compares both answers for every kind of reader page.
import { gzipSync } from "node:zlib";
import nextCacheControl from "next/dist/server/lib/cache-control.js";
import { findFreshRoute } from "../cache/page-cache-handler.js";
import { BASE_HEADERS, READER_PATH_PATTERN } from "./reader-headers.js";

const READER_PATH = new RegExp(`^/${READER_PATH_PATTERN}$`);
const TAGS_HEADER = "x-next-cache-tags";
// Next's own Vary on app routes, and what its compression adds for a compressible type.
const ROUTER_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
const COMPRESSED_VARY = `${ROUTER_VARY}, Accept-Encoding`;

// The types reader routes answer with, and whether Next's compression compresses them
// (mime-db's "compressible"). A type not listed here goes to Next.
/** @type {Map<string, boolean>} */
const COMPRESSIBLE = new Map([
  ["text/html", true],
  ["text/plain", true],
  ["text/xml", true],
  ["text/css", true],
  ["application/xml", true],
  ["application/rss+xml", true],
  ["application/atom+xml", true],
  ["application/json", true],
  ["application/javascript", true],
  ["text/javascript", true],
  ["application/manifest+json", true],
  ["application/xslt+xml", true],
  ["image/svg+xml", true],
  ["image/x-icon", true],
  ["image/vnd.microsoft.icon", true],
  ["image/png", false],
  ["image/jpeg", false],
  ["image/webp", false],
]);

// The gzipped copy lives as long as its entry (keyed by the entry's value): a page
// evicted from the cache takes it along. The cache's 256 MB budget does not count these
// (HTML compresses to about a quarter), so the worst case is about 320 MB.
/** @type {WeakMap<object, Buffer>} */
const gzipped = new WeakMap();

/**
 * Answers the request from the page cache when Next would answer it with that same cached
 * entry. Returns false, having written nothing, for every other request.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {boolean}
 */
export function serveCachedRoute(req, res) {
  const url = req.url;
  if (req.method !== "GET" || url === undefined || !isPlainReaderPath(url) || !hasPlainHeaders(req.rawHeaders)) return false;
  const entry = findFreshRoute(url);
  const value = entry?.value;
  if (!entry || value?.kind !== "APP_ROUTE" || !Buffer.isBuffer(value.body)) return false;
  const stored = /** @type {Record<string, string | string[] | number | undefined>} */ (value.headers ?? {});
  const type = String(stored["content-type"] ?? "");
  const compressible = COMPRESSIBLE.get(type.split(";", 1)[0]?.trim().toLowerCase() ?? "");
  if (compressible === undefined) return false;
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  if (encoding === null) return false;

  for (const { key, value: headerValue } of BASE_HEADERS) res.setHeader(key, headerValue);
  res.setHeader("Vary", compressible ? COMPRESSED_VARY : ROUTER_VARY);
  res.setHeader("x-nextjs-cache", "HIT");
  for (const name in stored) {
    const headerValue = stored[name];
    if (name !== TAGS_HEADER && headerValue !== undefined) res.setHeader(name, headerValue);
  }
  if (!res.hasHeader("cache-control") && entry.cacheControl) res.setHeader("Cache-Control", nextCacheControl.getCacheControlHeader(entry.cacheControl));
  res.statusCode = value.status || 200;

  let body = value.body;
  // Next streams cached bodies without a length, so its compression cannot apply its 1 KB
  // threshold and compresses every compressible body: so does this.
  if (encoding === "gzip" && compressible && !/\bno-transform\b/i.test(String(res.getHeader("cache-control") ?? ""))) {
    body = gzipped.get(value) ?? gzipOnce(value, body);
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.end(body);
  return true;
}

/**
 * A path exactly as the page cache names it: no query, no escapes (Next decodes those
 * first), no doubled slash, no trailing slash (Next redirects those), a reader address.
 * @param {string} url
 */
function isPlainReaderPath(url) {
  if (url.charCodeAt(0) !== 47 /* / */ || url.includes("?") || url.includes("%") || url.includes("//")) return false;
  if (url.length > 1 && url.endsWith("/")) return false;
  return READER_PATH.test(url);
}

/**
 * No header that would make Next or the proxy do anything but serve the cached entry: its
 * router's (RSC, Next-Router-*, Next-Action, Next-Url) and a request body's (the proxy
 * checks form posts by Content-Type; a GET has no business sending one).
 * @param {string[]} rawHeaders
 */
function hasPlainHeaders(rawHeaders) {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = /** @type {string} */ (rawHeaders[i]).toLowerCase();
    if (name.startsWith("next-") || name === "rsc" || name === "content-type" || name === "content-length" || name === "transfer-encoding" || name.startsWith("x-middleware-")) return false;
  }
  return true;
}

/**
 * What Next's compression would pick, for the Accept-Encoding headers browsers and tools
 * send (a plain list): gzip when listed, otherwise none. With weights or deflate alone the
 * choice is Next's (null: not answered here).
 * @param {string | undefined} header
 * @returns {"gzip" | "identity" | null}
 */
function chooseEncoding(header) {
  if (!header) return "identity";
  if (header.includes(";")) return null;
  const names = header.toLowerCase().split(",").map((name) => name.trim());
  if (names.includes("gzip") || names.includes("*")) return "gzip";
  if (names.includes("deflate")) return null;
  return "identity";
}

/**
 * @param {object} value
 * @param {Buffer} body
 */
function gzipOnce(value, body) {
  const compressed = gzipSync(body);
  gzipped.set(value, compressed);
  return compressed;
}
