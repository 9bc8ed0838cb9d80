// The live-coverage scenario (issue 14), run by `npm run bench -- --live` (see bench/README.md):
// readers polling one live article's poll document, through the shipped nginx config
// when nginx is installed (and straight at the app otherwise), while entries are posted
// once a second. It reports what the readers got (req/s), how many of those requests
// reached the app (counted by a pass-through between nginx and the app), and the delay
// from an entry's commit to the first poll answer that carries it, through nginx and
// straight from the app.
//
// Entries are written the way a post on another app instance reaches this one: the row
// committed, then the live tag announced on the freshness channel (PostgreSQL NOTIFY,
// what the page cache handler sends after a post). A post on this instance records the
// expiry locally before announcing it, so it is, if anything, faster.
import http from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import pg from "pg";
import { EXPIRY_CHANNEL, encodeExpiry } from "../lib/cache/expiry-message.ts";
import { nginxBinary, startEdge, type Edge } from "./edge.ts";

export type LiveBenchOptions = {
  root: string;
  databaseUrl: string;
  /** The app, e.g. http://127.0.0.1:3190. */
  appBase: string;
  appPort: number;
  /** Where nginx listens when installed. */
  edgePort: number;
  slug: string;
  seconds: number;
  connections: number;
  /** Milliseconds between posted entries. */
  postEvery?: number;
};

export type LiveBenchResult = {
  through: "nginx" | "app";
  readerRps: number;
  readerP99: number;
  /** Requests for the poll document that reached the app, per second (null when straight at the app: every request does). */
  appPollRps: number | null;
  appOtherRps: number | null;
  posted: number;
  delayDirect: { p50: number; max: number; missed: number };
  delayEdge: { p50: number; max: number; missed: number } | null;
  errors: number;
};

