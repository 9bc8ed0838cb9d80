import { EXPIRY_CHANNEL, encodeExpiry } from "../../../lib/cache/expiry-message";

// Every page carries this tag (lib/cache/freshness.js, EVERY_PAGE_TAG).
const EVERY_PAGE_TAG = "_N_T_/layout";import { withDb } from "./staff";

// Live coverage set-up straight in the test database, and the announcement an app
// instance makes after an entry changes (so entries written here reach cached pages).

/** Starts coverage, then expires every cached page as the app does when an editor starts it (the LIVE label). */
export async function startCoverage(articleId: string, startsAt = new Date(Date.now() - 60_000)): Promise<void> {
  await withDb(async (client) => {
    await client.query(`INSERT INTO live_coverages (article_id, starts_at, updated_at) VALUES ($1, $2, now()) ON CONFLICT (article_id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = NULL`, [articleId, startsAt]);
    await client.query(`SELECT pg_notify($1, $2)`, [EXPIRY_CHANNEL, encodeExpiry([EVERY_PAGE_TAG])]);
  });
}

/** Entries 10 ms apart, oldest first, ending now; returns their ids in that order. */
export async function insertEntries(articleId: string, texts: string[], options: { authorId?: string; keyEvent?: boolean } = {}): Promise<string[]> {
  const now = Date.now();
  return withDb(async (client) => {
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
      const { rows } = await client.query(
        `INSERT INTO live_entries (article_id, author_id, headline, body, key_event, posted_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [articleId, options.authorId ?? null, options.keyEvent ? text : "", JSON.stringify(body), options.keyEvent ?? false, new Date(now - (texts.length - i) * 10)],
      );
      ids.push(rows[0].id as string);
    }
    await client.query(`SELECT pg_notify($1, $2)`, [EXPIRY_CHANNEL, encodeExpiry([`dateline:live:${articleId}`])]);
    return ids;
  });
}
