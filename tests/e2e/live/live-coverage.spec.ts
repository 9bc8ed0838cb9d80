import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import Parser from "rss-parser";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { insertArticle } from "../support/articles";
import { insertEntries, startCoverage } from "../support/live";

// Issue 14: live coverage, as the newsroom and readers see it. Generous timeouts: each
// test signs in and types into the editor on a shared, busy machine.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

async function postEntry(page: Page, text: string, options: { headline?: string; keyEvent?: boolean } = {}) {
  const form = page.getByRole("form", { name: "Post an entry" });
  if (options.headline) await form.getByLabel("Headline (optional)").fill(options.headline);
  await form.getByRole("textbox", { name: "Entry" }).click();
  await page.keyboard.type(text);
  if (options.keyEvent) await form.getByLabel(/Key event/).check();
  await form.getByRole("button", { name: "Post entry" }).click();
  await expect(page.getByTestId("desk-entry").filter({ hasText: text })).toBeVisible();
}

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function liveJsonLd(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
}

test("the newsroom posts, edits, pins and deletes entries; a reader without JavaScript sees each change on reload", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Doha talks live ${word}`, publishedAt: new Date(Date.now() - 3_600_000), body: `Summary of the talks ${word}.` });

  await signIn(page, editor);
  await page.goto(`/admin/articles/${article.id}/live`);
  await page.getByRole("button", { name: "Start live coverage" }).click();
  await expect(page.getByRole("form", { name: "Post an entry" })).toBeVisible();
  await postEntry(page, `Delegations arrive ${word}.`, { headline: `Talks open ${word}`, keyEvent: true });

  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/articles/${article.slug}`);
  await expect(readerPage.getByText(`Summary of the talks ${word}.`)).toBeVisible();
  const stream = readerPage.locator("#live-entries");
  await expect(stream.getByText(`Delegations arrive ${word}.`)).toBeVisible();
  // Chromium with JavaScript off still parses <noscript> as text, so read the markup.
  expect(await readerPage.content()).toContain("Reload the page to see new updates.");
  // The key events jump list leads to the entry's permanent anchor.
  const jump = readerPage.getByRole("navigation", { name: "Key events" }).getByRole("link", { name: new RegExp(`Talks open ${word}`) });
  const anchor = await jump.getAttribute("href");
  expect(anchor).toMatch(/^#entry-[0-9a-f-]{36}$/);
  await expect(readerPage.locator(anchor!)).toContainText(`Delegations arrive ${word}.`);

  // A second entry: newest first; the reload shows it.
  await postEntry(page, `First session ends ${word}.`);
  await readerPage.reload();
  await expect(stream.locator("li[data-entry]").first()).toContainText(`First session ends ${word}.`);
  await expect(stream.locator("li[data-entry]")).toHaveCount(2);

  // Edit the first entry: readers see the new words marked "Updated".
  const firstEntry = page.getByTestId("desk-entry").filter({ hasText: `Delegations arrive ${word}.` });
  await firstEntry.getByRole("button", { name: /^Edit/ }).click();
  const editForm = page.getByRole("form", { name: "Edit entry" });
  await editForm.getByRole("textbox", { name: "Entry" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Correction: at 10:00.");
  await editForm.getByRole("button", { name: "Save entry" }).click();
  // The form closes once the server has saved the entry (its editor held the words till then).
  await expect(editForm).toBeHidden();
  await expect(page.getByTestId("desk-entry").filter({ hasText: "Correction: at 10:00." })).toBeVisible();
  await readerPage.reload();
  const edited = stream.locator("li[data-entry]").filter({ hasText: "Correction: at 10:00." });
  await expect(edited).toContainText("Updated");

  // Pin it: it shows above the stream too.
  await page.getByTestId("desk-entry").filter({ hasText: "Correction: at 10:00." }).getByRole("button", { name: /^Pin/ }).click();
  await expect(page.getByTestId("desk-entry").filter({ hasText: "Correction: at 10:00." }).getByText("Pinned", { exact: true })).toBeVisible();
  await readerPage.reload();
  await expect(readerPage.locator(".live-pinned")).toContainText("Correction: at 10:00.");

  // Delete the second: gone for readers, the count follows.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("desk-entry").filter({ hasText: `First session ends ${word}.` }).getByRole("button", { name: /^Delete/ }).click();
  await expect(page.getByTestId("desk-entry").filter({ hasText: `First session ends ${word}.` })).toHaveCount(0);
  await readerPage.reload();
  await expect(stream.getByText(`First session ends ${word}.`)).toHaveCount(0);
  await expect(readerPage.getByRole("heading", { name: /Updates \(1\)/ })).toBeVisible();
  await reader.close();
});

test("with JavaScript, new entries wait behind an 'N new updates' button; ending coverage stops the page and keeps every entry", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Summit live ${word}`, publishedAt: new Date(Date.now() - 5_000) });
  await startCoverage(article.id);
  await insertEntries(article.id, [`Opening remarks ${word}.`]);

  // The front page labels it LIVE.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto("/");
  await expect(readerPage.getByRole("link", { name: new RegExp(`LIVE\\s*Summit live ${word}`) })).toBeVisible();

  await readerPage.clock.install();
  const polls: string[] = [];
  readerPage.on("request", (request) => {
    if (request.url().endsWith("/live.json")) polls.push(request.url());
  });
  await readerPage.goto(`/articles/${article.slug}`);
  const stream = readerPage.locator("#live-entries");
  await expect(stream.locator("li[data-entry]")).toHaveCount(1);

  await signIn(page, editor);
  await page.goto(`/admin/articles/${article.id}/live`);
  await postEntry(page, `Leaders shake hands ${word}.`);

  // The next poll finds it; the page does not move: a polite button offers it.
  const button = readerPage.getByRole("button", { name: "1 new update" });
  await expect(async () => {
    await readerPage.clock.fastForward(10_000);
    await expect(button).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(stream.locator("li[data-entry]")).toHaveCount(1);
  expect(new Set(polls)).toEqual(new Set([new URL(`/articles/${article.slug}/live.json`, readerPage.url()).toString()]));
  await expect(readerPage.locator("[aria-live=polite]")).toContainText("1 new update");
  await button.click();
  await expect(stream.locator("li[data-entry]")).toHaveCount(2);
  await expect(stream.locator("li[data-entry]").first()).toContainText(`Leaders shake hands ${word}.`);
  await expect(stream.locator("li[data-entry]").first().locator("article")).toBeFocused();
  await expect(button).toBeHidden();

  // Ending: the running page says so and stops asking.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "End coverage now" }).click();
  await expect(page.getByText("Coverage has ended: no new entries.")).toBeVisible();
  await expect(async () => {
    await readerPage.clock.fastForward(10_000);
    await expect(readerPage.locator("[data-live-status]")).toHaveText("Coverage ended", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const asked = polls.length;
  await readerPage.clock.fastForward(60_000);
  expect(polls.length).toBe(asked);

  // A reload: the ended notice, every entry, no script; the front page drops LIVE.
  await readerPage.reload();
  await expect(readerPage.getByText("This live coverage has ended. Every update is kept below.")).toBeVisible();
  await expect(stream.locator("li[data-entry]")).toHaveCount(2);
  await expect(readerPage.locator("script[src]")).toHaveCount(0);
  await readerPage.goto("/");
  await expect(readerPage.getByRole("link", { name: new RegExp(`Summit live ${word}`) })).toBeVisible();
  await expect(readerPage.getByRole("link", { name: new RegExp(`LIVE\\s*Summit live ${word}`) })).toHaveCount(0);
  await reader.close();
});

test("search engines and feed readers get LiveBlogPosting JSON-LD, the live RSS feed and permanent entry links", async ({ page, request }) => {
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Election night live ${word}`, publishedAt: new Date(Date.now() - 7_200_000) });
  await startCoverage(article.id, new Date(Date.now() - 3_600_000));
  const texts = Array.from({ length: 25 }, (_, i) => `Result ${i + 1} ${word}.`);
  const ids = await insertEntries(article.id, texts);

  await page.goto(`/articles/${article.slug}`);
  const response = await request.get(`/articles/${article.slug}`);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self'");
  const data = await liveJsonLd(page);
  expect(data["@type"]).toBe("LiveBlogPosting");
  expect(typeof data.coverageStartTime).toBe("string");
  const updates = data.liveBlogUpdate as { "@type": string; datePublished: string; articleBody: string }[];
  expect(updates).toHaveLength(20);
  expect(updates[0]!.articleBody).toBe(`Result 25 ${word}.`);
  expect(updates.every((u) => u["@type"] === "BlogPosting")).toBe(true);
  expect(data.dateModified).toBe(updates[0]!.datePublished);

  // 25 entries: page 1 holds the newest 20; the oldest is on the second page and its
  // permanent link finds it there.
  await expect(page.locator("#live-entries li[data-entry]")).toHaveCount(20);
  await page.goto(`/articles/${article.slug}/entries/${ids[0]}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/live/oldest#entry-${ids[0]}$`));
  await expect(page.locator(`#entry-${ids[0]}`)).toContainText(`Result 1 ${word}.`);
  await page.getByRole("link", { name: "Newest first" }).click();
  await page.getByRole("link", { name: /Older updates/ }).click();
  await expect(page.locator("#live-entries li[data-entry]")).toHaveCount(5);
  // Other pages run no script.
  expect((await request.get(`/articles/${article.slug}/live/page/2`)).headers()["content-security-policy"]).toContain("script-src 'none'");

  const feed = await new Parser().parseString(await (await request.get(`/articles/${article.slug}/feed.xml`)).text());
  expect(feed.items[0]?.title).toBe(`Result 25 ${word}.`);
  expect(feed.items).toHaveLength(25);
});

