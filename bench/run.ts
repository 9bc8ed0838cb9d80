// `npm run bench`: seeds a corpus into its own database, builds (when stale), starts the
// production server and measures every kind of public page plus the newsroom's list,
// each run bounded in time, next to a plain node:http server returning the article's
// HTML from memory. Prints the table and writes it to docs/performance.md.
//
//   npm run bench                              # 10,000 articles, 5 s a measurement
//   npm run bench -- --articles 100000         # the large corpus
//   npm run bench -- --seconds 10 --connections 50 --edge
//
// Database: DATABASE_URL names the server (its database is left alone; the bench
// creates its own database next to it, dateline_bench_<random> or BENCH_DB_NAME, and drops it
// at the end unless --keep-database); without it the embedded
// PostgreSQL is used. Performance is measured here, never asserted in tests.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { provideDatabase, recreateDatabase } from "../scripts/lib/database.ts";
import { buildNext, isBuildStale, serveScript } from "../scripts/lib/next-build.ts";
import { prepareDatabase } from "../scripts/lib/prepare-database.ts";
import { seedCorpus } from "./seed-corpus.ts";
import { startEdge, type Edge } from "./edge.ts";
import { formatLiveResult, runLiveScenario } from "./live.ts";
import { formatPageViews, measurePageViews, type PageViewResult } from "./page-view.ts";
import { loadSettings } from "../scripts/lib/settings.ts";

const root = path.resolve(import.meta.dirname, "..");
const HOST = "127.0.0.1";
const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: process.env.BENCH_ARTICLES ?? "10000" },
    seconds: { type: "string", default: process.env.BENCH_SECONDS ?? "5" },
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS ?? "50" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3190" },
    edge: { type: "boolean", default: false },
    // Issue 14: readers polling a live article (through nginx when installed) while entries are posted.
    live: { type: "boolean", default: false },
    "live-only": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "keep-database": { type: "boolean", default: false },
  },
});
const ARTICLES = Number(args.articles);
const SECONDS = Math.min(60, Number(args.seconds));
const CONNECTIONS = Number(args.connections);
const PORT = Number(args.port);
const TIMED = 20;
const PAGE_VIEWS = 20;
const AUTH_SECRET = process.env.AUTH_SECRET ?? "dateline-bench-secret-not-for-production-0001";
const ADMIN = { email: "bench-admin@example.test", password: "bench admin password not secret" };

type Row = { page: string; rps: number; p50: number; p99: number; ratio: string; rss: string; bytes: number; errors: number };

function loadLine(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");
}

// Resident memory of the server and its children (next start may fork), in MB.
function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // gone
    }
  };
  visit(pid);
  return kb / 1024;
}

async function measure(label: string, url: string, options: { headers?: Record<string, string>; paths?: () => string; pid?: number; baseline?: number; connections?: number; expect?: number }): Promise<Row> {
  let peak = 0;
  const sampler = options.pid ? setInterval(() => (peak = Math.max(peak, treeRssMb(options.pid!))), 100) : undefined;
  const result = await autocannon({
    url,
    connections: options.connections ?? CONNECTIONS,
    duration: SECONDS,
    headers: options.headers,
    requests: options.paths ? [{ setupRequest: (req) => ({ ...req, path: options.paths!() }) }] : undefined,
  });
  if (sampler) clearInterval(sampler);
  const rps = Math.round(result.requests.average);
  const row: Row = {
    page: label,
    rps,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ratio: options.baseline ? `${((rps / options.baseline) * 100).toFixed(1)} %` : "100 %",
    rss: options.pid ? `${Math.round(peak)} MB` : "–",
    bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
    // A 404 is the right answer for an unknown slug; anything else unexpected is counted.
    errors: result.errors + result.timeouts + Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, stat]) => (code === String(options.expect ?? 200) ? n : n + (code.startsWith("2") && !options.expect ? 0 : (stat.count ?? 0))), 0),
  };
  console.log(`  ${label}: ${rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.errors ? `, ${row.errors} errors/non-2xx` : ""}`);
  return row;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
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

