// Measures the curated front's uncached server work at 100,000 articles, without HTTP:
//   node --conditions=react-server --import tsx bench/front-resolve.ts [--articles 100000]
//   [--reuse] (the seeded database as it is) [--runs 40] [--html FILE] (the last front's
//   HTML, to compare a change's output with the code before it, on the same data)
//   With DATABASE_URL (a server's admin database, e.g. postgresql://…/postgres) it seeds
//   on that server; without it, on the embedded PostgreSQL (.data/postgres, port 54329).
// Seeds its own database (dateline_perf_fronts: light bodies; the front reads no body
// when a story has a standfirst, and large bodies live out of line in TOAST, so body size
// does not change these reads), publishes a 10-block home layout, then times what the
// home route does on a cache miss (live layout beside the section tree and the "older"
// link; then publication clock and stories; render to HTML) and prints EXPLAIN ANALYZE
// for its article queries.
import { parseArgs } from "node:util";
import pg from "pg";
import { provideDatabase, recreateDatabase } from "../scripts/lib/database.ts";
import { prepareDatabase } from "../scripts/lib/prepare-database.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" }, runs: { type: "string", default: "40" }, reuse: { type: "boolean", default: false }, html: { type: "string" } } });
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const DB_NAME = process.env.PERF_DB_NAME ?? "dateline_perf_fronts";

async function seed(url: string): Promise<{ sections: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica"); // no search-vector triggers while loading
    const top = await client.query<{ id: string }>(
      `INSERT INTO sections (name, slug, path, position, updated_at) SELECT 'Section ' || g, 's' || g, 's' || g, g, now() FROM generate_series(1, 10) g RETURNING id`,
    );
    const children = await client.query<{ id: string }>(
      `INSERT INTO sections (name, slug, path, position, parent_id, updated_at)
       SELECT 'Sub ' || g, 'sub' || g, 's' || (1 + g % 10) || '/sub' || g, g, (SELECT id FROM sections WHERE path = 's' || (1 + g % 10)), now() FROM generate_series(1, 20) g RETURNING id`,
    );
    const sections = [...top.rows, ...children.rows].map((r) => r.id);
    await client.query(`INSERT INTO users (email, name, slug, role, updated_at) SELECT 'perf' || g || '@example.test', 'Author ' || g, 'perf-author-' || g, 'REPORTER', now() FROM generate_series(1, 50) g`);
    await client.query(`INSERT INTO tags (name, slug, updated_at) SELECT 'Topic ' || g, 'perf-topic-' || g, now() FROM generate_series(1, 300) g`);
    await client.query(
      `INSERT INTO articles (slug, headline, standfirst, body, status, published_at, updated_at, section_id)
       SELECT 'perf-' || g, 'Headline number ' || g, 'A standfirst of some thirty words for story ' || g,
              '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Body."}]}]}',
              (CASE WHEN g % 50 = 0 THEN 'DRAFT' WHEN g % 97 = 0 THEN 'UNPUBLISHED' WHEN g <= 10 THEN 'SCHEDULED' ELSE 'PUBLISHED' END)::"ArticleStatus",
              CASE WHEN g % 50 = 0 THEN NULL WHEN g <= 10 THEN now() + g * interval '1 hour' ELSE now() - g * interval '5 minutes' END,
              now(), ($1::uuid[])[1 + g % $2]
       FROM generate_series(1, $3::int) g`,
      [sections, sections.length, ARTICLES],
    );
    await client.query(
      `INSERT INTO bylines (article_id, user_id, position)
       SELECT a.id, u.id, 0 FROM (SELECT id, row_number() OVER () AS n FROM articles WHERE slug LIKE 'perf-%') a
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n FROM users WHERE slug LIKE 'perf-author-%') u ON u.n = a.n % 50`,
    );
    await client.query(
      `INSERT INTO article_tags (article_id, tag_id, position)
       SELECT a.id, t.id, k FROM (SELECT id, row_number() OVER () AS n FROM articles WHERE slug LIKE 'perf-%') a
       CROSS JOIN generate_series(0, 2) k
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n FROM tags WHERE slug LIKE 'perf-topic-%') t ON t.n = (a.n * 7 + k * 101) % 300`,
    );
    await client.query("ANALYZE");
    return { sections };
  } finally {
    await client.end();
  }
}

