import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

async function publishNew(page: Page, headline: string, body: string): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type(body);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  return page.getByLabel("Slug").inputValue();
}

test("renaming a published article's slug keeps every old address answering 301 to the current one", async ({ page, request }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const word = uniqueWord();
  const first = await publishNew(page, `Mayor resigns ${word}`, "The mayor resigned.");
  for (const next of [`mayor-quits-${word}`, `mayor-steps-down-${word}`]) {
    await page.getByLabel("Slug").fill(next);
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");
  }
  for (const old of [first, `mayor-quits-${word}`]) {
    // The proxy answers old slugs from a list it refreshes every 2 seconds; until then the page itself answers.
    await expect
      .poll(async () => {
        const response = await request.get(`/articles/${old}`, { maxRedirects: 0 });
        return `${response.status()} ${response.headers().location}`;
      })
      .toMatch(new RegExp(`^301 .*/articles/mayor-steps-down-${word}$`));
  }
  const landed = await page.goto(`/articles/${first}`);
  expect(landed?.status()).toBe(200);
  expect(page.url()).toMatch(new RegExp(`/articles/mayor-steps-down-${word}$`));
});

test("an editor's correction shows, dated, on the article and on /corrections", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const headline = `Hospital opens new wing ${uniqueWord()}`;
  const slug = await publishNew(page, headline, "The wing has 40 beds.");
  const panel = page.getByRole("form", { name: "Add a correction" });
  await panel.getByLabel("Type").selectOption("CORRECTION");
  const text = `An earlier version said 40 beds; it has 48. ${uniqueWord()}`;
  await panel.getByLabel("Note for readers").fill(text);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status")).toContainText("Added");

  const reader = await browser.newPage();
  await reader.goto(`/articles/${slug}`);
  const section = reader.getByRole("region", { name: "Corrections" });
  await expect(section).toContainText(text);
  await expect(section.locator("time")).toHaveCount(1);
  await reader.goto("/corrections");
  const entry = reader.getByRole("listitem").filter({ hasText: text });
  await expect(entry).toContainText("Correction");
  await expect(entry.getByRole("link", { name: headline })).toHaveAttribute("href", `/articles/${slug}`);
  await reader.close();
});

test("a preview link shows the draft with noindex until it is revoked", async ({ page, browser }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await page.getByRole("link", { name: "New article" }).click();
  const headline = `Secret budget leak ${uniqueWord()}`;
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Draft words for a trusted source.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const panel = page.getByRole("form", { name: "Create a preview link" });
  await panel.getByRole("button", { name: "Create preview link" }).click();
  const url = await panel.getByLabel("Preview link").inputValue();
  expect(url).toMatch(/\/preview\/[A-Za-z0-9_-]{43}$/);

  const guest = await browser.newPage();
  const path = new URL(url).pathname;
  expect((await guest.goto(path))?.status()).toBe(200);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await page.reload();
  await page.getByRole("form", { name: "Revoke preview link" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("form", { name: "Revoke preview link" }).getByRole("status")).toContainText("Revoked");
  expect((await guest.goto(path))?.status()).toBe(404);
  await guest.close();
});

test("deleting moves an article to the trash an editor restores from; a published one must be unpublished first", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const headline = `Bridge closure ${uniqueWord()}`;
  await publishNew(page, headline, "The bridge closes for repairs.");
  await expect(page.getByRole("region", { name: "Delete" })).toContainText("Unpublish this article before deleting it.");
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toContainText("Unpublished");
  await page.reload();
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(/\/admin\?done=trashed/);
  await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
  await page.getByRole("link", { name: "Trash" }).click();
  await page.getByRole("form", { name: `Restore ${headline}` }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("form", { name: `Restore ${headline}` }).getByRole("status")).toContainText("Restored");
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: headline })).toBeVisible();
});

test("the audit log is for administrators, and lists publishing with who and from where", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  const admin = await makeStaff("ADMIN");
  await signIn(page, editor);
  await publishNew(page, `Audit trail ${uniqueWord()}`, "Words.");
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);

  await signIn(page, admin);
  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").selectOption("article.publish");
  await page.getByLabel("Who").selectOption({ label: editor.name });
  await page.getByRole("button", { name: "Filter" }).click();
  const rows = page.getByRole("row").filter({ hasText: "article.publish" });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(editor.name);
});

test("every editor action refuses a request whose session has ended, and keeps the words on screen", async ({ page, context }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`Session check ${uniqueWord()}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Typed before the session ended.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await context.clearCookies();

  for (const name of ["Save draft", "Publish", "Schedule"]) {
    await page.getByRole("button", { name, exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Your session has ended");
  }
  // Autosave too.
  await page.getByLabel("Body").click();
  await page.keyboard.type(" More.");
  await expect(page.getByRole("status")).toContainText("Not saved: Your session has ended", { timeout: 15_000 });
  page.on("dialog", (dialog) => void dialog.accept());
  for (const form of ["Create a preview link", "Delete article"]) {
    await page.getByRole("form", { name: form }).getByRole("button").last().click();
    await expect(page.getByRole("form", { name: form }).getByRole("alert")).toContainText("Your session has ended");
  }
  await expect(page.getByLabel("Body")).toContainText("Typed before the session ended. More.");
});
