// `npm run bench:api`: the Content API's list endpoints at 100,000 articles (issue 16, item 5).
// Seeds bench/seed-corpus.ts's corpus into its own database once (DATABASE_URL, or
// dateline_api_bench next to it), then times each list query in-process, server time only
// (no HTTP): the full route handler (key check, rate-limit upsert, query, JSON, ETag) and,
// for the main query, EXPLAIN ANALYZE.
import pg from "pg";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { prepareDatabase } from "../scripts/lib/prepare-database.ts";
import { createDatabaseIfMissing } from "../scripts/lib/database.ts";
import { seedCorpus } from "./seed-corpus.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" }, runs: { type: "string", default: "30" } } });
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const base = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const url = new URL(base);
const admin = new URL(base);
admin.pathname = "/postgres";
url.pathname = "/dateline_api_bench";
await createDatabaseIfMissing(admin.toString(), "dateline_api_bench");
await prepareDatabase(url.toString(), { email: "bench-admin@example.test", password: "bench admin password not secret" });
process.env.DATABASE_URL = url.toString();

const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
const count = Number((await client.query("SELECT count(*) FROM articles")).rows[0].count);
if (count < ARTICLES) {
  console.log(`Seeding ${ARTICLES - count} articles (once)…`);
  await seedCorpus(url.toString(), { articles: ARTICLES - count, log: (line) => process.stdout.write(`${line}\r`) });
  console.log("");
}
const tag = (await client.query(`SELECT t.slug FROM tags t JOIN article_tags x ON x.tag_id = t.id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1`)).rows[0].slug as string;
const rareTag = (await client.query(`SELECT t.slug FROM tags t JOIN article_tags x ON x.tag_id = t.id GROUP BY t.slug ORDER BY count(*) ASC LIMIT 1`)).rows[0].slug as string;
const author = (await client.query(`SELECT u.slug FROM users u JOIN bylines b ON b.user_id = u.id GROUP BY u.slug ORDER BY count(*) DESC LIMIT 1`)).rows[0].slug as string;
const total = Number((await client.query("SELECT count(*) FROM articles")).rows[0].count);

const { GET: listArticles } = await import("../app/api/v1/articles/route.ts");
const { GET: listTags } = await import("../app/api/v1/tags/route.ts");
const { GET: listAuthors } = await import("../app/api/v1/authors/route.ts");
const { disconnectDb } = await import("../lib/db.ts");

type Handler = (request: Request, route: { params: Promise<Record<string, never>> }) => Promise<Response>;
async function time(label: string, handler: Handler, path: string) {
  const samples: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    await client.query(`DELETE FROM rate_limit_buckets WHERE key LIKE 'api:%'`);
    const started = performance.now();
    const response = await handler(new Request(`http://localhost${path}`), { params: Promise.resolve({}) });
    const text = await response.text();
    const ms = performance.now() - started;
    status = response.status;
    bytes = text.length;
    if (i >= 3) samples.push(ms); // the first runs warm caches and the renderer
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]!;
  console.log(`${label.padEnd(46)} ${String(status).padEnd(4)} median ${median.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  ${(bytes / 1024).toFixed(0)} KB`);
}

console.log(`Content API list endpoints, ${total.toLocaleString("en")} articles, ${RUNS} runs each (server time, in-process)`);
const since = new Date(Date.now() - 3 * 86_400_000).toISOString();
const first = await (await listArticles(new Request("http://localhost/api/v1/articles?limit=20"), { params: Promise.resolve({}) })).json();
const deepCursor = await (async () => {
  let cursor = first.meta.next_cursor as string;
  for (let i = 0; i < 50; i++) cursor = (await (await listArticles(new Request(`http://localhost/api/v1/articles?limit=100&fields=slug&cursor=${cursor}`), { params: Promise.resolve({}) })).json()).meta.next_cursor;
  return cursor;
})();
await time("articles (default, 20)", listArticles, "/api/v1/articles");
await time("articles limit=100", listArticles, "/api/v1/articles?limit=100");
await time("articles page 5,000+ by cursor", listArticles, `/api/v1/articles?cursor=${deepCursor}`);
await time(`articles tag=${tag} (largest tag)`, listArticles, `/api/v1/articles?tag=${tag}`);
await time(`articles tag=${rareTag} (smallest tag)`, listArticles, `/api/v1/articles?tag=${rareTag}`);
await time(`articles author=${author}`, listArticles, `/api/v1/articles?author=${author}`);
await time("articles sort=updated", listArticles, "/api/v1/articles?sort=updated");
await time("articles updated_since (3 days)", listArticles, `/api/v1/articles?sort=updated&updated_since=${since}`);
await time("articles published_since (3 days)", listArticles, `/api/v1/articles?published_since=${since}`);
await time("articles q=ceasefire", listArticles, "/api/v1/articles?q=ceasefire");
await time("articles q=ceasefire tag", listArticles, `/api/v1/articles?q=ceasefire&tag=${tag}`);
await time("articles fields=headline,url", listArticles, "/api/v1/articles?fields=headline,url");
await time("articles include=body (20 bodies rendered)", listArticles, "/api/v1/articles?include=body");
await time("articles format=ninjs (20, with bodies)", listArticles, "/api/v1/articles?format=ninjs");
await time("tags", listTags, "/api/v1/tags");
await time("authors", listAuthors, "/api/v1/authors");

const now = new Date().toISOString();
const plan = await client.query(
  `EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM articles WHERE status IN ('PUBLISHED','SCHEDULED') AND published_at <= $1::timestamptz AND deleted_at IS NULL ORDER BY published_at DESC, id DESC LIMIT 21`,
  [now],
);
console.log("\nEXPLAIN ANALYZE, the default list's article query:\n" + plan.rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n"));
await client.end();
await disconnectDb();