async function readSeeded(url: string): Promise<{ sections: string[]; pins: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sections = await client.query<{ id: string }>(`SELECT id FROM sections ORDER BY parent_id NULLS FIRST, position`);
    const pins = await client.query<{ id: string }>(`SELECT id FROM articles WHERE status = 'PUBLISHED' AND slug LIKE 'perf-%' ORDER BY published_at DESC OFFSET 500 LIMIT 7`);
    return { sections: sections.rows.map((r) => r.id), pins: pins.rows.map((r) => r.id) };
  } finally {
    await client.end();
  }
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (${samples.length} runs)`;
}

async function main(): Promise<void> {
  const server = await provideDatabase("postgres", { quiet: true });
  const admin = new URL(server.url);
  admin.pathname = "/postgres";
  const dbUrl = new URL(server.url);
  dbUrl.pathname = `/${DB_NAME}`;
  if (!values.reuse) {
    await recreateDatabase(admin.toString(), DB_NAME);
    await prepareDatabase(dbUrl.toString(), { email: "perf-admin@example.test", password: "perf admin password not secret" });
    console.log(`Seeding ${ARTICLES.toLocaleString("en")} articles…`);
    await seed(dbUrl.toString());
  }
  process.env.DATABASE_URL = dbUrl.toString();
  const { sections, pins } = await readSeeded(dbUrl.toString());

  const { db, disconnectDb, prismaSql } = await import("../lib/db.ts");
  const { saveFront } = await import("../lib/fronts/save-front.ts");
  const { getLiveLayout } = await import("../lib/fronts/get-live-layout.ts");
  const { resolveFront } = await import("../lib/fronts/resolve-front.ts");
  const { readPublicationClock } = await import("../lib/cache/publication-clock.ts");
  const { hasOlderPage } = await import("../lib/articles/list-published-articles.ts");
  const { publicArticleSql } = await import("../lib/articles/public-filter.ts");
  const { sql } = await import("../lib/db/sql.ts");
  const { FrontPage } = await import("../components/site/front-page.tsx");
  const { HomePage } = await import("../components/site/home-page.tsx");
  const { listPublishedArticles } = await import("../lib/articles/list-published-articles.ts");
  const editor = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true, role: true } });

  // Ten blocks: a pinned lead, a six-story row (two pinned), five section blocks, a hand-picked list, a river.
  const blocks = [
    { type: "lead" as const, pick: pins[0]! },
    { type: "top" as const, title: "Top stories", size: 6, picks: [pins[1]!, pins[2]!] },
    ...sections.slice(0, 5).map((sectionId) => ({ type: "section" as const, sectionId, title: "", count: 5 })),
    { type: "picks" as const, title: "Editor's picks", picks: pins.slice(3, 7) },
    { type: "river" as const, title: "Latest", count: 20 },
    { type: "section" as const, sectionId: sections[12]!, title: "", count: 4 },
  ];
  await saveFront(editor, "home", { kind: "PUBLISH", blocks }, new Date(Date.now() - 1000));

  const parts: Record<string, number[]> = { "reads (layout, tree, clock, stories, older link)": [], render: [] };
  const timed = async <T,>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    const out = await fn();
    parts[name]!.push(performance.now() - t);
    return out;
  };
  const render = async () => {
    const now = new Date();
    // As the home route does (app/(site)/[[...page]]/route.ts): the layout beside the
    // section tree and the "older" link, the clock once the layout is in, then the stories.
    const [resolved, more] = await timed("reads (layout, tree, clock, stories, older link)", () => {
      const layout = getLiveLayout("home", now);
      return Promise.all([resolveFront(layout.then((l) => l.blocks!), { now }), hasOlderPage(), layout.then(() => readPublicationClock(now))]);
    });
    const html = await timed("render", () => FrontPage({ meta: {}, heading: "Latest news", headingVisible: false, blocks: resolved, moreHref: more ? "/page/2" : null }).html);
    return { html, stories: resolved.reduce((n, b) => n + b.articles.length, 0) };
  };
  for (let i = 0; i < 5; i++) await render(); // warm the pool and the plans
  for (const list of Object.values(parts)) list.length = 0;
  // The home page as it was before fronts (the newest 20, no curation), timed in turn with
  // the front, so a busy machine slows both alike: the ratio is the figure that travels.
  const before = async () => {
    const now = new Date();
    await readPublicationClock(now);
    const { articles, hasNext } = await listPublishedArticles({ page: 1 });
    return HomePage({ page: 1, articles, hasNext }).html;
  };
  for (let i = 0; i < 3; i++) await before();
  const samples: number[] = [];
  const baseline: number[] = [];
  // This process's CPU time (user + sys) per render: what a loaded machine inflates least
  // (wall time waits for the CPU too); PostgreSQL's own time is not in it.
  const cpu: number[] = [];
  const baselineCpu: number[] = [];
  const cpuMs = (start: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  let last = { html: "", stories: 0 };
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    let cpuStart = process.cpuUsage();
    last = await render();
    samples.push(performance.now() - started);
    cpu.push(cpuMs(cpuStart));
    started = performance.now();
    cpuStart = process.cpuUsage();
    await before();
    baseline.push(performance.now() - started);
    baselineCpu.push(cpuMs(cpuStart));
  }
  console.log(`\nThe pre-fronts home page (newest 20), same runs: ${stats(baseline)}`);
  console.log(`  its CPU time in this process: ${stats(baselineCpu)}`);
  console.log(`\nUncached 10-block front at ${ARTICLES.toLocaleString("en")} articles: ${stats(samples)}; ${last.stories} stories, ${last.html.length.toLocaleString("en")} bytes of HTML`);
  console.log(`  its CPU time in this process: ${stats(cpu)}`);
  if (values.html) (await import("node:fs")).writeFileSync(values.html, last.html);
  for (const [name, list] of Object.entries(parts)) console.log(`  ${name}: ${stats(list)}`);
  console.log(`  load average: ${(await import("node:os")).loadavg().map((n) => n.toFixed(1)).join(", ")}`);

  const now = new Date();
  const explain = async (label: string, query: ReturnType<typeof sql>) => {
    const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(prismaSql(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`));
    console.log(`\n── ${label}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  };
  const blockIdx = [0, 1, 2, 3, 4];
  await explain(
    "five section blocks (subsections included), newest 5 + demand each",
    sql`SELECT b.idx, pick.id FROM unnest(${blockIdx}::int[], ${blockIdx.map(() => 60)}::int[]) AS b(idx, n)
        CROSS JOIN LATERAL (
          SELECT per_section.id, per_section.published_at FROM unnest(${blockIdx}::int[], ${sections.slice(0, 5)}::uuid[]) AS m(idx, section_id)
          CROSS JOIN LATERAL (SELECT a.id, a.published_at FROM articles a WHERE a.section_id = m.section_id AND ${publicArticleSql("a", now)} ORDER BY a.published_at DESC, a.id DESC LIMIT b.n) per_section
          WHERE m.idx = b.idx ORDER BY per_section.published_at DESC, per_section.id DESC LIMIT b.n) pick`,
  );
  await explain("the fill: newest public ids", sql`SELECT a.id FROM articles a WHERE ${publicArticleSql("a", now)} ORDER BY a.published_at DESC, a.id DESC LIMIT 80`);
  await disconnectDb();
  await server.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
