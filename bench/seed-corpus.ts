// Seeds a realistic corpus for `npm run bench`: N published articles with bodies like the
// sample article (about 40 KB of Tiptap JSON each), 300 tags (three per article), 50
// authors (one byline each). Multi-row INSERTs from arrays (unnest), 1,000 rows a
// statement; search vectors are computed once per article at the end (the per-row
// triggers are switched off for this session only while loading).
import { randomBytes } from "node:crypto";
import pg from "pg";

const WORDS = (
  "ceasefire talks minister budget election council harbour drought vaccine court verdict strike rail energy " +
  "border summit treaty flood wildfire market inflation school hospital bridge festival mayor senate protest " +
  "reform pension satellite orchestra museum league final transfer coastline glacier refinery airport tariff"
).split(" ");

export type Corpus = { articleSlugs: string[]; tagSlugs: string[]; authorSlugs: string[] };

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export async function seedCorpus(databaseUrl: string, options: { articles: number; tags?: number; authors?: number; log?: (line: string) => void }): Promise<Corpus> {
  const log = options.log ?? (() => undefined);
  const tagCount = options.tags ?? 300;
  const authorCount = options.authors ?? 50;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sample = await client.query<{ body: { type: string; content: unknown[] }; standfirst: string }>(
      `SELECT body, standfirst FROM articles WHERE slug LIKE 'afghanistan-end-of-a-round-of-talks-in-doha%' LIMIT 1`,
    );
    if (!sample.rows[0]) throw new Error("The sample article is missing from the bench database; the seed did not run.");
    const { body, standfirst } = sample.rows[0];
    // The sample's paragraphs after an article-specific first paragraph.
    const rest = JSON.stringify(body.content).slice(1, -1);

    await client.query("SET session_replication_role = replica"); // no per-row triggers while loading
    const authorSlugs = Array.from({ length: authorCount }, (_, i) => `bench-author-${i + 1}`);
    const authors = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, slug, role, updated_at)
       SELECT s || '@bench.example', initcap(replace(s, '-', ' ')), s, 'REPORTER', now() FROM unnest($1::text[]) AS s RETURNING id`,
      [authorSlugs],
    );
    const tagSlugs = Array.from({ length: tagCount }, (_, i) => `${pick(WORDS, i)}-${Math.floor(i / WORDS.length) + 1}`);
    const tags = await client.query<{ id: string }>(
      `INSERT INTO tags (name, slug, updated_at) SELECT initcap(replace(s, '-', ' ')), s, now() FROM unnest($1::text[]) AS s RETURNING id`,
      [tagSlugs],
    );
    const authorIds = authors.rows.map((r) => r.id);
    const tagIds = tags.rows.map((r) => r.id);

    const articleSlugs: string[] = [];
    const started = Date.now();
    const BATCH = 1_000;
    const now = Date.now();
    for (let from = 0; from < options.articles; from += BATCH) {
      const slugs: string[] = [];
      const headlines: string[] = [];
      const bodies: string[] = [];
      const published: string[] = [];
      for (let i = from; i < Math.min(options.articles, from + BATCH); i++) {
        const words = [pick(WORDS, i), pick(WORDS, i * 7 + 3), pick(WORDS, i * 13 + 5)];
        const headline = `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)} ${words[1]} as ${words[2]} story ${i + 1} develops`;
        const slug = `bench-${i + 1}-${words.join("-")}`;
        const lead = `Story ${i + 1} (${randomBytes(4).toString("hex")}): reporting on the ${words.join(", ")} as events unfold.`;
        slugs.push(slug);
        headlines.push(headline);
        bodies.push(`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":${JSON.stringify(lead)}}]},${rest}]}`);
        published.push(new Date(now - (i + 1) * 60_000).toISOString());
      }
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO articles (slug, headline, standfirst, body, status, published_at, created_at, updated_at, version)
         SELECT s, h, $3, b::jsonb, 'PUBLISHED', p::timestamptz, p::timestamptz, p::timestamptz, 1
         FROM unnest($1::text[], $2::text[], $4::text[], $5::text[]) AS t(s, h, b, p) RETURNING id`,
        [slugs, headlines, standfirst, bodies, published],
      );
      const tagArticle: string[] = [];
      const tagTag: string[] = [];
      const tagPos: number[] = [];
      const byArticle: string[] = [];
      const byUser: string[] = [];
      inserted.rows.forEach(({ id }, k) => {
        const i = from + k;
        const chosen = new Set([pick(tagIds, i), pick(tagIds, i * 31 + 7), pick(tagIds, i * 97 + 11)]);
        [...chosen].forEach((tagId, position) => {
          tagArticle.push(id);
          tagTag.push(tagId);
          tagPos.push(position);
        });
        byArticle.push(id);
        byUser.push(pick(authorIds, i));
      });
      await client.query(`INSERT INTO article_tags (article_id, tag_id, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`, [tagArticle, tagTag, tagPos]);
      await client.query(`INSERT INTO bylines (article_id, user_id, position) SELECT a, u, 0 FROM unnest($1::uuid[], $2::uuid[]) AS t(a, u)`, [byArticle, byUser]);
      articleSlugs.push(...slugs);
      // Search vectors, once per article, as the triggers would have left them.
      await client.query(
        `UPDATE articles SET search_vector = dateline_article_search_vector(id, headline, standfirst, body) WHERE id = ANY($1::uuid[])`,
        [inserted.rows.map((r) => r.id)],
      );
      log(`  seeded ${articleSlugs.length.toLocaleString("en")} / ${options.articles.toLocaleString("en")} articles (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    await client.query("SET session_replication_role = origin");
    await client.query("VACUUM ANALYZE");
    return { articleSlugs, tagSlugs, authorSlugs };
  } finally {
    await client.end();
  }
}
