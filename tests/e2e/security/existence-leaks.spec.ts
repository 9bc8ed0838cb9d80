import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { EXPIRY_CHANNEL, encodeExpiry } from "../../../lib/cache/expiry-message";
import { insertArticle } from "../support/articles";
import { makeStaff, uniqueWord, withDb } from "../support/staff";

// Issue #11, item 5: an outsider must not be able to confirm that an embargoed story
// exists. Every address a draft or scheduled article gives away (its slug, an old slug,
// its tag's page and feed, its author's page and feed) must answer exactly as an
// unknown address does: same status, same body, same headers (Date aside).

type Answer = { status: number; headers: Record<string, string>; body: string };

async function probe(request: APIRequestContext, path: string): Promise<Answer> {
  const response = await request.get(path, { maxRedirects: 0 });
  const headers = { ...response.headers() };
  delete headers["date"];
  return { status: response.status(), headers, body: await response.text() };
}

// makeStaff gives each person the slug "staff-<the suffix of their email>".
const authorSlug = (staff: { email: string }) => `staff-${staff.email.split("-")[1]!.split("@")[0]}`;
const unknownSlug = () => `unknown-${randomBytes(6).toString("hex")}`;

async function expectSameAsUnknown(request: APIRequestContext, secret: string, unknown: string): Promise<Answer> {
  const a = await probe(request, unknown);
  const b = await probe(request, secret);
  expect(b.status, `${secret} vs ${unknown}`).toBe(a.status);
  expect(b.headers, `${secret} vs ${unknown}`).toEqual(a.headers);
  expect(b.body === a.body, `${secret}: body differs from ${unknown}'s`).toBe(true);
  return b;
}

test("a draft's or scheduled article's slug, old slug, tag and author answer byte for byte as unknown ones", async ({ request }) => {
  const reporter = await makeStaff("REPORTER");
  const scheduledAuthor = await makeStaff("REPORTER");
  const draftTag = { name: `Merger ${uniqueWord()}`, slug: `merger-${randomBytes(4).toString("hex")}` };
  const scheduledTag = { name: `Embargo ${uniqueWord()}`, slug: `embargo-${randomBytes(4).toString("hex")}` };
  const draft = await insertArticle({ headline: `Secret draft ${uniqueWord()}`, publishedAt: new Date(), status: "DRAFT", tag: draftTag, bylineUserId: reporter.id });
  const scheduled = await insertArticle({ headline: `Embargoed ${uniqueWord()}`, publishedAt: new Date(Date.now() + 6 * 3_600_000), status: "SCHEDULED", tag: scheduledTag, bylineUserId: scheduledAuthor.id });
  // A renamed draft keeps its old slug as a redirect: it must not lead to the new one.
  const oldSlug = `old-${draft.slug}`;
  await withDb((client) => client.query(`INSERT INTO slug_redirects (slug, article_id) VALUES ($1, $2)`, [oldSlug, draft.id]));
  // A renamed tag that only the draft carries: its old address must not lead to the new one.
  const oldTagSlug = `old-${draftTag.slug}`;
  await withDb((client) => client.query(`INSERT INTO tag_redirects (from_slug, tag_id) SELECT $1, id FROM tags WHERE slug = $2`, [oldTagSlug, draftTag.slug]));

  const probes: [string, string][] = [
    [`/articles/${draft.slug}`, `/articles/${unknownSlug()}`],
    [`/articles/${scheduled.slug}`, `/articles/${unknownSlug()}`],
    [`/articles/${oldSlug}`, `/articles/${unknownSlug()}`],
    [`/tags/${draftTag.slug}`, `/tags/${unknownSlug()}`],
    [`/tags/${scheduledTag.slug}`, `/tags/${unknownSlug()}`],
    [`/tags/${oldTagSlug}`, `/tags/${unknownSlug()}`],
    [`/tags/${draftTag.slug}/page/2`, `/tags/${unknownSlug()}/page/2`],
    [`/tags/${draftTag.slug}/feed.xml`, `/tags/${unknownSlug()}/feed.xml`],
    [`/tags/${scheduledTag.slug}/feed.xml`, `/tags/${unknownSlug()}/feed.xml`],
    [`/authors/${authorSlug(reporter)}`, `/authors/${unknownSlug()}`],
    [`/authors/${authorSlug(scheduledAuthor)}`, `/authors/${unknownSlug()}`],
    [`/authors/${authorSlug(reporter)}/feed.xml`, `/authors/${unknownSlug()}/feed.xml`],
  ];
  for (const [secret, unknown] of probes) {
    const answer = await expectSameAsUnknown(request, secret, unknown);
    expect(answer.status, secret).toBe(404);
    for (const word of [draft.headline, scheduled.headline, draft.slug, scheduled.slug, draftTag.name, scheduledTag.name]) expect(answer.body, secret).not.toContain(word);
  }
  // The control: the same kind of article, published, is there (so the probes above
  // compared a real article's address, not two typos).
  const published = await insertArticle({ headline: `Out now ${uniqueWord()}`, publishedAt: new Date(Date.now() - 60_000), tag: draftTag });
  expect((await probe(request, `/articles/${published.slug}`)).status).toBe(200);
  console.log(`existence leaks: ${probes.length} addresses of a draft and a scheduled article answered byte for byte as unknown ones`);
});

test("an article taken off the site answers as an unknown slug at once", async ({ request }) => {
  const live = await insertArticle({ headline: `Soon withdrawn ${uniqueWord()}`, publishedAt: new Date(Date.now() - 60_000) });
  expect((await probe(request, `/articles/${live.slug}`)).status).toBe(200);
  // What an unpublish on another instance does: the row changes, then that instance
  // announces the article's expired page on the expiry channel (one NOTIFY), which this
  // server hears a moment later.
  await withDb(async (client) => {
    await client.query(`UPDATE articles SET status = 'UNPUBLISHED' WHERE id = $1`, [live.id]);
    await client.query("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, encodeExpiry([`_N_T_/articles/${live.slug}`])]);
  });
  await expect.poll(async () => (await probe(request, `/articles/${live.slug}`)).status, { timeout: 1_000, intervals: [20] }).toBe(404);
  await expectSameAsUnknown(request, `/articles/${live.slug}`, `/articles/${unknownSlug()}`);
});
