// Cross-site request refusal for everything that changes state: server actions (through
// the action client, lib/actions/action-client.ts, and the sign-in route) and POST route handlers.
// Next checks a server action's Origin only when the browser sends one, and compares it
// with X-Forwarded-Host, which any client can set. Here:
//   - Origin must be present (every browser sends it on a POST, same-site or not);
//     `Origin: null` (sandboxed frames, data: pages, some redirects) is refused;
//   - its host must be this site's: the Host header, the configured SITE_URL/AUTH_URL,
//     and X-Forwarded-Host only when TRUST_PROXY is on (behind proxies that set it; without
//     it the server front, scripts/serve.js, drops a client's X-Forwarded-Host anyway);
//   - a Sec-Fetch-Site other than same-origin is refused.
import { settings } from "@/lib/settings";

export type HeaderReader = { get(name: string): string | null };

export function isSameOriginHeaders(headers: HeaderReader): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    originHost = url.host.toLowerCase();
  } catch {
    return false;
  }
  return allowedHosts(headers).has(originHost);
}

export function isSameOrigin(request: Request): boolean {
  return isSameOriginHeaders(request.headers);
}

function allowedHosts(headers: HeaderReader): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.trim().toLowerCase());
  if (settings().TRUST_PROXY > 0) {
    const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (forwarded) hosts.add(forwarded.toLowerCase());
  }
  for (const configured of [settings().SITE_URL, settings().AUTH_URL]) {
    if (!configured) continue;
    try {
      hosts.add(new URL(configured).host.toLowerCase());
    } catch {
      // A malformed setting adds nothing.
    }
  }
  return hosts;
}

export const CROSS_SITE_MESSAGE = "This request did not come from a Dateline page, so nothing was changed. Reload the page and try again.";
