import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

async function cachedFrontPage(request: APIRequestContext): Promise<{ cache: string | undefined; body: string }> {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  return { cache: response.headers()["x-nextjs-cache"], body: await response.text() };
}

// Reporters save drafts all day. A draft no reader can see must not throw away the
// cached front page (and with it every reader's fast page) at each save.
test("a reporter's draft saves and submission leave the cached front page cached; a publish refreshes it", async ({ page, browser, request }) => {
  await cachedFrontPage(request);
  const before = await cachedFrontPage(request);
  expect(before.cache).toBe("HIT");

  const reporter = await makeStaff("REPORTER");
  const headline = `Draft from the field ${uniqueWord()}`;
  await signIn(page, reporter);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type("First paragraph, filed from the field.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.getByLabel("Body").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" A second sentence.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Submitted for review");

  const after = await cachedFrontPage(request);
  expect(after.cache).toBe("HIT");
  expect(after.body).toBe(before.body);

  // Once an editor publishes it, the next reader gets a front page that lists it.
  const slug = await page.getByLabel("Slug").inputValue();
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, await makeStaff("EDITOR"));
  await editorPage.goto(page.url());
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByRole("status")).toContainText("Published");
  const published = await cachedFrontPage(request);
  expect(published.body).toContain(headline);
  expect(published.body).toContain(`/articles/${slug}`);
  await editorContext.close();
});
