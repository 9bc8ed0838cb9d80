// Markup that is already safe to send: built by the reader-page templates (whose text
// and attributes are escaped) or by the one sanitizing renderer (lib/content/render-html.ts).
// Nothing else may construct it: a plain string is always escaped.
const SAFE = Symbol("dateline.safe-html");

export type SafeHtml = { readonly [SAFE]: true; readonly html: string };

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && (value as SafeHtml)[SAFE] === true;
}

/** Only for markup produced by escaping here or by renderDocumentHtml. */
export function trustedHtml(html: string): SafeHtml {
  return { [SAFE]: true, html };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
