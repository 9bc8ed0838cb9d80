import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

test("a reporter submits, an editor sends it back with a note the reporter sees, then publishes it", async ({ browser }) => {
  const reporter = await makeStaff("REPORTER", `Farid Omar ${uniqueWord()}`);
  const editor = await makeStaff("EDITOR", `Amira Haddad ${uniqueWord()}`);
  const headline = `Flood defences fail in the north ${uniqueWord()}`;

  const reporterPage = await (await browser.newContext()).newPage();
  await signIn(reporterPage, reporter);
  await reporterPage.getByRole("link", { name: "New article" }).click();
  await reporterPage.getByLabel("Headline").fill(headline);
  await reporterPage.getByLabel("Body").click();
  await reporterPage.keyboard.type("The river broke its banks overnight.");
  // Reporters never see Publish or Schedule.
  await expect(reporterPage.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(reporterPage.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await reporterPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporterPage.getByRole("status")).toContainText("Submitted for review");
  await expect(reporterPage.getByLabel("Headline")).toBeDisabled();
  const articleUrl = reporterPage.url();

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);
  await editorPage.getByRole("link", { name: /await(s)? review/ }).click();
  await editorPage.getByRole("link", { name: headline }).click();
  // In the server's HTML (before React runs) the buttons are disabled: a click then would
  // submit the form natively, a GET with every field in the address, and lose the note.
  const served = await (await editorPage.request.get(editorPage.url())).text();
  expect(served).toMatch(/<button[^>]*value="send_back"[^>]*disabled=""/);
  await editorPage.getByLabel("Note to the reporter").fill("Quote the council, please.");
  await editorPage.getByRole("button", { name: "Send back" }).click();
  await expect(editorPage.getByRole("status")).toContainText("Sent back to the reporter");

  await reporterPage.goto(articleUrl);
  await expect(reporterPage.getByRole("note", { name: "Workflow note" })).toContainText("Quote the council, please.");
  await expect(reporterPage.getByRole("note", { name: "Workflow note" })).toContainText(editor.name);
  await reporterPage.getByLabel("Body").click();
  await reporterPage.keyboard.press("End");
  await reporterPage.keyboard.type(" The council said repairs would take weeks.");
  await reporterPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporterPage.getByRole("status")).toContainText("Submitted for review");

  await editorPage.goto(articleUrl);
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByRole("status")).toContainText("Published");

  const reader = await browser.newPage();
  await reader.goto(`/admin`);
  await expect(reader).toHaveURL(/\/login/);
  const slug = await editorPage.getByLabel("Slug").inputValue();
  expect((await reader.goto(`/articles/${slug}`))?.status()).toBe(200);
  await expect(reader.getByText("The council said repairs would take weeks.")).toBeVisible();
});

test("a reporter reads another's article read-only and filters the list by status, byline and tag", async ({ page }) => {
  const reporter = await makeStaff("REPORTER");
  const other = await makeStaff("REPORTER", `Other Reporter ${uniqueWord()}`);
  const tag = `Harbour ${uniqueWord()}`;
  await signIn(page, other);
  await page.getByRole("link", { name: "New article" }).click();
  const headline = `Harbour reopens ${uniqueWord()}`;
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Ships are back.");
  await page.getByLabel("Tags").fill(tag);
  await page.getByLabel("Tags").press("Enter");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.getByRole("button", { name: "Sign out" }).click();
  // Sign-out ends with a navigation to the sign-in page; signing in before it lands races it.
  await page.waitForURL(/\/login/);

  await signIn(page, reporter);
  await page.getByLabel("Byline").selectOption({ label: other.name });
  await page.getByLabel("Status").selectOption({ label: "Draft" });
  await page.getByLabel("Tag", { exact: true }).fill(tag);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: headline })).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Published" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No articles match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await page.getByRole("link", { name: headline }).click();
  await expect(page.getByText("You can read this article.")).toBeVisible();
  await expect(page.getByLabel("Headline")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);

  // A hand-crafted save of someone else's draft is refused by the server.
  await page.evaluate(() => {
    document.querySelectorAll("main form [disabled]").forEach((element) => element.removeAttribute("disabled"));
    const button = document.createElement("button");
    button.type = "submit";
    button.name = "intent";
    button.value = "save";
    button.textContent = "Forged save";
    document.querySelector("main form")?.append(button);
  });
  await page.getByLabel("Headline").fill("Hijacked headline");
  await page.getByRole("button", { name: "Forged save" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("You can read this article but not change it");
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
});