test("on a 375 px phone the live page fits the screen through a burst of entries", async ({ browser }) => {
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Storm live ${word}: a long headline to wrap on a narrow screen`, publishedAt: new Date(Date.now() - 3_600_000) });
  await startCoverage(article.id);
  await insertEntries(article.id, Array.from({ length: 5 }, (_, i) => `Update ${i} ${word} https://example.org/a-very-long-address-that-should-wrap-${"x".repeat(60)}`), { keyEvent: true });
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.clock.install();
  await page.goto(`/articles/${article.slug}`);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);

  await insertEntries(article.id, Array.from({ length: 12 }, (_, i) => `Burst ${i} ${word}.`));
  const button = page.getByRole("button", { name: "12 new updates" });
  await expect(async () => {
    await page.clock.fastForward(10_000);
    await expect(button).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const box = await button.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  await button.click();
  await expect(page.locator("#live-entries li[data-entry]")).toHaveCount(17);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await phone.close();
});

test("the live page (light and dark) and the live desk have no axe violations", async ({ browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Accessible live ${word}`, publishedAt: new Date(Date.now() - 3_600_000) });
  await startCoverage(article.id);
  const [pinnedId] = await insertEntries(article.id, [`Key moment ${word}.`, `Later moment ${word}.`], { keyEvent: true, authorId: editor.id });
  await withDb((client) => client.query(`UPDATE live_entries SET pinned = true, edited_at = now() WHERE id = $1`, [pinnedId]));
  await insertEntries(article.id, [`Newest moment ${word}.`]);
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator(".live-pinned")).toBeVisible();
    await expectNoViolations(page);
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, editor);
  await page.goto(`/admin/articles/${article.id}/live`);
  await expect(page.getByRole("textbox", { name: "Entry" })).toBeVisible();
  await expectNoViolations(page);
  await context.close();
});
