// `npm run test:reliability`: faults and load against a Dateline of its own — its own
// embedded PostgreSQL (own port and data folder; the machine's PostgreSQL is never
// touched) and its own app server (scripts/serve.js), all on 127.0.0.1, every loop bounded in time.
//   1. concurrent saves: 1,000 saves of one article from 20 clients;
//   2. PostgreSQL restart under reads and saves: health 503 while down, recovery, no lost save;
//   3. the app killed in the middle of a publish: all or nothing;
//   4. load: 200 readers, 20 searchers and 5 editors for LOAD_SECONDS (60): no 5xx, no lost save.
// Prints what it tried and what held; exits 1 on any broken promise.
import { rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts";
import { recreateDatabase } from "./lib/database.ts";
import { buildNext, isBuildStale } from "./lib/next-build.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { loadSettings } from "./lib/settings.ts";
import {
  ROOT, currentVersion, insertDraft, killApp, makeEditor, revisionHeadlines, saveActionId, saveArticle, signIn, sleep, startApp, withDb,
  type App, type Staff,
} from "../tests/reliability/harness.ts";

const PG_PORT = Number(process.env.RELIABILITY_PG_PORT ?? 54417);
const APP_PORT = Number(process.env.RELIABILITY_PORT ?? 3217);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DATA_DIR = path.join(ROOT, ".data", `reliability-pg-${PG_PORT}`);

const failures: string[] = [];
let checksPassed = 0;
function check(ok: boolean, message: string): void {
  console.log(`  ${ok ? "✓" : "✗"} ${message}`);
  if (ok) checksPassed++;
  else failures.push(message);
}

async function concurrentSaves(app: App, dbUrl: string, actionId: string): Promise<void> {
  console.log("\n▶ 1,000 concurrent saves of one article from 20 clients (20 sessions of one editor)");
  // Twenty sessions of one editor (twenty tabs and devices): the editing lock is theirs
  // in every one, so only the version check stands between the saves. (Twenty different
  // editors are stopped earlier by the lock: "… took over editing".)
  const person = await makeEditor(dbUrl);
  const editors: Staff[] = [];
  for (let i = 0; i < 20; i += 1) editors.push(await signIn(app.origin, person));
  const articleId = await insertDraft(dbUrl, person.id, "Contested story");
  const acknowledged: { headline: string; version: number }[] = [];
  let refused = 0;
  const reasons = new Map<string, number>();
  const failed: string[] = [];
  await Promise.all(
    editors.map(async (editor, client) => {
      let version = 1;
      for (let i = 0; i < 50; i += 1) {
        const headline = `Contested story, client ${client} save ${i}`;
        const answer = await saveArticle(app.origin, actionId, editor.cookie, { id: articleId, version, headline });
        if (answer.kind === "acknowledged") {
          acknowledged.push({ headline, version: answer.version });
          version = answer.version;
        } else if (answer.kind === "refused") {
          refused += 1;
          const reason = answer.message.replace(/\d{1,2}:\d{2}.*$/, "").slice(0, 70);
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          // Told the article changed: reload, as the editor's screen offers.
          version = await currentVersion(dbUrl, articleId);
        } else failed.push(answer.detail);
      }
    }),
  );
  const found = await revisionHeadlines(dbUrl, [articleId]);
  const missing = acknowledged.filter((a) => !found.has(a.headline));
  const versions = new Set(acknowledged.map((a) => a.version));
  const last = acknowledged.reduce((a, b) => (b.version > a.version ? b : a));
  const stored = await withDb(dbUrl, async (c) => (await c.query(`SELECT headline, version FROM articles WHERE id = $1`, [articleId])).rows[0]);
  console.log(`  saves sent 1000: acknowledged ${acknowledged.length}, refused with a message ${refused}, failed ${failed.length}; acknowledged found in history ${acknowledged.length - missing.length}`);
  console.log(`  refusals as told: ${[...reasons].map(([r, n]) => `${n}× "${r}"`).join("; ")}`);
  check(acknowledged.length + refused + failed.length === 1000, "every save got an answer");
  check(failed.length === 0, `no save failed without a message${failed.length ? `: ${failed[0]}` : ""}`);
  check(missing.length === 0, "every acknowledged save is in the revision history");
  check(versions.size === acknowledged.length, "no two acknowledged saves share a version (none overwrote another)");
  check(stored.headline === last.headline && stored.version === last.version, "the article holds the last acknowledged save");
}

async function postgresRestart(app: App, dbUrl: string, actionId: string, restart: () => Promise<void>, stopDb: () => Promise<void>): Promise<void> {
  console.log("\n▶ PostgreSQL restart under steady reads and saves");
  const editors: Staff[] = [];
  for (let i = 0; i < 3; i += 1) editors.push(await signIn(app.origin, await makeEditor(dbUrl)));
  const articles = await Promise.all(editors.map((e, i) => insertDraft(dbUrl, e.id, `Restart story ${i}`)));
  const acknowledged: string[] = [];
  let refusedOrFailed = 0;
  let reads = 0;
  let readErrors = 0;
  let running = true;
  const readers = Array.from({ length: 10 }, async () => {
    while (running) {
      const response = await fetch(`${app.origin}/`).catch(() => null);
      reads += 1;
      if (!response || response.status >= 500) readErrors += 1;
      await response?.arrayBuffer().catch(() => undefined);
    }
  });
  const savers = editors.map(async (editor, n) => {
    let version = 1;
    let i = 0;
    while (running) {
      const headline = `Restart story ${n} save ${i++}`;
      const answer = await saveArticle(app.origin, actionId, editor.cookie, { id: articles[n]!, version, headline });
      if (answer.kind === "acknowledged") {
        acknowledged.push(headline);
        version = answer.version;
      } else {
        refusedOrFailed += 1;
        await sleep(200);
        version = await currentVersion(dbUrl, articles[n]!).catch(() => version);
      }
    }
  });
  await sleep(4000);
  const beforeRestart = acknowledged.length;
  await stopDb();
  const downAt = Date.now();
  let sawUnavailable = false;
  while (Date.now() - downAt < 4000) {
    const response = await fetch(`${app.origin}/api/health`).catch(() => null);
    if (response?.status === 503) sawUnavailable = true;
    await sleep(250);
  }
  await restart();
  const upAt = Date.now();
  let recoveredAfter = -1;
  while (Date.now() - upAt < 30_000) {
    const response = await fetch(`${app.origin}/api/health`).catch(() => null);
    if (response?.status === 200) {
      recoveredAfter = Date.now() - upAt;
      break;
    }
    await sleep(100);
  }
  const ackAtRecovery = acknowledged.length;
  await sleep(4000);
  running = false;
  await Promise.all([...readers, ...savers]);
  const found = await revisionHeadlines(dbUrl, articles);
  const missing = acknowledged.filter((h) => !found.has(h));
  console.log(`  reads ${reads} (${readErrors} failed while the database was down); saves acknowledged ${acknowledged.length} (${beforeRestart} before the restart), refused or failed ${refusedOrFailed}; found ${acknowledged.length - missing.length}`);
  check(sawUnavailable, "health answered 503 while PostgreSQL was down");
  check(recoveredAfter >= 0 && recoveredAfter < 10_000, `the app recovered by itself ${recoveredAfter >= 0 ? `${(recoveredAfter / 1000).toFixed(1)} s` : "never"} after PostgreSQL came back`);
  check(acknowledged.length > ackAtRecovery, "saves are acknowledged again after the restart");
  check(missing.length === 0, "every acknowledged save, before and after the restart, is in the database");
}

async function killDuringPublish(appRef: { app: App }, dbUrl: string, actionId: string, env: NodeJS.ProcessEnv): Promise<void> {
  console.log("\n▶ The app killed in the middle of a publish");
  const outcomes: string[] = [];
  // How long an undisturbed publish takes, so the kills land before, during and after it.
  const probe = await signIn(appRef.app.origin, await makeEditor(dbUrl));
  const probeId = await insertDraft(dbUrl, probe.id, "Publish timing probe");
  const timed = Date.now();
  await saveArticle(appRef.app.origin, actionId, probe.cookie, { id: probeId, version: 1, headline: "Publish timing probe", intent: "publish" });
  const publishMs = Math.max(10, Date.now() - timed);
  const delays = [0.2, 0.5, 1.0, 2.0, 4.0].map((f) => Math.round(f * publishMs));
  console.log(`  an undisturbed publish takes ${publishMs} ms; killing at ${delays.join(", ")} ms`);
  const editor = probe;
  for (let round = 0; round < delays.length; round += 1) {
    const id = await insertDraft(dbUrl, editor.id, `Publish under fire ${round}`);
    const pending = saveArticle(appRef.app.origin, actionId, editor.cookie, { id, version: 1, headline: `Publish under fire ${round}, final`, intent: "publish" });
    await sleep(delays[round]!);
    await killApp(appRef.app);
    const answer = await pending;
    appRef.app = await startApp(APP_PORT, env);
    // Warm the fresh process (first requests load the route's code), so the next kill
    // lands where the measured publish would be.
    const warm = await insertDraft(dbUrl, editor.id, "Warm-up");
    await saveArticle(appRef.app.origin, actionId, editor.cookie, { id: warm, version: 1, headline: "Warm-up", intent: "publish" });
    const state = await withDb(dbUrl, async (c) => {
      const article = (await c.query(`SELECT status, published_at, headline FROM articles WHERE id = $1`, [id])).rows[0];
      const published = (await c.query(`SELECT count(*)::int AS n FROM revisions WHERE article_id = $1 AND status = 'PUBLISHED'`, [id])).rows[0].n as number;
      const audit = (await c.query(`SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'article.publish'`, [id])).rows[0].n as number;
      return { status: article.status as string, publishedAt: article.published_at as Date | null, headline: article.headline as string, published, audit };
    });
    const fully = state.status === "PUBLISHED" && state.publishedAt !== null && state.published >= 1 && state.audit === 1 && state.headline.endsWith("final");
    const notAtAll = state.status === "DRAFT" && state.publishedAt === null && state.published === 0 && state.audit === 0;
    outcomes.push(fully ? "published" : notAtAll ? "not published" : "HALF");
    check(fully || notAtAll, `round ${round + 1} (killed after ${delays[round]} ms, client was told: ${answer.kind}): ${fully ? "fully published with revision and audit row" : notAtAll ? "not published at all" : JSON.stringify(state)}`);
    if (answer.kind === "acknowledged") check(fully, `round ${round + 1}: an acknowledged publish is published`);
  }
  console.log(`  outcomes: ${outcomes.join(", ")}`);
}

async function load(app: App, dbUrl: string, actionId: string): Promise<void> {
  console.log(`\n▶ Load: 200 readers, 20 readers searching their own words and 5 editors saving for ${LOAD_SECONDS} s`);
  const published = await withDb(dbUrl, async (c) => (await c.query(`SELECT slug FROM articles WHERE status = 'PUBLISHED' AND deleted_at IS NULL LIMIT 5`)).rows.map((r) => r.slug as string));
  // "/search?q=talks" is answered from the search cache after the first time.
  const paths = ["/", "/search?q=talks", "/feed.xml", ...published.map((s) => `/articles/${s}`)];
  // Searchers ask something new every time (an exclusion no article has), so each request
  // is a database search: they must not starve the editors' saves of connections.
  const words = ["doha", "talks", "ceasefire", "minister", "delegation", "afghanistan"];
  const editors: Staff[] = [];
  for (let i = 0; i < 5; i += 1) editors.push(await signIn(app.origin, await makeEditor(dbUrl)));
  const articles = await Promise.all(editors.map((e, i) => insertDraft(dbUrl, e.id, `Load story ${i}`)));
  const statuses = new Map<number, number>();
  const failedPaths = new Map<string, number>();
  const serverLinesBefore = app.errors().length;
  let networkErrors = 0;
  const latencies: number[] = [];
  const byPath = new Map<string, number[]>();
  const acknowledged: string[] = [];
  const notAcknowledged: string[] = [];
  const end = Date.now() + LOAD_SECONDS * 1000;
  const read = async (label: string, target: string) => {
    const started = Date.now();
    const response = await fetch(`${app.origin}${target}`).catch(() => null);
    if (!response) {
      networkErrors += 1;
      return;
    }
    if (response.status >= 500) failedPaths.set(label, (failedPaths.get(label) ?? 0) + 1);
    await response.arrayBuffer().catch(() => undefined);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    latencies.push(Date.now() - started);
    if (!byPath.has(label)) byPath.set(label, []);
    byPath.get(label)!.push(Date.now() - started);
  };
  const readers = Array.from({ length: 200 }, async (_, n) => {
    for (let i = n; Date.now() < end; i += 1) await read(paths[i % paths.length]!, paths[i % paths.length]!);
  });
  const searchers = Array.from({ length: 20 }, async (_, n) => {
    for (let i = 0; Date.now() < end; i += 1) await read("/search, new words each time", `/search?q=${words[(n + i) % words.length]}+-zq${n}r${i}`);
  });
  const savers = editors.map(async (editor, n) => {
    let version = 1;
    let i = 0;
    while (Date.now() < end) {
      const headline = `Load story ${n} save ${i++}`;
      const answer = await saveArticle(app.origin, actionId, editor.cookie, { id: articles[n]!, version, headline });
      if (answer.kind === "acknowledged") {
        acknowledged.push(headline);
        version = answer.version;
      } else notAcknowledged.push(answer.kind === "refused" ? answer.message : answer.detail);
      await sleep(250);
    }
  });
  await Promise.all([...readers, ...searchers, ...savers]);
  const found = await revisionHeadlines(dbUrl, articles);
  const missing = acknowledged.filter((h) => !found.has(h));
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  const fiveXX = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  console.log(`  reads ${total} (${Math.round(total / LOAD_SECONDS)}/s; ${[...statuses].map(([s, n]) => `${n}×${s}`).join(", ")}), network errors ${networkErrors}, latency p50 ${p(0.5)} ms p95 ${p(0.95)} ms p99 ${p(0.99)} ms`);
  for (const [target, times] of byPath) {
    times.sort((a, b) => a - b);
    console.log(`    ${target}: ${times.length} reads, p50 ${times[Math.floor(times.length / 2)]} ms, p95 ${times[Math.floor(times.length * 0.95)]} ms`);
  }
  console.log(`  saves acknowledged ${acknowledged.length}, not acknowledged ${notAcknowledged.length}, acknowledged found in history ${acknowledged.length - missing.length}`);
  check(fiveXX === 0 && networkErrors === 0, `zero 5xx responses and zero dropped connections (${fiveXX} 5xx, ${networkErrors} dropped)`);
  check(notAcknowledged.length === 0, `every save was acknowledged${notAcknowledged.length ? `: ${notAcknowledged[0]}` : ""}`);
  check(missing.length === 0, "zero lost saves");
  if (fiveXX > 0 || notAcknowledged.length > 0) {
    console.log(`  5xx by path: ${[...failedPaths].map(([p, n]) => `${p} ${n}×`).join(", ") || "none"}`);
    const lines = [...new Set(app.errors().slice(serverLinesBefore))].slice(0, 40);
    console.log(`  the server printed during the load:\n${lines.map((l) => `    | ${l}`).join("\n")}`);
  }
}

async function main(): Promise<number> {
  loadSettings();
  const started = Date.now();
  rmSync(DATA_DIR, { recursive: true, force: true });
  let db = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, quiet: true });
  const adminUrl = db.adminUrl;
  await recreateDatabase(adminUrl, "dateline_reliability");
  const dbUrl = adminUrl.replace(/\/postgres$/, "/dateline_reliability");
  await prepareDatabase(dbUrl, { email: "reliability-admin@example.test", password: "reliability admin password not secret" });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: dbUrl,
    AUTH_SECRET: "dateline-reliability-secret-not-for-production-0001",
    AUTH_TRUST_HOST: "true",
    SITE_URL: `http://127.0.0.1:${APP_PORT}`,
    PORT: String(APP_PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (isBuildStale(ROOT)) buildNext(ROOT, env);
  const appRef = { app: await startApp(APP_PORT, env) };
  const actionId = saveActionId();
  try {
    await concurrentSaves(appRef.app, dbUrl, actionId);
    await postgresRestart(
      appRef.app,
      dbUrl,
      actionId,
      async () => {
        db = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, quiet: true });
      },
      () => db.stop(),
    );
    await killDuringPublish(appRef, dbUrl, actionId, env);
    await load(appRef.app, dbUrl, actionId);
  } finally {
    await appRef.app.stop();
    await db.stop();
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
  console.log(`\nReliability: ${failures.length === 0 ? "every check held" : `${failures.length} check(s) failed`} in ${Math.round((Date.now() - started) / 1000)} s.`);
  // The plain closing line CI reads.
  console.log(`reliability: ${checksPassed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
