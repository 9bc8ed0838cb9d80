import "server-only";
import type { SafeHtml } from "@/lib/html/safe-html";
import { READER_CONTENT_SECURITY_POLICY } from "@/lib/http/csp";

/** A whole reader page as an HTTP response. */
export function htmlResponse(document: SafeHtml, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(`<!DOCTYPE html>${document.html}`, {
    status: init.status ?? 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": READER_CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      ...init.headers,
    },
  });
}
