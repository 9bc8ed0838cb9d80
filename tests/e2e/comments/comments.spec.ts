import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { insertArticle } from "../support/articles";

// Comments on drafts (issue 17): a reporter comments on words of their draft, an editor
// replies mentioning them, the mention waits in the reporter's inbox, threads resolve
// and reopen, the comment stays on its words through edits, and readers never see it.

const TEXT = "The council voted on Tuesday to close the old library.";

/** Selects `words` in the article body the way a mouse would (a DOM selection ProseMirror reads). */
async function selectWords(page: Page, words: string) {
  await page.locator(".ProseMirror").evaluate((root, wanted) => {
    (root as HTMLElement).focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the body`);
  }, words);
}

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations).toEqual([]);
}

test("a reporter comments, an editor replies with a mention, the inbox has it, threads resolve and reopen, and readers see nothing", async ({ browser }) => {
  test.slow();
  // A name no one else has, so the @ list shows exactly this person.
  const surname = uniqueWord();
  const reporter = await makeStaff("REPORTER", `Rita ${surname}`);
  const editor = await makeStaff("EDITOR");
  const headline = `Library closure ${uniqueWord()}`;
  const article = await insertArticle({ headline, status: "DRAFT", publishedAt: new Date(), body: TEXT, bylineUserId: reporter.id });
  await withDb((client) => client.query(`UPDATE articles SET published_at = NULL, created_by_id = $2 WHERE id = $1`, [article.id, reporter.id]));

  // The reporter selects words and comments on them.
  const reporterPage = await (await browser.newContext()).newPage();
  await signIn(reporterPage, reporter);
  await reporterPage.goto(`/admin/articles/${article.id}`);
  const panel = reporterPage.getByRole("region", { name: /Comments/ });
  await selectWords(reporterPage, "on Tuesday");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await panel.getByLabel("New comment").fill("Which Tuesday? Give the date.");
  await panel.getByRole("button", { name: "Post comment" }).click();
  const thread = panel.getByRole("article", { name: "Comment on “on Tuesday”" });
  await expect(thread).toContainText("Which Tuesday? Give the date.");
  const anchor = reporterPage.locator(".ProseMirror [data-comment-thread]");
  await expect(anchor).toHaveText("on Tuesday");

  // Text typed before the words, then saved: the comment stays on its words.
  await reporterPage.locator(".ProseMirror").focus();
  await reporterPage.keyboard.press("Control+Home");
  await reporterPage.keyboard.type("Breaking: ");
  await reporterPage.getByRole("button", { name: "Save draft" }).click();
  await expect(reporterPage.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();
  await reporterPage.reload();
  await expect(reporterPage.locator(".ProseMirror")).toContainText(`Breaking: ${TEXT}`);
  await expect(anchor).toHaveText("on Tuesday");
  await expect(thread).not.toContainText("on deleted text");

  // Clicking the words opens their thread (its heading takes the focus).
  await anchor.click();
  await expect(thread.getByRole("heading")).toBeFocused();

  // The editor replies from a read-only view (the reporter holds the lock), mentioning
  // the reporter picked from the list with the keyboard.
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);
  await editorPage.goto(`/admin/articles/${article.id}`);
  const editorThread = editorPage.getByRole("region", { name: /Comments/ }).getByRole("article", { name: "Comment on “on Tuesday”" });
  await editorThread.getByRole("button", { name: "Reply" }).click();
  const reply = editorThread.getByLabel("Reply");
  await reply.pressSequentially(`@${surname.slice(0, 5)}`);
  const people = editorPage.getByRole("listbox", { name: "People to mention" }).getByRole("option");
  await expect(people).toHaveText([reporter.name]);
  await expectAxeClean(editorPage);
  await reply.press("Enter");
  await expect(reply).toHaveValue(`@${reporter.name} `);
  await reply.pressSequentially("the date is in the minutes.");
  await editorThread.getByRole("button", { name: "Reply" }).click();
  await expect(editorThread).toContainText(`@${reporter.name} the date is in the minutes.`);
  await expectAxeClean(editorPage);

  // The reporter's inbox: the count in the navigation, the mention, its link to the thread.
  await reporterPage.goto("/admin/inbox");
  const nav = reporterPage.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Inbox 1 unread" })).toBeVisible();
  const row = reporterPage.getByRole("row").filter({ hasText: editor.name });
  await expect(row).toContainText("the date is in the minutes.");
  await expectAxeClean(reporterPage);
  await row.getByRole("link", { name: headline }).click();
  await reporterPage.waitForURL(`**/admin/articles/${article.id}?thread=*`);
  await expect(thread.getByRole("heading")).toBeFocused();
  await reporterPage.goto("/admin/inbox");
  await row.getByRole("button", { name: "Mark read" }).click();
  await expect(nav.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();
  await expect(row).toContainText("Read");

  // The article's reporter resolves the thread; it leaves the open list and comes back.
  await reporterPage.goto(`/admin/articles/${article.id}`);
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread).toHaveCount(0);
  await expect(panel).toContainText("No open comments");
  await panel.getByRole("button", { name: "Show resolved threads (1)" }).click();
  await expect(thread).toContainText("(resolved)");
  await expect(thread).toContainText(`Resolved by ${reporter.name}`);
  await thread.getByRole("button", { name: "Reopen" }).click();
  await expect(thread).not.toContainText("(resolved)");
  await expect(panel.getByRole("heading", { name: "Comments (1 open)" })).toBeVisible();

  // Published, the page readers get carries the words and no trace of the thread.
  const threadId = await anchor.getAttribute("data-comment-thread");
  expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
  await withDb((client) => client.query(`UPDATE articles SET status = 'PUBLISHED', published_at = now() - interval '1 minute' WHERE id = $1`, [article.id]));
  const readerPage = await (await browser.newContext()).newPage();
  const response = await readerPage.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).toContain("on Tuesday to close the old library");
  for (const trace of [threadId!, "data-comment-thread", "comment-anchor", "Which Tuesday"]) expect(html).not.toContain(trace);
  await withDb((client) => client.query(`UPDATE articles SET status = 'UNPUBLISHED' WHERE id = $1`, [article.id]));
});

test("a reporter cannot resolve a thread on someone else's article, and Ctrl+Alt+M comments from the keyboard", async ({ page }) => {
  const owner = await makeStaff("REPORTER");
  const colleague = await makeStaff("REPORTER");
  const article = await insertArticle({ headline: `Budget ${uniqueWord()}`, status: "DRAFT", publishedAt: new Date(), body: TEXT, bylineUserId: owner.id });
  await withDb((client) => client.query(`UPDATE articles SET published_at = NULL, created_by_id = $2 WHERE id = $1`, [article.id, owner.id]));
  await signIn(page, colleague);
  await page.goto(`/admin/articles/${article.id}`);
  // Read-only for this reporter, but they may comment.
  await expect(page.getByText("You can read this article.")).toBeVisible();
  await selectWords(page, "old library");
  await page.keyboard.press("Control+Alt+M");
  const panel = page.getByRole("region", { name: /Comments/ });
  await expect(panel.getByLabel("New comment")).toBeFocused();
  await page.keyboard.type("Is it the only one?");
  await page.keyboard.press("Control+Enter");
  const thread = panel.getByRole("article", { name: "Comment on “old library”" });
  await expect(thread).toContainText("Is it the only one?");
  await expect(thread.getByRole("button", { name: "Resolve" })).toHaveCount(0);
  await expect(page.locator(".ProseMirror [data-comment-thread]")).toHaveText("old library");
});
