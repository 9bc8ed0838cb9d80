import { randomBytes } from "node:crypto";
import { EXPIRY_CHANNEL, encodeExpiry } from "../../../lib/cache/expiry-message";
import { withDb } from "../support/staff";

// A section straight in the test database (the admin UI is exercised in sections.spec.ts).
export async function insertSection(name: string, parent?: { id: string; path: string }): Promise<{ id: string; path: string; name: string }> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const path = parent ? `${parent.path}/${slug}` : slug;
  return withDb(async (client) => {
    const { rows } = await client.query(`INSERT INTO sections (name, slug, path, parent_id, updated_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`, [name, slug, path, parent?.id ?? null]);
    return { id: rows[0].id as string, path, name };
  });
}

/** A public (or scheduled, or draft) story in a section. */
export async function insertSectionStory(options: { headline: string; sectionId: string | null; publishedAt: Date; status?: "PUBLISHED" | "SCHEDULED" | "DRAFT" }): Promise<{ id: string; slug: string; headline: string }> {
  const slug = `e2e-${randomBytes(5).toString("hex")}`;
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Body of ${options.headline}.` }] }] };
  return withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO articles (slug, headline, body, status, published_at, updated_at, section_id) VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id`,
      [slug, options.headline, JSON.stringify(body), options.status ?? "PUBLISHED", options.publishedAt, options.sectionId],
    );
    return { id: rows[0].id as string, slug, headline: options.headline };
  });
}

export const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** What the app announces after a section change: every cached page (and the site chrome, with its section menu) expires. */
export async function announceSiteWideExpiry(): Promise<void> {
  await withDb((client) => client.query(`SELECT pg_notify($1, $2)`, [EXPIRY_CHANNEL, encodeExpiry(["_N_T_/layout"])]));
}
