import { expect, test } from "@playwright/test";
import { uniqueWord, withDb } from "../support/staff";

// Search ranks only the newest 500 matches (lib/search/full-text.ts); a reader is told
// so, and a rarer word still reaches the older articles.
test("a word in more articles than are ranked: the page says so, and a rarer word finds the oldest", async ({ page }) => {
  const word = uniqueWord();
  const rare = uniqueWord();
  // 501 archive articles from 2003, an hour apart; part 1, the oldest, also has the rare word.
  await withDb((client) =>
    client.query(
      `INSERT INTO articles (slug, headline, body, status, published_at, updated_at)
       SELECT 'e2e-many-' || $1 || '-' || n, 'Archive note ' || n,
              jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content',
                jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'The ' || $1 || ' file, part ' || n || CASE WHEN n = 1 THEN ', ' || $2 ELSE '' END || '.'))))),
              'PUBLISHED', timestamptz '2003-01-01 00:00Z' + n * interval '1 hour', now()
       FROM generate_series(1, 501) AS n`,
      [word, rare],
    ),
  );
  try {
    await page.goto(`/search?q=${word}`);
    const status = page.getByRole("main").getByRole("status");
    await expect(status).toHaveText(`501 articles match “${word}”. Showing the 500 most recent, best matches first.`);
    await expect(page.getByRole("link", { name: "Archive note 501", exact: true })).toBeVisible();

    // The last page of the ranked ones: the oldest of them, and a note instead of "More results".
    await page.goto(`/search?q=${word}&page=50`);
    await expect(page.getByRole("link", { name: "Archive note 2", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Archive note 1", exact: true })).toHaveCount(0);
    await expect(page.getByText("Only the 500 most recent matches are listed. Add words to find older articles.")).toBeVisible();
    await expect(page.getByRole("link", { name: "More results →" })).toHaveCount(0);

    await page.goto(`/search?q=${rare}`);
    await expect(status).toHaveText(`1 article matches “${rare}”.`);
    await expect(page.getByRole("link", { name: "Archive note 1", exact: true })).toBeVisible();
  } finally {
    await withDb((client) => client.query(`DELETE FROM articles WHERE slug LIKE $1`, [`e2e-many-${word}-%`]));
  }
});
