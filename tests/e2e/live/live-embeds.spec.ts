import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { EXPIRY_CHANNEL, encodeExpiry } from "../../../lib/cache/expiry-message";
import { parseEmbedUrl } from "../../../lib/content/embeds/providers";
import { uniqueWord, withDb } from "../support/staff";
import { insertArticle } from "../support/articles";
import { startCoverage } from "../support/live";
import { insertSection } from "../fronts/support";

// Issues 13–15 on live pages: the section as kicker, and entries with embeds get what an
// article with embeds gets (placeholder, the one loader, frame-src of its players only)
// beside the live page's own script.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

/** A live entry whose body is a line and an embed of `address`, announced as the app does after a post. */
async function insertEmbedEntry(articleId: string, text: string, address: string): Promise<void> {
  const parsed = parseEmbedUrl(address);
  if (!parsed.ok) throw new Error(parsed.error);
  const body = { type: "doc", content: [p(text), { type: "embed", attrs: { ...parsed.embed, caption: `Video for ${text}`, credit: "", posterId: null, posterSrc: null } }] };
  await withDb(async (client) => {
    await client.query(`INSERT INTO live_entries (article_id, body) VALUES ($1, $2)`, [articleId, JSON.stringify(body)]);
    await client.query(`SELECT pg_notify($1, $2)`, [EXPIRY_CHANNEL, encodeExpiry([`dateline:live:${articleId}`])]);
  });
}

/** Records every request that leaves the site, and answers it here: nothing reaches the internet. */
async function watchOutside(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
    outside.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Player</title><p>Stand-in player</p>" });
  });
  return outside;
}

test("a live entry with a YouTube embed: a placeholder, nothing leaves until a click, then the player loads; the section is the kicker", async ({ page }) => {
  const word = uniqueWord();
  const section = await insertSection(`Gulf ${word}`);
  const article = await insertArticle({ headline: `Strait closure live ${word}`, publishedAt: new Date(Date.now() - 60_000), body: `What we know ${word}.` });
  await withDb((client) => client.query(`UPDATE articles SET section_id = $1 WHERE id = $2`, [section.id, article.id]));
  await startCoverage(article.id);
  await insertEmbedEntry(article.id, `Tankers wait ${word}.`, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");

  const outside = await watchOutside(page);
  await page.clock.install();
  // The entry's announcement travels through PostgreSQL: ask until the page shows it.
  await expect(async () => {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator("li[data-entry]").filter({ hasText: `Tankers wait ${word}.` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const response = await page.request.get(`/articles/${article.slug}`);
  const csp = response.headers()["content-security-policy"]!;
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'self';");
  expect(/frame-src ([^;]+)/.exec(csp)![1]).toBe("https://www.youtube-nocookie.com");
  const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("src")));
  expect(scripts).toEqual([expect.stringMatching(/^\/embeds\/loader-[0-9a-f]{12}\.js$/), "/live-updates.js"]);

  // The kicker is the section, linked, as on an article page.
  await expect(page.locator("article header").getByRole("link", { name: `Gulf ${word}` })).toHaveAttribute("href", `/sections/${section.path}`);

  // The placeholder, and nothing asked of YouTube.
  const entry = page.locator("li[data-entry]").filter({ hasText: `Tankers wait ${word}.` });
  await expect(entry.locator("figure[data-embed=youtube]")).toContainText("YouTube video");
  await expect(entry.getByRole("button", { name: "Load YouTube video" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(outside).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);

  // A second entry with a YouTube embed arrives by the poll: it gets its own Load button.
  await insertEmbedEntry(article.id, `Navy escorts ${word}.`, "https://youtu.be/9bZkp7q19f0");
  const newUpdates = page.getByRole("button", { name: "1 new update" });
  await expect(async () => {
    await page.clock.fastForward(10_000);
    await expect(newUpdates).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await newUpdates.click();
  const arrived = page.locator("li[data-entry]").filter({ hasText: `Navy escorts ${word}.` });
  await expect(arrived.getByRole("button", { name: "Load YouTube video" })).toBeVisible();
  expect(outside).toEqual([]);

  // The reader's click loads that player, and only it.
  await entry.getByRole("button", { name: "Load YouTube video" }).click();
  await expect(entry.locator("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await expect(page.frameLocator(`li[data-entry]:has-text("Tankers wait ${word}.") iframe`).getByText("Stand-in player")).toBeVisible();
  expect(outside.map((url) => new URL(url).origin)).toEqual(["https://www.youtube-nocookie.com"]);
  await expect(page.locator("iframe")).toHaveCount(1);
});

test("a live page without embeds keeps its policy: its own script and polling, no frames", async ({ request }) => {
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Quiet live ${word}`, publishedAt: new Date(Date.now() - 60_000) });
  await startCoverage(article.id);
  await expect(async () => {
    const response = await request.get(`/articles/${article.slug}`);
    const html = await response.text();
    expect(html).toContain('src="/live-updates.js"');
    const csp = response.headers()["content-security-policy"]!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-src 'none';");
    expect(html).not.toContain("/embeds/loader-");
  }).toPass({ timeout: 15_000 });
});