function counter(make: (n: number) => string): () => string {
  let n = 0;
  return () => make(n++);
}

type TimedRow = { page: string; p50: number; p95: number; max: number; bytes: number; errors: number };

// Server time as a reader or editor meets it: one request at a time (loopback, so the
// wall time is the server's), each a different page so nothing comes from a cache.
async function timeOneByOne(label: string, base: string, paths: string[], headers?: Record<string, string>): Promise<TimedRow> {
  const times: number[] = [];
  let bytes = 0;
  let errors = 0;
  for (const target of paths) {
    const begun = performance.now();
    const response = await fetch(`${base}${target}`, { headers, redirect: "manual" });
    const body = await response.arrayBuffer();
    times.push(performance.now() - begun);
    bytes = body.byteLength;
    if (response.status !== 200) errors += 1;
  }
  const slowest = times.indexOf(Math.max(...times));
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  const row = { page: label, p50: at(0.5), p95: at(0.95), max: Math.round(times.at(-1)!), bytes, errors };
  console.log(`  ${label}: p50 ${row.p50} ms, p95 ${row.p95} ms, max ${row.max} ms (request ${slowest + 1} of ${paths.length}), next slowest ${Math.round(times.at(-2) ?? 0)} ms`);
  return row;
}

// Visible text of a page (what a reader reads), to compare the HTML's size with.
function visibleTextBytes(html: string): number {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "");
  return Buffer.byteLength(body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "));
}

