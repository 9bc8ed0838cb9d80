import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { insertArticle } from "../support/articles";
import { insertEntries, startCoverage } from "../support/live";

test("an admin creates a key that is shown once, an app reads with it, and once revoked it gets a 401 in JSON", async ({ page, request }) => {
  test.slow(); // several admin page loads and an axe run on a shared machine
  const admin = await makeStaff("ADMIN");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const name = `Newsletter ${uniqueWord()}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByLabel(`The key for “${name}”`);
  await expect(shown).toHaveValue(/^dl_[A-Za-z0-9_-]{43}$/);
  const key = await shown.inputValue();

  const ok = await request.get("/api/v1/articles?limit=1", { headers: { Authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  expect(ok.headers()["ratelimit-policy"]).toBe('"key";q=600;w=60');

  // Shown once: after a reload only its first characters are listed, with when it was used.
  await page.reload();
  await expect(page.getByLabel(`The key for “${name}”`)).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 11));
  await expect(row).not.toContainText("Never");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  // The row itself says so (the button's form is replaced by the revocation time).
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/v1/articles", { headers: { Authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.message).toBe("This API key was revoked. Ask an admin for a new one.");
});

test("over HTTP, an embargoed story is unknown until its time, an unpublished one is gone with its id, and a current copy gets 304", async ({ request }) => {
  const w = uniqueWord();
  const tag = { name: `Wire ${w}`, slug: `wire-${w}` };
  const live = await insertArticle({ headline: `Live ${w}`, publishedAt: new Date(Date.now() - 60_000), tag });
  const embargoed = await insertArticle({ headline: `Embargoed ${w}`, publishedAt: new Date(Date.now() + 3_600_000), status: "SCHEDULED", tag });
  const pulled = await insertArticle({ headline: `Pulled ${w}`, publishedAt: new Date(Date.now() - 120_000), tag });
  await withDb((db) => db.query(`UPDATE articles SET status = 'UNPUBLISHED' WHERE id = $1`, [pulled.id]));

  const listed = async () => ((await (await request.get(`/api/v1/articles?tag=${tag.slug}`)).json()).data as { id: string }[]).map((a) => a.id);
  expect(await listed()).toEqual([live.id]);
  for (const ref of [embargoed.id, embargoed.slug]) expect((await request.get(`/api/v1/articles/${ref}`)).status()).toBe(404);
  const gone = await request.get(`/api/v1/articles/${pulled.slug}?format=ninjs`);
  expect(gone.status()).toBe(410);
  expect((await gone.json()).error).toMatchObject({ code: "gone", id: pulled.id });
  const search = await (await request.get(`/api/v1/articles?q=${w}`)).json();
  expect(search.data.map((a: { id: string }) => a.id)).toEqual([live.id]);

  const ninjs = await request.get(`/api/v1/articles/${live.slug}`, { headers: { Accept: "application/ninjs+json" } });
  expect(ninjs.headers()["content-type"]).toContain("application/ninjs+json");
  expect((await ninjs.json()).headlines[0].value).toBe(`Live ${w}`);
  const first = await request.get(`/api/v1/articles/${live.id}`);
  expect(first.headers()["ratelimit-policy"]).toBe('"anonymous";q=120;w=60');
  const again = await request.get(`/api/v1/articles/${live.id}`, { headers: { "If-None-Match": first.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  // The embargo lifts by the clock alone, as on the site.
  await withDb((db) => db.query(`UPDATE articles SET published_at = now() - interval '1 second' WHERE id = $1`, [embargoed.id]));
  expect(await listed()).toEqual([embargoed.id, live.id]);
  expect((await request.get(`/api/v1/articles/${embargoed.slug}`)).status()).toBe(200);
});

test("over HTTP, a section answers at its path (slashes and all) and a live article's entries at its slug; embargoed coverage is unknown", async ({ request }) => {
  const w = uniqueWord();
  const [world, asia] = await withDb(async (db) => {
    const parent = await db.query(`INSERT INTO sections (name, slug, path, updated_at) VALUES ($1, $2, $2, now()) RETURNING id`, [`World ${w}`, `world-${w}`]);
    const child = await db.query(`INSERT INTO sections (name, slug, path, parent_id, updated_at) VALUES ($1, 'asia', $2, $3, now()) RETURNING id`, [`Asia ${w}`, `world-${w}/asia`, parent.rows[0].id]);
    return [parent.rows[0].id as string, child.rows[0].id as string];
  });
  try {
    const section = await request.get(`/api/v1/sections/world-${w}/asia`);
    expect(section.status()).toBe(200);
    expect((await section.json()).data).toMatchObject({ id: asia, path: `world-${w}/asia`, parent_id: world });
    expect((await request.get(`/api/v1/sections/world-${w}/nowhere`)).status()).toBe(404);

    const live = await insertArticle({ headline: `Live ${w}`, publishedAt: new Date(Date.now() - 60_000) });
    const embargoed = await insertArticle({ headline: `Later ${w}`, publishedAt: new Date(Date.now() + 3_600_000), status: "SCHEDULED" });
    for (const article of [live, embargoed]) await startCoverage(article.id);
    const [older, newer] = await insertEntries(live.id, [`First ${w}`, `Second ${w}`]);
    await insertEntries(embargoed.id, [`Secret ${w}`]);
    const entries = await request.get(`/api/v1/articles/${live.slug}/live-entries`);
    expect(entries.status()).toBe(200);
    expect(((await entries.json()).data as { id: string; body: { text: string } }[]).map((e) => [e.id, e.body.text])).toEqual([[newer, `Second ${w}`], [older, `First ${w}`]]);
    const hidden = await request.get(`/api/v1/articles/${embargoed.slug}/live-entries`);
    expect(hidden.status()).toBe(404);
    expect(JSON.stringify(await hidden.json())).not.toContain("Secret");
  } finally {
    await withDb(async (db) => {
      await db.query(`DELETE FROM sections WHERE id = $1`, [asia]);
      await db.query(`DELETE FROM sections WHERE id = $1`, [world]);
    });
  }
});
