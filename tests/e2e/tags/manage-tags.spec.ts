import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";

async function createTag(page: import("@playwright/test").Page, name: string) {
  await page.goto("/admin/tags");
  await page.getByLabel("Tag name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create tag" }).click();
  await expect(page.getByRole("status").filter({ hasText: "created" })).toContainText(`Tag “${name}” created`);
}

// A published article carrying the tag, straight in the database.
async function publishTagged(tagSlug: string, headline: string) {
  await withDb(async (db) => {
    const { rows } = await db.query(
      `INSERT INTO articles (slug, headline, body, status, published_at, updated_at) VALUES ($1, $2, '{"type":"doc","content":[]}', 'PUBLISHED', now() - interval '1 minute', now()) RETURNING id`,
      [`${tagSlug}-story`, headline],
    );
    await db.query(`INSERT INTO article_tags (article_id, tag_id) SELECT $1, id FROM tags WHERE slug = $2`, [rows[0].id, tagSlug]);
  });
}

test("renaming a tag permanently redirects its old address", async ({ page, request }) => {
  const editor = await makeStaff("EDITOR");
  const w = uniqueWord();
  await signIn(page, editor);
  await createTag(page, `Harbour ${w}`);
  // Readers know a tag once a public article carries it (issue #11; an old address of a
  // tag without one is compared with unknown ones in tests/e2e/security/existence-leaks.spec.ts).
  // The article goes in before the rename: written straight to the database it expires no
  // page, and the confirmation's link to the new address may be prefetched (and its answer
  // cached) as soon as it shows.
  await publishTagged(`harbour-${w}`, `Ships in port ${w}`);
  await page.goto(`/admin/tags?q=${w}`);
  await page.getByRole("link", { name: `Harbour ${w}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Harbour ${w}` })).toBeVisible();
  await page.getByLabel("Tag name", { exact: true }).fill(`Port ${w}`);
  await page.getByLabel("Tag description", { exact: true }).fill("Shipping and the docks.");
  await page.getByRole("button", { name: "Save tag" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Renamed" })).toHaveText(`Renamed. The tag now lives at /tags/port-${w}; its old address redirects there.`);

  const old = await request.get(`/tags/harbour-${w}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers()["location"]).toMatch(new RegExp(`/tags/port-${w}$`));
  await page.goto(`/tags/harbour-${w}`);
  await expect(page).toHaveURL(new RegExp(`/tags/port-${w}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Port ${w}` })).toBeVisible();
  await expect(page.getByText("Shipping and the docks.")).toBeVisible();
});

test("merging two tags redirects the merged one; deleting warns with the article count", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  const w = uniqueWord();
  await signIn(page, editor);
  await createTag(page, `Ballots ${w}`);
  await createTag(page, `Voting ${w}`);
  await page.goto(`/admin/tags?q=${w}`);
  await page.getByRole("link", { name: `Ballots ${w}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Ballots ${w}` })).toBeVisible();
  await page.getByLabel("Merge into", { exact: true }).selectOption({ label: `Voting ${w}` });
  await page.getByRole("button", { name: "Merge tags" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Voting ${w}` })).toBeVisible();
  await expect(page.getByText(`old addresses that redirect here: /tags/ballots-${w}`)).toBeVisible();

  await publishTagged(`voting-${w}`, `Polls open ${w}`);
  await page.goto(`/tags/ballots-${w}`);
  await expect(page).toHaveURL(new RegExp(`/tags/voting-${w}$`));

  // A published article and a draft carry the tag, so deleting it warns with that count.
  await withDb(async (db) => {
    for (const n of [1]) {
      const { rows } = await db.query(
        `INSERT INTO articles (slug, headline, body, updated_at) VALUES ($1, $2, '{"type":"doc","content":[]}', now()) RETURNING id`,
        [`voting-draft-${w}-${n}`, `Voting draft ${n}`],
      );
      await db.query(`INSERT INTO article_tags (article_id, tag_id) SELECT $1, id FROM tags WHERE slug = $2`, [rows[0].id, `voting-${w}`]);
    }
  });
  await page.goto(`/admin/tags?q=${w}`);
  await page.getByRole("link", { name: `Voting ${w}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Voting ${w}` })).toBeVisible();
  await expect(page.getByText("This tag is on 2 articles. Deleting it takes it off them (the articles stay)")).toBeVisible();
  await page.getByLabel("Yes, remove it from 2 articles").check();
  await page.getByRole("button", { name: "Delete tag" }).click();
  await expect(page.getByText("Tag deleted.")).toBeVisible();
  const missing = await page.goto(`/tags/voting-${w}`);
  expect(missing?.status()).toBe(404);
});

test("reporters do not manage tags", async ({ page }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await expect(page.getByRole("link", { name: "Tags" })).toHaveCount(0);
  await page.goto("/admin/tags");
  await expect(page.getByText("Only editors and admins manage tags.")).toBeVisible();
});
