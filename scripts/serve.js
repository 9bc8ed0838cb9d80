// @ts-check
// Dateline's HTTP server: Next's request handler behind a plain node:http server, so
// that the one thing `next start` cannot tell the app (which address the connection
// came from: Next keeps a client-sent X-Forwarded-For as if it were the socket's) is
// decided here, once per request, before Next sees it:
//   - the client's address comes from the socket, or with TRUST_PROXY=N from the hop
//     our outermost proxy added (lib/http/client-address.js); it replaces
//     X-Forwarded-For, and X-Real-IP is dropped, so the app reads only what this set;
//   - without TRUST_PROXY, a client's X-Forwarded-Proto/-Host/-Port are dropped too, so
//     Next derives them from the connection;
//   - with an https SITE_URL every response carries Strict-Transport-Security;
//   - a reader page the page cache holds fresh is answered from it here, as Next would
//     answer it, without Next's router (lib/http/serve-cached-route.js: a tenth of the CPU).
// Everything else is `next start`/`next dev`: same port and hostname options, Next's
// own request and upgrade handlers, graceful shutdown on SIGTERM/SIGINT.
//
//   node scripts/serve.js start|dev [--port 3000] [--hostname 0.0.0.0] [--keepAliveTimeout ms]
//
// Plain JavaScript (checked by TypeScript through // @ts-check) so it runs without a loader.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTrustedHops, resolveClientAddress } from "../lib/http/client-address.js";
import { serveCachedRoute } from "../lib/http/serve-cached-route.js";

const HSTS = "max-age=63072000; includeSubDomains";
const DRAIN_MS = 10_000;
const FRONT = Symbol.for("dateline.server-front");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    keepAliveTimeout: { type: "string" },
  },
});
const mode = positionals[0] === "dev" ? "dev" : "start";
const dev = mode === "dev";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${values.port}".`);

const trustedHops = parseTrustedHops(process.env.TRUST_PROXY);
if (trustedHops === null) {
  fail(`TRUST_PROXY must be unset or false (no proxy), true or a number of proxy hops from 1 to 10, not "${process.env.TRUST_PROXY}".`);
}
const hsts = isHttps(process.env.SITE_URL) || isHttps(process.env.AUTH_URL) ? HSTS : null;

// As `next start` does: NODE_ENV decides which React and Next builds load, so it is set
// before Next is imported; PORT is read by the app (proxy.ts, the revalidation listener).
const env = /** @type {Record<string, string | undefined>} */ (process.env);
env.NODE_ENV ||= dev ? "development" : "production";
process.env.NEXT_RUNTIME = "nodejs";
process.env.PORT = String(port);
// Next fetches its own server-action redirects from here (never from the Host header).
process.env.__NEXT_PRIVATE_ORIGIN = ownOrigin(port);
process.title = `dateline-${mode}`;

const { default: next } = await import("next");
const root = path.resolve(import.meta.dirname, "..");
const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
// lib/http/client-ip.ts believes X-Forwarded-For only when this front set it.
/** @type {Record<symbol, unknown>} */ (globalThis)[FRONT] = true;

const server = http.createServer(async (req, res) => {
  rewriteForwardingHeaders(req, /** @type {number} */ (trustedHops));
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
  if (!dev && serveCachedRoute(req, res)) return;
  try {
    await handle(req, res);
  } catch (error) {
    console.error(`Failed to handle request for ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end("Internal Server Error");
  }
});
// Idle keep-alive connections stay open 65 s (Node's default is 5 s): longer than the
// clients and proxies in front keep theirs (nginx's upstream keepalive, Node's agents: 5–60 s),
// so they close an idle connection first. With Node's 5 s, a client reusing a connection at
// the moment the server closed it gets ECONNRESET (seen in the e2e suite), and nginx a 502.
server.keepAliveTimeout = Number(values.keepAliveTimeout ?? 65_000);
server.headersTimeout = Math.max(server.headersTimeout, server.keepAliveTimeout + 1_000);
server.on("error", (error) => fail(`The server could not start: ${error.message}`));
server.listen(port, hostname, () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  process.env.PORT = String(actualPort);
  process.env.__NEXT_PRIVATE_ORIGIN = ownOrigin(actualPort);
  const proxyNote = trustedHops ? `client address: ${trustedHops} trusted proxy hop${trustedHops === 1 ? "" : "s"}` : "client address: the connection's";
  console.log(`▲ Dateline (${mode}) on ${process.env.__NEXT_PRIVATE_ORIGIN} (${proxyNote}${hsts ? ", HSTS on" : ""})`);
});

// Graceful stop, as `next start`: no new connections, finish the ones in flight (for at
// most DRAIN_MS), then let Next close (its own cleanup, e.g. `after()` callbacks), and the
// app's own stop hooks run (the webhook worker finishes its deliveries and hands back the
// jobs it holds, lib/webhooks/worker.ts), then exit 130/143.
let stopping = false;
for (const [signal, code] of /** @type {const} */ ([["SIGINT", 130], ["SIGTERM", 143]])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      const hooks = /** @type {{ datelineStopHooks?: (() => Promise<void>)[] }} */ (globalThis).datelineStopHooks ?? [];
      app
        .close()
        .catch(console.error)
        .then(() => Promise.allSettled(hooks.map((stop) => stop())))
        .finally(() => process.exit(code));
    });
    if (dev) server.closeAllConnections();
    else server.closeIdleConnections();
    // A connection still busy after the drain (a client that stopped reading its answer,
    // a keep-alive socket caught mid-request when the signal came) would otherwise hold
    // the process until its own timeout (65 s idle, 300 s a request): longer than a
    // deployment's grace period, and than the e2e suite's wait for a second server. So
    // what is left after ten seconds is closed, and the stop goes on.
    setTimeout(() => server.closeAllConnections(), DRAIN_MS).unref();
  });
}

/**
 * @param {http.IncomingMessage} req
 * @param {number} hops
 */
function rewriteForwardingHeaders(req, hops) {
  const address = resolveClientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustedHops: hops });
  delete req.headers["x-real-ip"];
  if (address) req.headers["x-forwarded-for"] = address;
  else delete req.headers["x-forwarded-for"];
  if (hops > 0) return;
  delete req.headers["x-forwarded-proto"];
  delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-port"];
  delete req.headers["forwarded"];
}

/** @param {number} listeningPort */
function ownOrigin(listeningPort) {
  const host = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost";
  return `http://${host.includes(":") ? `[${host}]` : host}:${listeningPort}`;
}

/** @param {string | undefined} value */
function isHttps(value) {
  try {
    return !!value && new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}
