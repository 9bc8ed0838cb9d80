import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { resolveAllowedAddresses, type ResolvedAddress } from "@/lib/webhooks/address-guard";

export type SendResult = { status: number; body: string } | { error: string };

export type SendOptions = {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate: boolean;
  timeoutMs: number;
  /** At most this many bytes of the answer are read (kept for the delivery log). */
  maxResponseBytes: number;
};

// One POST to a receiver, with the SSRF rules enforced at connection time: the host is
// resolved here, every address checked, and the socket connects to a checked address
// (the `lookup` below hands it over), so a DNS answer that changes between the check and
// the connection (rebinding) cannot point the request somewhere else. Redirects are
// never followed (a 3xx is a failed delivery), the whole exchange has one deadline, and
// the answer is read up to a bound and then dropped.
export async function sendWebhookRequest(options: SendOptions): Promise<SendResult> {
  const url = new URL(options.url);
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolveAllowedAddresses(url.hostname, options.allowPrivate);
  } catch (error) {
    return { error: error instanceof Error ? error.message : "The address could not be resolved." };
  }
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) {
      (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
    } else {
      callback(null, addresses[0]!.address, addresses[0]!.family);
    }
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: pinned,
        agent: false,
        headers: { ...options.headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(options.body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size >= options.maxResponseBytes) return;
          chunks.push(chunk.subarray(0, options.maxResponseBytes - size));
          size += chunk.length;
          // Enough to log; the rest is not worth waiting for.
          if (size >= options.maxResponseBytes) {
            finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
            response.destroy();
          }
        });
        response.on("end", () => finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", (error) => finish({ error: `The receiver's answer broke off: ${error.message}` }));
      },
    );
    const deadline = setTimeout(() => {
      finish({ error: `No complete answer within ${Math.round(options.timeoutMs / 1000)} s.` });
      request.destroy();
    }, options.timeoutMs);
    request.on("error", (error) => finish({ error: describeNetworkError(error) }));
    request.end(options.body);
  });
}

function describeNetworkError(error: Error & { code?: string }): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return "Connection refused.";
    case "ECONNRESET":
      return "The receiver closed the connection before answering.";
    case "ENOTFOUND":
      return "The host name does not resolve.";
    default:
      return error.code ? `${error.code}: ${error.message}` : error.message;
  }
}
