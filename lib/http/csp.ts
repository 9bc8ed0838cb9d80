// Content-Security-Policy for the newsroom (/admin), set per request by proxy.ts.
// Admin pages render per request anyway (they read the session), so they get a fresh
// nonce and 'strict-dynamic': an injected inline script or event handler never runs.
// Public pages are cached (ISR) and cannot carry a per-request nonce; their fixed
// policy lives in next.config.js (see docs/security.md for the trade-off).

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function adminContentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // React's development build needs eval for its debugging stacks; production never.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
