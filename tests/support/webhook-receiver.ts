import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

// A real HTTP receiver for webhook tests. Every request's signature is verified with the
// `standardwebhooks` library (the one receivers use), with the endpoint's secret.

export type Received = {
  id: string;
  timestamp: string;
  signature: string;
  verified: boolean;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
};

export type Respond = (received: Received, count: number) => { status: number; headers?: Record<string, string> };

export type Receiver = {
  url: string;
  port: number;
  received: Received[];
  setSecret(secret: string): void;
  respond(fn: Respond): void;
  /** Resolves when `predicate` holds for what has arrived (checked on each arrival). */
  waitFor(predicate: (received: Received[]) => boolean, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
};

export async function startReceiver(options: { port?: number; secret?: string; path?: string } = {}): Promise<Receiver> {
  let secret = options.secret ?? "";
  let respond: Respond = () => ({ status: 200 });
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = { "webhook-id": String(request.headers["webhook-id"] ?? ""), "webhook-timestamp": String(request.headers["webhook-timestamp"] ?? ""), "webhook-signature": String(request.headers["webhook-signature"] ?? "") };
      let verified = false;
      try {
        new Webhook(secret).verify(body, headers);
        verified = true;
      } catch {
        verified = false;
      }
      const item: Received = { id: headers["webhook-id"], timestamp: headers["webhook-timestamp"], signature: headers["webhook-signature"], verified, payload: JSON.parse(body) };
      received.push(item);
      const answer = respond(item, received.length);
      response.writeHead(answer.status, answer.headers ?? {});
      response.end("ok");
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${options.path ?? "/hooks"}`,
    port,
    received,
    setSecret: (s) => {
      secret = s;
    },
    respond: (fn) => {
      respond = fn;
    },
    waitFor: (predicate, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(received)) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(received);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`The receiver did not get what was expected in ${timeoutMs} ms (got ${received.length}).`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
