import http from "node:http";

// Requests as an attacker shapes them, byte by byte: a declared length larger than what
// is sent, a chunked body that never ends, a 4 MB body. Playwright's client always sends
// a whole, well-formed body, so these go through node:http.

export type HostileRequest = {
  baseURL: string;
  path: string;
  headers: Record<string, string>;
  // The whole body, sent with its true Content-Length unless `declaredLength` or `chunked`.
  body: Buffer;
  // Declare this many bytes but send only `body`, and keep the connection open.
  declaredLength?: number;
  // Send `body` as one chunk with Transfer-Encoding: chunked, then end the body or never
  // end it.
  chunked?: "ended" | "never-ending";
};

export type HostileAnswer = { status: number; text: string; contentType: string };

/**
 * Sends the request and calls `whileRunning` the moment its body (or the part of it that
 * will ever be sent) is on the wire, so a second request is timed while the server has
 * the hostile one in hand. Resolves with the server's answer to the hostile request and
 * what `whileRunning` returned.
 */
export async function sendHostile<T>(request: HostileRequest, whileRunning: () => Promise<T>): Promise<{ answer: HostileAnswer; during: T }> {
  const url = new URL(request.path, request.baseURL);
  const headers: Record<string, string | number> = { ...request.headers };
  const incomplete = request.chunked === "never-ending" || request.declaredLength !== undefined;
  if (request.chunked) headers["Transfer-Encoding"] = "chunked";
  else headers["Content-Length"] = request.declaredLength ?? request.body.byteLength;

  let sent!: () => void;
  const bodySent = new Promise<void>((resolve) => (sent = resolve));
  let responded = false;
  const answer = new Promise<HostileAnswer>((resolve, reject) => {
    // Keep-alive, as browsers send it: a server that answers early then discards the rest
    // of the body instead of hanging up while it is still being written (which could lose
    // the answer to a connection reset).
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const req = http.request(url, { method: "POST", headers, agent }, (res) => {
      responded = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), contentType: String(res.headers["content-type"] ?? "") });
        // The rest of the body is never coming, or no longer wanted: hang up.
        req.destroy();
        agent.destroy();
      });
    });
    req.on("error", (error) => {
      sent();
      // A server that answered without reading the body may close the connection while
      // the rest is being written: the answer is what counts.
      if (!responded) reject(error);
    });
    void writeBody(req, request.body, incomplete, () => responded).then(sent, sent);
  });
  // Awaited below; this only keeps an early failure from being reported as unhandled.
  answer.catch(() => undefined);
  await bodySent;
  const during = await whileRunning();
  return { answer: await answer, during };
}

// A slice at a time, so an answer that arrives before the whole body is sent (a refusal
// from the headers) is read before the server hangs up, and the rest is not sent.
async function writeBody(req: http.ClientRequest, body: Buffer, incomplete: boolean, answered: () => boolean): Promise<void> {
  const slice = 64 * 1024;
  for (let offset = 0; offset < body.byteLength; offset += slice) {
    if (answered() || req.destroyed) return;
    await new Promise<void>((resolve) => req.write(body.subarray(offset, offset + slice), () => resolve()));
  }
  if (!incomplete && !answered() && !req.destroyed) await new Promise<void>((resolve) => req.end(() => resolve()));
  else req.flushHeaders();
}

/** How long /api/health takes to answer, in milliseconds, and its status. */
export async function timeHealth(baseURL: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(new URL("/api/health", baseURL), { cache: "no-store" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** A server action's reply encoding, as the browser sends it (see server-actions.ts). */
export async function actionBody(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type") ?? "" };
}

/** The sign-in form's fields as the browser sends them. */
export async function formBody(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type") ?? "" };
}