// Where an HTML page's bytes go: what a reader sees (the body's markup without any
// script), the head (metadata, structured data), and script anywhere (hydration payloads).
function measureHtml(html: string): { visible: number; head: number; jsonLd: number; scripts: number } {
  const bytes = (s: string) => Buffer.byteLength(s);
  const head = /<head[\s\S]*?<\/head>/.exec(html)?.[0] ?? "";
  const body = /<body[\s\S]*<\/body>/.exec(html)?.[0] ?? html;
  const scriptsIn = (s: string) => [...s.matchAll(/<script[\s\S]*?<\/script>/g)].map((m) => m[0]);
  const jsonLd = scriptsIn(html).filter((s) => s.includes("application/ld+json"));
  const otherScripts = scriptsIn(html).filter((s) => !s.includes("application/ld+json"));
  return {
    visible: bytes(body.replace(/<script[\s\S]*?<\/script>/g, "")),
    head: bytes(head),
    jsonLd: jsonLd.reduce((n, s) => n + bytes(s), 0),
    scripts: otherScripts.reduce((n, s) => n + bytes(s), 0),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Load average at start (1, 5, 15 min): ${loadLine()}`);
  const server = await provideDatabase("postgres", { quiet: true });
  const admin = new URL(server.url);
  admin.pathname = "/postgres";
  // Its own database, never one another run (or another checkout) is using.
  const dbName = process.env.BENCH_DB_NAME ?? `dateline_bench_${randomBytes(4).toString("hex")}`;
  const dbUrl = new URL(server.url);
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();

  let next: ChildProcess | undefined;
  let plain: http.Server | undefined;
  let edge: Edge | undefined;
  try {
    console.log(`\n▶ Corpus: ${ARTICLES.toLocaleString("en")} articles, 300 tags, 50 authors in database ${dbName}`);
    await recreateDatabase(admin.toString(), dbName);
    await prepareDatabase(databaseUrl, ADMIN);
    const corpus = await seedCorpus(databaseUrl, { articles: ARTICLES, log: (line) => process.stdout.write(`${line}\r`) });
    console.log("");

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(PORT),
    };
    if (isBuildStale(root)) buildNext(root, env);
    // Cached pages from an earlier run show another database.
    for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) rmSync(path.join(root, dir), { recursive: true, force: true });
    next = spawn(process.execPath, [serveScript(root), "start", "--hostname", HOST, "--port", String(PORT)], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    const base = `http://${HOST}:${PORT}`;
    await waitFor(`${base}/api/health`);
    const pid = next.pid!;

    const newest = corpus.articleSlugs[0]!;
    const articleUrl = `${base}/articles/${newest}`;
    const first = await fetch(articleUrl);
    if (!first.ok) throw new Error(`${articleUrl} answered ${first.status}.`);
    const html = Buffer.from(await first.arrayBuffer());
    const text = visibleTextBytes(html.toString("utf8"));
    const size = measureHtml(html.toString("utf8"));

    plain = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": html.length });
      res.end(html);
    });
    await new Promise<void>((resolve) => plain!.listen(PORT + 1, HOST, resolve));

    const adminUser = await (async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const user = (await client.query<{ id: string; name: string; session_version: number }>(`SELECT id, name, session_version FROM users WHERE email = $1`, [ADMIN.email])).rows[0]!;
        // A signed-in browser has a session row (lib/auth/sessions.ts) named in its cookie.
        const session = await client.query<{ id: string }>(`INSERT INTO user_sessions (user_id, method, session_version, user_agent) VALUES ($1, 'credentials', $2, 'bench') RETURNING id`, [user.id, user.session_version]);
        const article = await client.query<{ id: string }>(`SELECT id FROM articles WHERE slug = $1`, [newest]);
        return { ...user, sid: session.rows[0]!.id, newestId: article.rows[0]!.id };
      } finally {
        await client.end();
      }
    })();
    const cookieName = "authjs.session-token";
    const session = await encode({ token: { sub: adminUser.id, uid: adminUser.id, sid: adminUser.sid, sv: adminUser.session_version, name: adminUser.name, email: ADMIN.email }, secret: AUTH_SECRET, salt: cookieName });
    const signedIn = { cookie: `${cookieName}=${session}` };
    const adminCheck = await fetch(`${base}/admin`, { headers: signedIn, redirect: "manual" });
    if (adminCheck.status !== 200) throw new Error(`The signed-in admin list answered ${adminCheck.status}; the bench session was refused.`);

    const tag = corpus.tagSlugs[0]!;
    const searchWords = ["ceasefire", "doha talks", "minister", "prisoners", "taliban", "harbour", "election", "negotiations"];
    // Warm the cached pages once.
    for (const p of ["/", `/tags/${tag}`, "/feed.xml", "/articles/no-such-story"]) await fetch(`${base}${p}`);
    await fetch(articleUrl);

    if (args.live || args["live-only"]) {
      console.log(`\n▶ Live coverage: readers polling one live article while an entry is posted every second (load now ${loadLine()})`);
      const live = await runLiveScenario({ root, databaseUrl, appBase: base, appPort: PORT, edgePort: PORT + 3, slug: newest, seconds: SECONDS, connections: CONNECTIONS });
      const liveTable = formatLiveResult(live, CONNECTIONS, SECONDS);
      console.log(`\n${liveTable}\n`);
      if (!args["no-write"]) writeMarked(path.join(root, "docs/live.md"), "bench-live", `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} CPUs, load ${loadLine()}.\n\n${liveTable}`);
      if (args["live-only"]) return;
    }

    const loadBefore = loadLine();
    console.log(`\n▶ Measuring: ${CONNECTIONS} connections, ${SECONDS} s each, loopback (load now ${loadBefore})`);
    const rows: Row[] = [];
    const baseline = await measure("node:http, same article HTML from memory", `http://${HOST}:${PORT + 1}/`, {});
    rows.push(baseline);
    const b = baseline.rps;
    rows.push(await measure("Article page, cache hit (ISR)", articleUrl, { pid, baseline: b }));
    rows.push(
      await measure("Article page, cache miss (a different article each request)", base, {
        pid,
        baseline: b,
        paths: counter((n) => `/articles/${corpus.articleSlugs[1 + (n % (corpus.articleSlugs.length - 1))]}`),
      }),
    );
    rows.push(await measure("Home page", `${base}/`, { pid, baseline: b }));
    rows.push(await measure("Tag page", `${base}/tags/${tag}`, { pid, baseline: b }));
    rows.push(await measure("Search, the same 8 queries (answers cached)", base, { pid, baseline: b, paths: counter((n) => `/search?q=${encodeURIComponent(searchWords[n % searchWords.length]!)}`) }));
    // An exclusion no article has: the same matches and work, but never a cached answer.
    rows.push(
      await measure("Search, a new query each request", base, {
        pid,
        baseline: b,
        paths: counter((n) => `/search?q=${encodeURIComponent(`${searchWords[n % searchWords.length]!} -zq${n}x${started}`)}`),
      }),
    );
    rows.push(await measure("RSS feed", `${base}/feed.xml`, { pid, baseline: b }));
    rows.push(await measure("Unknown slug, the same one", `${base}/articles/no-such-story`, { pid, baseline: b, expect: 404 }));
    rows.push(await measure("Unknown slug, a new one each request", base, { pid, baseline: b, expect: 404, paths: counter((n) => `/articles/no-such-story-${n}-${started}`) }));
    rows.push(await measure("Admin article list, signed in", `${base}/admin`, { pid, baseline: b, headers: signedIn }));
    // The same list as a browser opens it: the page and whatever its script asks for.
    const views: PageViewResult[] = [];
    const executable = loadSettings().CHROMIUM_PATH;
    if (existsSync(executable)) {
      console.log(`\n▶ Newsroom pages opened in Chromium, ${PAGE_VIEWS} views each`);
      const cookie = { name: cookieName, value: session };
      views.push(await measurePageViews("Newsroom article list (`/admin`)", `${base}/admin`, { executable, pid, cookie, views: PAGE_VIEWS }));
      views.push(await measurePageViews("An article in the editor", `${base}/admin/articles/${adminUser.newestId}`, { executable, pid, cookie, views: PAGE_VIEWS }));
    } else {
      console.log(`\nNo Chromium at ${executable} (apt-get install chromium, or set CHROMIUM_PATH): newsroom pages in a browser not measured.`);
    }
    if (args.edge) {
      edge = await startEdge({ upstreamPort: PORT, port: PORT + 2, root });
      await fetch(`http://${HOST}:${PORT + 2}/articles/${newest}`);
      rows.push(await measure("Article page through nginx micro-cache (--edge)", `http://${HOST}:${PORT + 2}/articles/${newest}`, { pid, baseline: b }));
    }
    console.log(`\n▶ Server time, one request at a time, ${TIMED} different pages each`);
    const pick = <T,>(list: T[], i: number) => list[(i * 7 + 11) % list.length]!;
    const timed: TimedRow[] = [];
    const each = (make: (i: number) => string) => Array.from({ length: TIMED }, (_, i) => make(i));
    timed.push(await timeOneByOne("Tag page, not cached (a different tag each time)", base, each((i) => `/tags/${corpus.tagSlugs[1 + i]}`)));
    timed.push(await timeOneByOne("Tag page 2, not cached", base, each((i) => `/tags/${corpus.tagSlugs[1 + i]}/page/2`)));
    timed.push(await timeOneByOne("Search, a new question each time", base, each((i) => `/search?q=${encodeURIComponent(`${pick(searchWords, i)} -zt${i}x${started}`)}`)));
    timed.push(await timeOneByOne("Admin article list, signed in", base, each(() => "/admin"), signedIn));
    timed.push(await timeOneByOne("Admin list filtered by tag", base, each((i) => `/admin?tag=${pick(corpus.tagSlugs, i)}`), signedIn));
    timed.push(await timeOneByOne("Admin list, a search", base, each((i) => `/admin?q=${encodeURIComponent(`${pick(searchWords, i)} -za${i}x${started}`)}`), signedIn));
    const loadAfter = loadLine();

    const table = [
      "| page | req/s | p50 ms | p99 ms | vs node:http | server peak RSS | bytes/response | unexpected answers |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map((r) => `| ${r.page} | ${r.rps.toLocaleString("en")} | ${r.p50} | ${r.p99} | ${r.ratio} | ${r.rss} | ${r.bytes.toLocaleString("en")} | ${r.errors} |`),
    ].join("\n");
    const timedTable = [
      `| page (server time, ${TIMED} requests one at a time) | p50 ms | p95 ms | max ms | bytes/response | unexpected answers |`,
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...timed.map((r) => `| ${r.page} | ${r.p50} | ${r.p95} | ${r.max} | ${r.bytes.toLocaleString("en")} | ${r.errors} |`),
    ].join("\n");
    const cpus = os.cpus();
    const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
    const date = new Date().toISOString().replace(/\.\d+Z$/, " UTC").replace("T", " ");
    const htmlLine = `Article page HTML: ${html.length.toLocaleString("en")} bytes; its visible text plus markup (the \`<body>\` without scripts) ${size.visible.toLocaleString("en")} bytes, so the HTML is ${(html.length / size.visible).toFixed(2)} × that (target ≤ 1.5); the rest is the \`<head>\` (metadata, ${size.head.toLocaleString("en")} bytes, of which JSON-LD ${size.jsonLd.toLocaleString("en")}) and ${size.scripts.toLocaleString("en")} bytes of other script; visible text alone ${text.toLocaleString("en")} bytes.`;
    const summary = [
      `Machine: ${machine}`,
      `Date: ${date}`,
      `Corpus: ${ARTICLES.toLocaleString("en")} articles, 300 tags, 50 authors; ${CONNECTIONS} connections, ${SECONDS} s a measurement, autocannon on the same machine (loopback).`,
      `Load average (1, 5, 15 min) before measuring: ${loadBefore} → after: ${loadAfter}.`,
      htmlLine,
      `Whole run: ${Math.round((Date.now() - started) / 1000)} s.`,
    ];
    const viewTable = views.length > 0 ? formatPageViews(views) : "Newsroom pages in a browser: not measured (no Chromium).";
    console.log(`\n${table}\n\n${timedTable}\n\n${viewTable}\n\n${summary.join("\n")}\n`);

    if (!args["no-write"]) {
      const file = path.join(root, "docs/performance.md");
      const current = existsSync(file) ? readFileSync(file, "utf8") : "";
      const block = `<!-- bench:start -->\n${summary.map((l) => `${l}  `).join("\n")}\n\n${table}\n\n${timedTable}\n\n${viewTable}\n<!-- bench:end -->`;
      const updated = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(current)
        ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
        : `# Performance\n\nFigures written by \`npm run bench\`.\n\n${block}\n`;
      writeFileSync(file, updated);
      console.log(`Wrote ${path.relative(root, file)}.`);
    }
  } finally {
    await edge?.stop();
    plain?.close();
    next?.kill("SIGTERM");
    if (!args["keep-database"]) {
      await new Promise((r) => setTimeout(r, 500));
      const client = new pg.Client({ connectionString: admin.toString() });
      await client
        .connect()
        .then(() => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`))
        .catch(() => undefined)
        .finally(() => client.end());
    }
    await server.stop();
  }
}

/** Replaces the block between `<!-- name:start -->` and `<!-- name:end -->` in a Markdown file. */
function writeMarked(file: string, name: string, text: string): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const block = `<!-- ${name}:start -->\n${text}\n<!-- ${name}:end -->`;
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current}\n${block}\n`);
  console.log(`Wrote ${path.relative(root, file)}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
