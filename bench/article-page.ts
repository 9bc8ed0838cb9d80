// Article page throughput: Next (`next start`) serving the cached (ISR) page, the same
// page rendered on every request, and a plain node:http server returning the same HTML
// from memory, all in one run, loopback only, bounded in time.
//
//   npm run build        # a production build of this checkout
//   DATABASE_URL=postgresql://…/a_migrated_and_seeded_db npm run bench
//
// Settings: BENCH_SECONDS (per measurement, default 10), BENCH_CONNECTIONS (default 50),
// BENCH_PORT (default 3190; the plain server uses the next port), BENCH_SLUG (default:
// the sample article). Performance is measured here, never asserted in tests.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";

const root = path.resolve(import.meta.dirname, "..");
const SECONDS = Math.min(60, Number(process.env.BENCH_SECONDS ?? 10));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const SLUG = process.env.BENCH_SLUG ?? "afghanistan-end-of-a-round-of-talks-in-doha-without-a-ceasefire-agreement";
const HOST = "127.0.0.1";

type Figure = { label: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; bytes: number };

async function measure(label: string, url: string, headers: Record<string, string> = {}): Promise<Figure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
  };
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a migrated, seeded database (e.g. the one `npm start` made).");
  const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--hostname", HOST, "--port", String(PORT)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0000000", AUTH_TRUST_HOST: "true" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let plain: http.Server | undefined;
  try {
    const articleUrl = `http://${HOST}:${PORT}/articles/${SLUG}`;
    await waitFor(`http://${HOST}:${PORT}/api/health`);
    const first = await fetch(articleUrl);
    if (!first.ok) throw new Error(`${articleUrl} answered ${first.status}: is the article published in this database?`);
    const html = Buffer.from(await first.arrayBuffer());
    await fetch(articleUrl); // now cached

    plain = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": html.length });
      res.end(html);
    });
    await new Promise<void>((resolve) => plain!.listen(PORT + 1, HOST, resolve));

    // Draft mode's bypass cookie makes Next render the page on every request, as if uncached.
    const { previewModeId } = JSON.parse(readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8")).preview;
    const figures = [
      await measure("node:http, same HTML from memory", `http://${HOST}:${PORT + 1}/`),
      await measure("next start, article page cached (ISR hit)", articleUrl),
      await measure("next start, article page rendered per request", articleUrl, { cookie: `__prerender_bypass=${previewModeId}` }),
    ];
    console.log(`\nArticle page, ${html.length} bytes of HTML; ${CONNECTIONS} connections, ${SECONDS} s each, loopback.\n`);
    console.table(figures.map((f) => ({ server: f.label, "req/s": f.requestsPerSecond, "p50 ms": f.p50, "p99 ms": f.p99, "non-2xx": f.non2xx, "bytes/resp": f.bytes })));
  } finally {
    plain?.close();
    next.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