const HOST = "127.0.0.1";

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A pass-through in front of the app that counts the requests reaching it. */
async function startCounter(appPort: number): Promise<{ port: number; counts: Map<string, number>; close: () => void }> {
  const counts = new Map<string, number>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const key = req.url?.endsWith("/live.json") ? "poll" : "other";
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const upstream = http.request({ host: HOST, port: appPort, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  return { port: (server.address() as AddressInfo).port, counts, close: () => server.close() };
}

/** Polls `url` every `interval` ms and records when each entry id first appears. */
function watch(url: string, interval: number): { seen: Map<string, number>; stop: () => void } {
  const seen = new Map<string, number>();
  let running = true;
  void (async () => {
    while (running) {
      try {
        const doc = (await (await fetch(url)).json()) as { entries?: { id: string }[] };
        const now = Date.now();
        for (const entry of doc.entries ?? []) if (!seen.has(entry.id)) seen.set(entry.id, now);
      } catch {
        // counted as missed below if it never shows
      }
      await new Promise((r) => setTimeout(r, interval));
    }
  })();
  return { seen, stop: () => (running = false) };
}

export async function runLiveScenario(options: LiveBenchOptions): Promise<LiveBenchResult> {
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  let edge: Edge | undefined;
  let counter: Awaited<ReturnType<typeof startCounter>> | undefined;
  const watchers: { stop: () => void }[] = [];
  try {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM articles WHERE slug = $1`, [options.slug]);
    const articleId = rows[0]?.id;
    if (!articleId) throw new Error(`No article ${options.slug} for the live scenario.`);
    const announce = () => db.query(`SELECT pg_notify($1, $2)`, [EXPIRY_CHANNEL, encodeExpiry([`dateline:live:${articleId}`])]);
    const post = async (text: string): Promise<{ id: string; at: number }> => {
      const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
      const inserted = await db.query<{ id: string }>(`INSERT INTO live_entries (article_id, body) VALUES ($1, $2) RETURNING id`, [articleId, JSON.stringify(body)]);
      const at = Date.now();
      await announce();
      return { id: inserted.rows[0]!.id, at };
    };
    await db.query(
      `INSERT INTO live_coverages (article_id, starts_at, updated_at) VALUES ($1, now() - interval '1 hour', now()) ON CONFLICT (article_id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = NULL`,
      [articleId],
    );
    for (let i = 0; i < 30; i++) await post(`Earlier entry ${i}: the talks continue in the Qatari capital, delegations say.`);

    const pollPath = `/articles/${options.slug}/live.json`;
    const direct = `${options.appBase}${pollPath}`;
    let readersUrl = direct;
    if (nginxBinary()) {
      counter = await startCounter(options.appPort);
      edge = await startEdge({ upstreamPort: counter.port, port: options.edgePort, root: options.root });
      readersUrl = `http://${HOST}:${options.edgePort}${pollPath}`;
    } else {
      console.log("  (nginx not installed: readers poll the app directly; install nginx for the edge figures)");
    }
    const first = await fetch(readersUrl);
    if (!first.ok) throw new Error(`${readersUrl} answered ${first.status}.`);

    const directWatch = watch(direct, 50);
    const edgeWatch = edge ? watch(readersUrl, 50) : null;
    watchers.push(directWatch, ...(edgeWatch ? [edgeWatch] : []));
    counter?.counts.clear();

    const postedAt = new Map<string, number>();
    let posting = true;
    const writer = (async () => {
      let n = 0;
      while (posting) {
        await new Promise((r) => setTimeout(r, options.postEvery ?? 1_000));
        if (!posting) break;
        const { id, at } = await post(`Live entry ${n++} posted by the bench.`);
        postedAt.set(id, at);
      }
    })();
    const result = await autocannon({ url: readersUrl, connections: options.connections, duration: options.seconds });
    posting = false;
    await writer;
    // Give the last entries their chance to show.
    await new Promise((r) => setTimeout(r, 2_500));
    for (const w of watchers) w.stop();

    const delays = (seen: Map<string, number>) => {
      const list: number[] = [];
      let missed = 0;
      for (const [id, at] of postedAt) {
        const shown = seen.get(id);
        if (shown === undefined) missed++;
        else list.push(shown - at);
      }
      return { p50: percentile(list, 50), max: Math.max(...list), missed };
    };
    const seconds = options.seconds;
    const errors = result.errors + result.timeouts + result.non2xx;
    return {
      through: edge ? "nginx" : "app",
      readerRps: Math.round(result.requests.average),
      readerP99: result.latency.p99,
      appPollRps: counter ? Math.round(((counter.counts.get("poll") ?? 0) / (seconds + 2.5)) * 10) / 10 : null,
      appOtherRps: counter ? Math.round(((counter.counts.get("other") ?? 0) / (seconds + 2.5)) * 10) / 10 : null,
      posted: postedAt.size,
      delayDirect: delays(directWatch.seen),
      delayEdge: edgeWatch ? delays(edgeWatch.seen) : null,
      errors,
    };
  } finally {
    for (const w of watchers) w.stop();
    await edge?.stop();
    counter?.close();
    await db.end();
  }
}

/** The scenario's figures as a Markdown table for docs/live.md. */
export function formatLiveResult(r: LiveBenchResult, connections: number, seconds: number): string {
  const perReaders = (rps: number) => `${rps.toLocaleString("en")} req/s ≈ ${(rps * 10).toLocaleString("en")} readers polling every 10 s`;
  return [
    "| measure | value |",
    "| --- | ---: |",
    `| readers' polls answered (${r.through === "nginx" ? "through nginx, deploy/ config" : "straight from the app"}; ${connections} connections, ${seconds} s) | ${perReaders(r.readerRps)} |`,
    `| readers' p99 latency | ${r.readerP99} ms |`,
    `| poll requests that reached the app | ${r.appPollRps === null ? "all of them (no edge)" : `${r.appPollRps} req/s`} |`,
    `| entries posted during the run (one a second) | ${r.posted} |`,
    `| post → visible, straight from the app: p50 / max | ${r.delayDirect.p50} / ${r.delayDirect.max} ms (${r.delayDirect.missed} never seen) |`,
    `| post → visible, through nginx: p50 / max | ${r.delayEdge ? `${r.delayEdge.p50} / ${r.delayEdge.max} ms (${r.delayEdge.missed} never seen)` : "– (no nginx)"} |`,
    `| unexpected answers | ${r.errors} |`,
  ].join("\n");
}
