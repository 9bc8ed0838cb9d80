// Link rules shared by the editor (browser), the validator and the renderer.
// Allowlist only: http(s), mailto and site-relative paths. Everything else,
// including every `javascript:` disguise, fails the prefix test below.

const MAX_HREF_LENGTH = 2048;
export const LINK_RULES_MESSAGE = "Use an http(s) or mailto link, or a path starting with /";

// Whitespace, C0/C1 controls and invisible format characters: browsers strip or
// ignore some of them inside schemes ("java\tscript:"), so no href may contain any.
const HIDDEN_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/u;

/** Returns why `href` is refused, or null when it is allowed. */
export function findHrefProblem(href: string): string | null {
  if (href.length === 0) return "Link is empty";
  if (href.length > MAX_HREF_LENGTH) return `Link is longer than ${MAX_HREF_LENGTH} characters`;
  if (HIDDEN_OR_SPACE.test(href)) return "Link contains spaces or control characters";
  // Browsers read "\" as "/" in URLs, so "/\evil" would be protocol-relative.
  if (href.includes("\\")) return "Link contains a backslash";

  if (href.startsWith("/")) {
    return href.startsWith("//") ? `Link "${href}" points to another site: write it as https://…` : null;
  }
  if (/^mailto:/i.test(href)) {
    return href.length > "mailto:".length ? null : "Email link has no address";
  }
  if (/^https?:\/\//i.test(href)) return findHttpProblem(href);
  return `Link "${shorten(href)}" is not allowed. ${LINK_RULES_MESSAGE}`;
}

export function isAllowedHref(href: unknown): href is string {
  return typeof href === "string" && findHrefProblem(href) === null;
}

/** Absolute web links leave the site, so they get rel="noopener noreferrer". */
export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/**
 * Turns what a person types into an href: `example.com` → `https://example.com`,
 * `name@example.com` → `mailto:name@example.com`. The result still has to pass
 * isAllowedHref; this only fills in a missing scheme.
 */
export function normalizeLinkInput(input: string): string {
  const value = input.trim();
  // Too long to be allowed anyway; and the email pattern below backtracks in quadratic
  // time on a long "a@b.c.c.c…" with no end, so it only ever sees a bounded string.
  if (value.length > MAX_HREF_LENGTH) return value;
  if (value === "" || value.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(value)) return `https://${value}`;
  return value;
}

function findHttpProblem(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `Link "${shorten(href)}" is not a valid web address`;
  }
  if (url.hostname === "") return `Link "${shorten(href)}" has no host name`;
  // "https://trusted.example@evil.example" reads like the first site but opens the second.
  if (url.username !== "" || url.password !== "") return "Link must not contain a user name or password";
  return null;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
