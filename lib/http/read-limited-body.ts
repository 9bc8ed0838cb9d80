import "server-only";
import type { HeaderReader } from "@/lib/http/same-origin";

export type BodyRefusal = { status: 411 | 413; message: string };

// Decided from the headers alone, before a byte of the body is read: a body of unknown
// length (chunked, no Content-Length) could be any size, and a declared size over the
// limit is refused rather than read and thrown away. Browsers always declare the length
// of a form or a file they send.
export function refuseBodyByHeaders(headers: HeaderReader, limit: number): BodyRefusal | null {
  const declared = headers.get("content-length");
  if (declared === null || !/^\d{1,15}$/.test(declared.trim())) {
    return { status: 411, message: "The request did not say how large it is (no Content-Length header), so it was refused. Send it from the form, or with a Content-Length header." };
  }
  if (Number(declared) > limit) {
    return tooLarge(limit);
  }
  return null;
}

function tooLarge(limit: number): BodyRefusal {
  return { status: 413, message: `The request is larger than ${formatBytes(limit)}, the most this form needs, so it was refused. Nothing was changed.` };
}

// Reads a request body up to `limit` bytes; past it, stops reading and answers null,
// so a 60 MB upload never sits whole in memory.
export async function readLimitedBody(request: Request, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A small form (sign-in, JSON from the editor): refused by its headers first (see
 * refuseBodyByHeaders), then read up to `limit` bytes and no further.
 */
export async function readSmallBody(request: Request, limit: number): Promise<{ ok: true; body: Buffer } | ({ ok: false } & BodyRefusal)> {
  const refusal = refuseBodyByHeaders(request.headers, limit);
  if (refusal) return { ok: false, ...refusal };
  const body = await readLimitedBody(request, limit);
  if (!body) return { ok: false, ...tooLarge(limit) };
  return { ok: true, body };
}

/** Parses a body already read (and so already bounded) as the form it says it is. */
export function parseFormBody(body: Buffer, contentType: string | null): Promise<FormData | null> {
  return new Response(new Uint8Array(body), { headers: { "content-type": contentType ?? "" } }).formData().catch(() => null);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
