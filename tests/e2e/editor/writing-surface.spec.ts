import { expect, test, type Locator, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { expectNoViolations } from "../identity/axe";

// The writing desk's surface (issue 17, item 1) and its accessibility (item 7).

async function openNewArticle(page: Page) {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.goto("/admin/articles/new");
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  return body;
}

const button = (page: Page, name: string) => page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name, exact: true });

test("every toolbar action has a shortcut the toolbar shows, and the buttons say what is on", async ({ page }) => {
  const body = await openNewArticle(page);
  await expect(button(page, "Bold")).toHaveAttribute("aria-keyshortcuts", "Control+B");
  await button(page, "Bold").hover();
  await expect(page.getByText("Bold · Ctrl+B")).toBeVisible();
  await body.click();

  await page.keyboard.press("Control+b");
  await page.keyboard.type("Strong");
  await expect(body.locator("strong")).toHaveText("Strong");
  await expect(button(page, "Bold")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Control+b");
  await page.keyboard.press("Control+i");
  await page.keyboard.type(" leaning");
  await expect(body.locator("em")).toHaveText(" leaning");
  await expect(button(page, "Italic")).toHaveAttribute("aria-pressed", "true");
  await expect(button(page, "Bold")).toHaveAttribute("aria-pressed", "false");

  const blocks: Array<[string, string, string]> = [
    ["Control+Alt+2", "h2", "Heading 2"],
    ["Control+Alt+3", "h3", "Heading 3"],
    ["Control+Shift+8", "ul", "Bulleted list"],
    ["Control+Shift+7", "ol", "Numbered list"],
    ["Control+Shift+B", "blockquote", "Quote"],
  ];
  for (const [keys, tag, label] of blocks) {
    await page.keyboard.press(keys);
    await expect(body.locator(tag)).toHaveCount(1);
    await expect(button(page, label)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press(keys); // and back
    await expect(body.locator(tag)).toHaveCount(0);
  }
  await page.keyboard.press("Control+Alt+2");
  await page.keyboard.press("Control+Alt+0");
  await expect(button(page, "Paragraph")).toHaveAttribute("aria-pressed", "true");

  // Undo and redo, by key and by button.
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Second paragraph");
  await expect(body).toContainText("Second paragraph");
  await page.keyboard.press("Control+z");
  await expect(body).not.toContainText("Second paragraph");
  await page.keyboard.press("Control+Shift+z");
  await expect(body).toContainText("Second paragraph");
  await button(page, "Undo").click();
  await expect(body).not.toContainText("Second paragraph");
  await button(page, "Redo").click();
  await expect(body).toContainText("Second paragraph");
  await expect(button(page, "Redo")).toHaveAttribute("aria-disabled", "true");

  // The link shortcut opens the link form.
  await page.keyboard.press("Control+k");
  await expect(page.getByLabel("Link URL")).toBeFocused();
  await expect(button(page, "Link")).toHaveAttribute("aria-expanded", "true");
});

test("Markdown shortcuts make headings, quotes and lists", async ({ page }) => {
  const body = await openNewArticle(page);
  await page.keyboard.type("## Subhead\n");
  await expect(body.locator("h2")).toHaveText("Subhead");
  await page.keyboard.type("### Smaller\n");
  await expect(body.locator("h3")).toHaveText("Smaller");
  await page.keyboard.type("> Quoted words");
  await expect(body.locator("blockquote")).toHaveText("Quoted words");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter"); // an empty line leaves the quote
  await page.keyboard.type("- first item\nsecond item\n\n");
  await expect(body.locator("ul > li")).toHaveText(["first item", "second item"]);
  await page.keyboard.type("1. one\ntwo");
  await expect(body.locator("ol > li")).toHaveText(["one", "two"]);
});

test("the slash menu and the Insert button list every block, filter as you type and work from the keyboard", async ({ page }) => {
  const body = await openNewArticle(page);
  await page.keyboard.type("Opening line.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("/");
  const filter = page.getByRole("combobox", { name: /Insert a block/ });
  await expect(filter).toBeFocused();
  const options = page.getByRole("listbox", { name: "Blocks" }).getByRole("option");
  await expect(options).toHaveText(["Heading 2", "Heading 3", "Quote", "Bulleted list", "Numbered list", "Image", "Divider", "Embed from a link", "Pull quote", "Fact box", "Table", "Gallery", "Article card"]);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expectNoViolations(page);

  await page.keyboard.type("head");
  await expect(options).toHaveText(["Heading 2", "Heading 3"]);
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(filter).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(filter).toHaveCount(0);
  await expect(body).toBeFocused();
  await page.keyboard.type("A smaller heading");
  await expect(body.locator("h3")).toHaveText("A smaller heading");

  // Divider, straight from the menu.
  await page.keyboard.press("Enter");
  await page.keyboard.type("/divid");
  await expect(page.getByRole("option", { name: "Divider" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(body.locator("hr")).toHaveCount(1);

  // Escape keeps what was typed, so a paragraph may still begin with a slash.
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("/r/news");
  await expect(page.getByText("No block matches.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(body).toContainText("/r/news");
  await expect(body).toBeFocused();

  // The Insert button opens the same list; embeds and story elements open their own form.
  await button(page, "Insert").click();
  await expect(button(page, "Insert")).toHaveAttribute("aria-expanded", "true");
  await expect(filter).toBeFocused();
  await expectNoViolations(page);
  await page.keyboard.type("pull");
  await page.keyboard.press("Enter");
  const panel = page.getByRole("group", { name: "Insert", exact: true });
  await expect(panel.getByLabel("Quotation")).toBeFocused();
  await page.keyboard.type(`Words worth repeating ${uniqueWord()}`);
  await panel.getByRole("button", { name: "Insert pull quote" }).click();
  await expect(body.locator(".pull-quote, [data-pull-quote], figure")).toContainText("Words worth repeating");

  // Escape closes the menu and gives the focus back.
  await button(page, "Insert").click();
  await page.keyboard.press("Escape");
  await expect(filter).toHaveCount(0);
  await expect(body).toBeFocused();
});

test("a link's bubble opens, edits and removes it, and the keyboard reaches it", async ({ page }) => {
  const body = await openNewArticle(page);
  await page.keyboard.type("Read the report today.");
  await body.getByText("Read the report today.").dblclick({ position: { x: 60, y: 5 } });
  await page.keyboard.press("Control+k");
  await page.getByLabel("Link URL").fill("https://example.com/report");
  await page.keyboard.press("Enter");
  const link = body.locator("a");
  await expect(link).toHaveAttribute("href", "https://example.com/report");

  await link.click();
  const bubble = page.getByRole("group", { name: "Link", exact: true });
  await expect(bubble).toBeVisible();
  const open = bubble.getByRole("link", { name: "Open link: https://example.com/report" });
  await expect(open).toHaveAttribute("target", "_blank");
  await expectNoViolations(page);

  // Tab from the link goes into the bubble.
  await page.keyboard.press("Tab");
  await expect(open).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(bubble.getByRole("button", { name: "Edit link" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Link URL")).toHaveValue("https://example.com/report");
  await page.getByLabel("Link URL").fill("https://example.com/report-2");
  await page.keyboard.press("Enter");
  await expect(link).toHaveAttribute("href", "https://example.com/report-2");

  await link.click();
  await bubble.getByRole("button", { name: "Remove link" }).click();
  await expect(body.locator("a")).toHaveCount(0);
  await expect(body).toContainText("Read the report today.");
  await expect(bubble).toBeHidden();
});

test("word count, reading time and the headline and standfirst counters follow the writing", async ({ page }) => {
  const body = await openNewArticle(page);
  const count = page.locator("#body-count");
  await expect(count).toHaveText("0 words");
  await page.keyboard.type("One two three — four.");
  await expect(count).toHaveText("4 words · about 1 min to read");
  await page.keyboard.insertText(` ${"word ".repeat(400)}`);
  await expect(count).toHaveText("404 words · about 2 min to read");
  await body.press("Control+a");
  await body.press("Delete");
  await expect(count).toHaveText("0 words");

  const headline = page.getByLabel("Headline");
  await headline.fill("Short headline");
  await expect(page.locator("#headline-help")).toHaveText("14 of 200 characters. Search results show about 70 characters of a title.");
  await headline.fill("x".repeat(75));
  await expect(page.locator("#headline-help")).toContainText("75 of 200 characters. Search results cut a title after about 70");
  await expect(headline).toHaveAttribute("aria-describedby", "headline-help");
  await page.getByLabel("Standfirst").fill("y".repeat(170));
  await expect(page.locator("#standfirst-help")).toContainText("170 of 600 characters. Search results cut a description after about 160");
});

test("distraction-free mode hides everything but the writing, and Escape leaves it", async ({ page }) => {
  const body = await openNewArticle(page);
  await page.keyboard.type("Only the words.");
  const toggle = button(page, "Distraction-free");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // The admin navigation, the settings and the publish buttons are out of reach (inert:
  // out of the tab order and the accessibility tree).
  const inert = (locator: Locator) => locator.evaluate((element) => element.closest("[inert]") !== null);
  const nav = page.getByRole("navigation", { name: "Admin" });
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  expect(await inert(nav)).toBe(true);
  expect(await inert(page.getByRole("complementary", { name: "Article settings" }))).toBe(true);
  expect(await inert(publish)).toBe(true);
  expect(await inert(page.getByLabel("Headline"))).toBe(false);
  await expect(page.getByLabel("Headline")).toBeVisible();
  // The writing covers the screen.
  expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.closest("form") !== null)).toBe(true);
  await expectNoViolations(page);

  await body.click();
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await inert(nav)).toBe(false);
  expect(await inert(publish)).toBe(false);
  await expect(body).toBeFocused();
});

test("the settings are a side panel on wide screens and a sheet on tablets; the checklist is clean for axe", async ({ page }) => {
  await openNewArticle(page);
  const panel = page.getByRole("complementary", { name: "Article settings" });
  for (const label of ["Section", "Tags", "Dateline", "Slug"]) await expect(panel.getByLabel(label, { exact: false }).first()).toBeVisible();
  await expect(panel.getByRole("group", { name: "Bylines" })).toBeVisible();
  await expect(panel.getByRole("group", { name: "Featured image" })).toBeVisible();
  await expect(panel.getByLabel(/Publish at/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Before publishing" })).toBeVisible();
  await expectNoViolations(page);

  await page.setViewportSize({ width: 820, height: 1100 });
  await expect(panel).toHaveCount(0);
  const headline = `Filed from a tablet ${uniqueWord()}`;
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Words.");
  await page.getByRole("button", { name: "Article settings" }).click();
  const sheet = page.getByRole("dialog", { name: "Article settings" });
  await expect(sheet.getByLabel(/Dateline/)).toBeVisible();
  await sheet.getByLabel(/Dateline/).fill("DOHA");
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("button", { name: "Article settings" })).toBeFocused();

  // Fields in the closed sheet are still saved with the form.
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("complementary", { name: "Article settings" }).getByLabel(/Dateline/)).toHaveValue("DOHA");
});
