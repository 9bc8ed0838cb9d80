import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { insertSection, insertSectionStory, minutesAgo } from "./support";

// Every test here arranges a section front of its own: the home page's front is shared
// by the other specs, which expect its default layout (newest first).

async function pickWithKeyboard(page: Page, label: string, words: string): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  await box.focus();
  await page.keyboard.type(words);
  await expect(page.getByRole("listbox", { name: `${label}: results` }).getByRole("option").first()).toContainText(words);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
}

const lead = (page: Page) => page.getByRole("main").locator("article").first().getByRole("heading");
const topRow = (page: Page) => page.getByRole("region", { name: "Top stories" }).getByRole("heading", { level: 3 });

test("an editor arranges a section front with the keyboard; empty places fill themselves; an unpublished pick drops out at once", async ({ page, browser }) => {
  test.slow(); // signs in and drives the admin: slow on a shared CI machine
  const editor = await makeStaff("EDITOR");
  const w = uniqueWord();
  const section = await insertSection(`Politics ${w}`);
  const [old1, old2, new3, new2, new1] = await Promise.all([
    insertSectionStory({ headline: `Old one ${w}`, sectionId: section.id, publishedAt: minutesAgo(10) }),
    insertSectionStory({ headline: `Old two ${w}`, sectionId: section.id, publishedAt: minutesAgo(9) }),
    insertSectionStory({ headline: `New three ${w}`, sectionId: section.id, publishedAt: minutesAgo(3) }),
    insertSectionStory({ headline: `New two ${w}`, sectionId: section.id, publishedAt: minutesAgo(2) }),
    insertSectionStory({ headline: `New one ${w}`, sectionId: section.id, publishedAt: minutesAgo(1) }),
  ]);
  // A newer story of another section never fills this front.
  await insertSectionStory({ headline: `Elsewhere ${w}`, sectionId: null, publishedAt: minutesAgo(0.5) });

  const reader = await browser.newPage();
  await reader.goto(`/sections/${section.path}`);
  await expect(lead(reader)).toHaveText(new1.headline);

  await signIn(page, editor);
  await page.goto(`/admin/fronts/${section.id}`);
  await pickWithKeyboard(page, "Pin the lead story", `Old one ${w}`);
  await expect(page.getByRole("status").filter({ hasText: "pinned as the lead story" })).toHaveText(`${old1.headline} pinned as the lead story.`);
  await pickWithKeyboard(page, "Add a story to Top stories row: Top stories", `Old two ${w}`);
  await pickWithKeyboard(page, "Add a story to Top stories row: Top stories", `New one ${w}`);
  const pinned = page.getByRole("list", { name: "Stories in Top stories row: Top stories" }).getByTestId("reorderable-item");
  await expect(pinned).toHaveCount(2);
  // Move "New one" up with the arrow key on its grip.
  await page.getByRole("button", { name: new RegExp(`^Reorder ${new1.headline}`) }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(`${new1.headline} moved to position 1 of 2.`);
  await expect(pinned.first()).toContainText(new1.headline);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toHaveText("Published: readers see this layout now.");

  await reader.reload();
  await expect(lead(reader)).toHaveText(old1.headline);
  // Two pinned places in the chosen order, two filled with the newest stories left.
  await expect(topRow(reader)).toHaveText([new1.headline, old2.headline, new2.headline, new3.headline]);
  await expect(reader.getByRole("link", { name: `Elsewhere ${w}` })).toHaveCount(0);

  // Unpublishing a pinned story takes it off the front at the next request.
  await page.goto(`/admin/articles/${old2.id}`);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").first()).toContainText("Unpublished");
  await reader.reload();
  await expect(topRow(reader)).toHaveText([new1.headline, new2.headline, new3.headline]);
  await expect(reader.getByRole("link", { name: old2.headline })).toHaveCount(0);
  await reader.close();
});

test("a scheduled layout goes live at its time with no job; an earlier layout comes back in one click", async ({ page, browser }) => {
  test.slow(); // signs in and drives the admin: slow on a shared CI machine
  const editor = await makeStaff("EDITOR");
  const w = uniqueWord();
  const section = await insertSection(`Business ${w}`);
  const [evening, morning] = await Promise.all([
    insertSectionStory({ headline: `Evening edition ${w}`, sectionId: section.id, publishedAt: minutesAgo(5) }),
    insertSectionStory({ headline: `Morning edition ${w}`, sectionId: section.id, publishedAt: minutesAgo(6) }),
  ]);
  await signIn(page, editor);
  await page.goto(`/admin/fronts/${section.id}`);
  await pickWithKeyboard(page, "Pin the lead story", evening.headline);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(`/sections/${section.path}`);
  await expect(lead(reader)).toHaveText(evening.headline);

  // The morning edition, scheduled a little ahead (UTC is the test site's zone).
  await pickWithKeyboard(page, "Pin the lead story", morning.headline);
  // Whole seconds, as the field takes them (its value has no milliseconds).
  const at = new Date(Math.floor((Date.now() + 20_000) / 1000) * 1000);
  await page.getByLabel("Go live at (UTC)").fill(at.toISOString().slice(0, 19));
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled" })).toBeVisible();
  await reader.reload();
  await expect(lead(reader)).toHaveText(evening.headline);
  expect(Date.now()).toBeLessThan(at.getTime());

  // Nothing runs at that time: the first request after it gets the new layout.
  await expect(async () => {
    await reader.reload();
    await expect(lead(reader)).toHaveText(morning.headline, { timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [1_000] });
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());

  // History says who did what; restoring the first layout is one click.
  await page.reload();
  const history = page.getByRole("table", { name: "Changes to this front, newest first" });
  await expect(history.getByRole("row").filter({ hasText: "Live now" })).toContainText(editor.name);
  await history.getByRole("row").filter({ hasText: "Published" }).getByRole("button", { name: /^Restore/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await reader.reload();
  await expect(lead(reader)).toHaveText(evening.headline);
  await reader.close();
});

test("only editors and admins arrange fronts, and the front editor has no axe violations", async ({ page, browser }) => {
  test.slow(); // signs in and drives the admin: slow on a shared CI machine
  const reporter = await makeStaff("REPORTER");
  const section = await insertSection(`Sport ${uniqueWord()}`);
  const reporterPage = await browser.newPage();
  await signIn(reporterPage, reporter);
  await reporterPage.goto(`/admin/fronts/${section.id}`);
  await expect(reporterPage.getByText("Only editors and admins arrange fronts.")).toBeVisible();
  await reporterPage.close();

  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.goto(`/admin/fronts/${section.id}`);
  await page.getByRole("combobox", { name: "Pin the lead story" }).focus();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
});
