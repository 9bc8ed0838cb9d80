import "server-only";
import type { SafeHtml } from "@/lib/html/safe-html";

// Reader pages run no script at all, so their policy can forbid it outright (the
// JSON-LD block is data, not script). Admin and sign-in pages get theirs elsewhere.
const READER_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** A whole reader page as an HTTP response. */
export function htmlResponse(document: SafeHtml, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(`<!DOCTYPE html>${document.html}`, {
    status: init.status ?? 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": READER_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      ...init.headers,
    },
  });
}
