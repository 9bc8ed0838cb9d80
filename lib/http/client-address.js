// @ts-check
// Who is on the other end of a request. Plain JavaScript (with its types beside it in
// client-address.d.ts) because the server front (scripts/serve.js) runs it on every
// request without a TypeScript loader, and the app reads the same TRUST_PROXY rule.
//
// Without TRUST_PROXY the only address nobody can forge is the socket's: every
// X-Forwarded-For or X-Real-IP a client sends is ignored. With TRUST_PROXY=N (N proxies
// of ours in front, `true` meaning 1) the client is the address the outermost of them
// saw: walking X-Forwarded-For from the right, past the socket peer (proxy 1) and the
// N-1 entries our other proxies appended. Entries further left were written by whoever
// connected to our outermost proxy, so they are never read. This is Express's
// `trust proxy = N`.
import { isIP } from "node:net";

// A proxy chain longer than this is a misconfiguration, not a deployment.
export const MAX_TRUSTED_HOPS = 10;

// More characters than any list of MAX_TRUSTED_HOPS + 1 addresses can need.
const MAX_FORWARDED_LENGTH = 64 * (MAX_TRUSTED_HOPS + 1);

/**
 * TRUST_PROXY as a number of trusted proxy hops: unset, "", "false" or "0" → 0; "true" → 1;
 * "1".."10" → that many. Anything else → null (the server refuses to start).
 * @param {string | undefined} value
 * @returns {number | null}
 */
export function parseTrustedHops(value) {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "false" || text === "0") return 0;
  if (text === "true") return 1;
  if (!/^\d{1,2}$/.test(text)) return null;
  const hops = Number(text);
  return hops >= 1 && hops <= MAX_TRUSTED_HOPS ? hops : null;
}

/**
 * An IP address in one spelling: IPv4-mapped IPv6 (`::ffff:192.0.2.1`, what a dual-stack
 * socket reports) becomes plain IPv4, IPv6 is lower-cased. Not an IP address → null.
 * @param {string | undefined | null} value
 * @returns {string | null}
 */
export function normalizeAddress(value) {
  if (!value) return null;
  let text = value.trim();
  if (text.length > 64) return null;
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped && isIP(mapped[1] ?? "") === 4) return mapped[1] ?? null;
  const family = isIP(text);
  if (family === 4) return text;
  if (family === 6) return text.toLowerCase();
  return null;
}

/**
 * The client's address for rate limits and audit rows.
 * @param {{ socketAddress: string | undefined | null; forwardedFor: string | string[] | undefined | null; trustedHops: number }} input
 * @returns {string | null}
 */
export function resolveClientAddress({ socketAddress, forwardedFor, trustedHops }) {
  const peer = normalizeAddress(socketAddress);
  if (trustedHops <= 0 || !peer) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // Only the rightmost trustedHops entries can matter; a longer header is cut from the left.
  const tail = header.length > MAX_FORWARDED_LENGTH ? header.slice(-MAX_FORWARDED_LENGTH) : header;
  const entries = tail.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  if (header.length > MAX_FORWARDED_LENGTH) entries.shift(); // possibly cut in half
  // The chain nearest first: the socket peer is hop 1, the header's last entry hop 2…
  let current = peer;
  for (let hop = 1; hop <= trustedHops; hop++) {
    const entry = entries[entries.length - hop];
    // Fewer entries than trusted hops: the request came through fewer proxies than
    // configured; the farthest address we have is the best there is (as Express does).
    if (entry === undefined) return current;
    const address = normalizeAddress(entry);
    // Not an address (a port, "unknown", junk): stop at the last hop that is ours.
    if (!address) return current;
    current = address;
  }
  return current;
}
