import { randomBytes } from "node:crypto";
import { withDb } from "./staff";

// Builds a reader-facing article straight in the test database, for states the editor
// cannot produce yet (a scheduled time) or in numbers (pagination).
export type SeededArticle = { id: string; slug: string; headline: string };

export async function insertArticle(options: {
  headline: string;
  publishedAt: Date;
  status?: "PUBLISHED" | "SCHEDULED" | "DRAFT";
  tag?: { name: string; slug: string };
  bylineUserId?: string;
  body?: string;
  /** A whole stored body (its blocks), instead of one paragraph of `body`. */
  content?: unknown[];
  slug?: string;
}): Promise<SeededArticle> {
  const slug = options.slug ?? `e2e-${randomBytes(5).toString("hex")}`;
  const body = { type: "doc", content: options.content ?? [{ type: "paragraph", content: [{ type: "text", text: options.body ?? `Body of ${options.headline}.` }] }] };
  return withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO articles (slug, headline, body, status, published_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [slug, options.headline, JSON.stringify(body), options.status ?? "PUBLISHED", options.publishedAt],
    );
    const id = rows[0].id as string;
    if (options.tag) {
      const tag = await client.query(
        `INSERT INTO tags (name, slug, updated_at) VALUES ($1, $2, now()) ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [options.tag.name, options.tag.slug],
      );
      await client.query(`INSERT INTO article_tags (article_id, tag_id, position) VALUES ($1, $2, 0)`, [id, tag.rows[0].id]);
    }
    if (options.bylineUserId) await client.query(`INSERT INTO bylines (article_id, user_id, position) VALUES ($1, $2, 0)`, [id, options.bylineUserId]);
    return { id, slug, headline: options.headline };
  });
}

export async function sampleArticleId(): Promise<string> {
  return withDb(async (client) => {
    const { rows } = await client.query(`SELECT id FROM articles WHERE slug LIKE 'afghanistan-end-of-a-round-of-talks-in-doha%' LIMIT 1`);
    return rows[0].id as string;
  });
}
