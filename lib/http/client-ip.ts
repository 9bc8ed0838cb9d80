import "server-only";
import { headers } from "next/headers";

// The client's address for audit rows and rate limits, as the server front
// (scripts/serve.js) worked it out from the socket (and, with TRUST_PROXY=N, from the
// hops our own proxies added: lib/http/client-address.js). The front replaces
// X-Forwarded-For with that one address before Next sees the request, so a client's own
// X-Forwarded-For or X-Real-IP never gets here. Started any other way (a bare
// `next start` keeps what the client sent), the address is unknown rather than forged.
const FRONT = Symbol.for("dateline.server-front");

let warned = false;

export async function getClientIp(): Promise<string | null> {
  if (!(globalThis as Record<symbol, unknown>)[FRONT]) {
    if (!warned) console.warn("Dateline was not started through scripts/serve.js (npm start): client addresses are unknown, so the per-address sign-in limit is off.");
    warned = true;
    return null;
  }
  const h = await headers();
  return h.get("x-forwarded-for") || null;
}
