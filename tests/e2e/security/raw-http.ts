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
  // Send `body` as one chunk with Transfer-Encoding: chunked, and never end it.
  chunked?: boolean;
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
  const incomplete = request.chunked === true || request.declaredLength !== undefined;
  if (request.chunked) headers["Transfer-Encoding"] = "chunked";
  else headers["Content-Length"] = request.declaredLength ?? request.body.byteLength;

  let sent!: () => void;
  const bodySent = new Promise<void>((resolve) => (sent = resolve));
  const answer = new Promise<HostileAnswer>((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), contentType: String(res.headers["content-type"] ?? "") });
        // The rest of the body is never coming: hang up.
        if (incomplete) req.destroy();
      });
    });
    req.on("error", (error) => {
      sent();
      reject(error);
    });
    if (incomplete) {
      req.write(request.body, () => sent());
      req.flushHeaders();
    } else {
      req.end(request.body, () => sent());
    }
  });
  await bodySent;
  const during = await whileRunning();
  return { answer: await answer, during };
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
