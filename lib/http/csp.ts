import { settings } from "@/lib/settings";

// Content-Security-Policy. The newsroom (/admin) renders per request anyway (it reads
// the session), so proxy.ts gives each response a fresh nonce and 'strict-dynamic': an
// injected inline script or event handler never runs. Reader pages run no script at
// all, so theirs forbids it outright. The sign-in pages' fixed policy is in
// next.config.js. See docs/security.md.

// No plugins, frames, <base>, framing by others, or form posts to another site.
const LOCKED_DOWN = ["object-src 'none'", "frame-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

/** Reader pages (lib/html/html-response.ts); the JSON-LD block is data, not script. */
export const READER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  ...LOCKED_DOWN,
].join("; ");

/**
 * A reader page's policy for what it runs (issues 14 and 15): `script-src 'self'` when it
 * loads a same-origin file (the embed loader, the live updates; never inline script),
 * `connect-src 'self'` when a script asks this origin for news (the live updates), and
 * `frame-src` listing exactly the embed players this page may load. With none of these
 * it is READER_CONTENT_SECURITY_POLICY unchanged.
 */
export function readerContentSecurityPolicy(frameOrigins: readonly string[], options: { live?: boolean } = {}): string {
  const origins = frameOrigins.filter((origin) => /^https:\/\/[a-z0-9.-]+$/.test(origin));
  let policy = READER_CONTENT_SECURITY_POLICY;
  if (origins.length > 0 || options.live) policy = policy.replace("script-src 'none'", "script-src 'self'");
  if (options.live) policy = policy.replace("connect-src 'none'", "connect-src 'self'");
  if (origins.length > 0) policy = policy.replace("frame-src 'none'", `frame-src ${origins.join(" ")}`);
  return policy;
}

/**
 * A live page while coverage runs (issue 14), without embeds: the same policy, except
 * that one same-origin script (/live-updates.js) may run and ask this origin for news.
 */
export const LIVE_READER_CONTENT_SECURITY_POLICY = readerContentSecurityPolicy([], { live: true });

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function adminContentSecurityPolicy(nonce: string, development = settings().NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // React's development build needs eval for its debugging stacks; production never.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    ...LOCKED_DOWN,
  ].join("; ");
}
