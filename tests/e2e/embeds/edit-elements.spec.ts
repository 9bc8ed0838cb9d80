import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { insertArticle } from "../support/articles";

// Issue 15: an embed or story element is edited in place through its Edit control (the
// form that inserted it, prefilled), not deleted and inserted again.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

const youtube = (caption: string) => ({ type: "embed", attrs: { provider: "youtube", parts: { video: "dQw4w9WgXcQ" }, caption, credit: "", posterId: null, posterSrc: null } });
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

test("an inserted embed's caption and a fact box's title are edited through their Edit control, one undo step each, and readers see the new words", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  await signIn(page, editor);
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(`Edited elements ${word}`);
  const body = page.getByLabel("Body");
  await body.click();
  await page.keyboard.type("The minister spoke at noon.");

  const panel = page.getByRole("group", { name: "Insert", exact: true });
  // Insert lists every block (tests/e2e/editor); embeds open the insert panel on their form.
  await page.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByRole("option", { name: "Embed from a link" }).click();
  await panel.getByLabel("Address of the post, video, chart or map").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await panel.getByLabel("Caption").fill(`First caption ${word}`);
  await panel.getByRole("button", { name: "Insert embed" }).click();
  const embed = body.locator("figure[data-embed=youtube]");
  await expect(embed).toContainText(`First caption ${word}`);

  // Nothing selected that can be edited: no Edit button.
  await body.locator("p").first().click();
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);

  // Select the embed, then Edit: the dialog is the insert form, prefilled.
  await embed.click();
  await page.getByRole("button", { name: "Edit embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit embed" });
  await expect(dialog.getByLabel("Address of the post, video, chart or map")).toHaveValue("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await expect(dialog.getByLabel("Caption")).toHaveValue(`First caption ${word}`);
  await expectNoViolations(page);
  // A look-alike address is refused in the dialog, which keeps what was typed.
  await dialog.getByLabel("Address of the post, video, chart or map").fill("https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ");
  await dialog.getByLabel("Caption").fill(`New caption ${word}`);
  await dialog.getByRole("button", { name: "Update embed" }).click();
  await expect(dialog.getByRole("alert")).toContainText("is not youtube's address");
  await expect(dialog.getByLabel("Caption")).toHaveValue(`New caption ${word}`);
  await dialog.getByLabel("Address of the post, video, chart or map").fill("https://youtu.be/dQw4w9WgXcQ");
  await dialog.getByLabel("Credit").fill("Video: Ministry");
  await dialog.getByRole("button", { name: "Update embed" }).click();
  await expect(dialog).toBeHidden();
  await expect(embed).toContainText(`New caption ${word}`);
  await expect(embed).toContainText("Video: Ministry");
  // Focus is back on the element, selected.
  await expect(body).toBeFocused();
  await expect(embed).toHaveClass(/ProseMirror-selectednode/);
  // One undo step puts the old caption back; redo brings the edit again.
  await page.keyboard.press("ControlOrMeta+z");
  await expect(embed).toContainText(`First caption ${word}`);
  await expect(embed).not.toContainText("Video: Ministry");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(embed).toContainText(`New caption ${word}`);

  // A fact box, then its title edited; an empty title is refused and the facts stay.
  await body.locator("p").first().click();
  await page.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByRole("option", { name: "Fact box" }).click();
  await panel.getByLabel("Fact box title").fill("Key facts");
  await panel.getByRole("button", { name: "Insert fact box" }).click();
  // The cursor is in the new box once the editor has the focus back.
  await expect(body).toBeFocused();
  await page.keyboard.type(`Founded in 1971 ${word}.`);
  const factBox = body.locator("aside.fact-box");
  await factBox.locator(".fact-box-body p").click();
  await page.getByRole("button", { name: "Edit fact box" }).click();
  const factDialog = page.getByRole("dialog", { name: "Edit fact box" });
  await expect(factDialog.getByLabel("Fact box title")).toHaveValue("Key facts");
  await factDialog.getByLabel("Fact box title").fill(" ");
  await factDialog.getByLabel("Fact box title").press("Enter");
  await expect(factDialog.getByRole("alert")).toHaveText("Give the fact box a title.");
  await factDialog.getByLabel("Fact box title").fill(`Main facts ${word}`);
  await factDialog.getByLabel("Fact box title").press("Enter");
  await expect(factDialog).toBeHidden();
  await expect(factBox.locator(".fact-box-title")).toHaveText(`Main facts ${word}`);
  await expect(factBox).toContainText(`Founded in 1971 ${word}.`);
  // The cursor is back in the box: typing goes on where it was.
  await expect(body).toBeFocused();
  await page.keyboard.type(" More");
  await expect(factBox.locator(".fact-box-body")).toContainText("More");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible({ timeout: 30_000 });

  const reader = await browser.newPage();
  await reader.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  const url = `/articles/edited-elements-${word}`;
  await expect(async () => {
    const response = await reader.goto(url);
    expect(response!.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await expect(reader.locator("figure[data-embed=youtube] figcaption")).toContainText(`New caption ${word}`);
  await expect(reader.locator("figure[data-embed=youtube] figcaption")).toContainText("Video: Ministry");
  await expect(reader.locator("aside.fact-box .fact-box-title")).toHaveText(`Main facts ${word}`);
  await expect(reader.locator(".article-body")).not.toContainText("First caption");
  await reader.close();
});

test("keyboard only: select an embed with the arrow keys, open Edit from the toolbar, save with Enter, cancel with Escape; the server refuses an over-long fact box and keeps the words", async ({ page }) => {
  test.setTimeout(90_000);
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  const article = await insertArticle({
    headline: `Keyboard edit ${word}`,
    publishedAt: new Date(Date.now() - 60_000),
    status: "DRAFT",
    content: [paragraph("Intro."), youtube("Caption by mouse"), { type: "factBox", attrs: { title: "Facts" }, content: [paragraph("One.")] }],
  });
  await signIn(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  const body = page.getByLabel("Body");
  const embed = body.locator("figure[data-embed=youtube]");

  // Into the body (the Body label's field, as a screen reader's form list reaches it), to the
  // end of the first paragraph, down onto the embed.
  await body.focus();
  await page.keyboard.press("ControlOrMeta+Home");
  await expect(body).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowDown");
  await expect(embed).toHaveClass(/ProseMirror-selectednode/);
  // Back to the toolbar (one tab stop), to its last button: Edit embed.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  const edit = page.getByRole("button", { name: "Edit embed" });
  await expect(edit).toBeFocused();
  await expect(edit).toHaveAttribute("aria-haspopup", "dialog");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Edit embed" });
  await expect(dialog.getByLabel("Address of the post, video, chart or map")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Caption")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(`Caption by keyboard ${word}`);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(embed).toContainText(`Caption by keyboard ${word}`);
  await expect(body).toBeFocused();
  await expect(embed).toHaveClass(/ProseMirror-selectednode/);

  // Escape closes without a change, and focus comes back to the embed.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await dialog.getByLabel("Caption").fill("Not kept");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(body).toBeFocused();
  await expect(embed).toContainText(`Caption by keyboard ${word}`);

  // The fact box's words are typed inline; over the limit, the server refuses the save
  // with the validator's message and nothing on screen is lost.
  await body.locator("aside.fact-box .fact-box-body p").click();
  await page.keyboard.press("End");
  await page.keyboard.insertText(` ${"a".repeat(1500)}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A fact box holds at most 1500 characters" }).first()).toBeVisible({ timeout: 30_000 });
  await expect(embed).toContainText(`Caption by keyboard ${word}`);
  await expect(body.locator("aside.fact-box")).toContainText("a".repeat(1500));
});
