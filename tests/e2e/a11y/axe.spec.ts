import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { insertArticle, sampleArticleId } from "../support/articles";
import { announceSiteWideExpiry, insertSection, insertSectionStory } from "../fronts/support";

// WCAG 2.0, 2.1 and 2.2 A and AA rules, light and dark.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

const SAMPLE = "/articles/afghanistan-end-of-a-round-of-talks-in-doha-without-a-ceasefire-agreement";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`public pages (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test("home, article, tag, author and search pages have no axe violations", async ({ page }) => {
      const word = uniqueWord();
      await insertArticle({ headline: `Accessible story ${word}`, publishedAt: new Date(Date.now() - 1_000), tag: { name: "Afghanistan", slug: "afghanistan" } });
      // A section (with a story) puts the masthead's section menu on every page, marked on its own pages.
      const section = await insertSection(`0 Accessible ${word}`);
      const inSection = await insertSectionStory({ headline: `Sectioned story ${word}`, sectionId: section.id, publishedAt: new Date(Date.now() - 1_000) });
      await announceSiteWideExpiry();
      // The announcement arrives through PostgreSQL: wait for it on the page.
      await expect(async () => {
        await page.goto("/");
        await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: section.name })).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 10_000 });
      for (const path of ["/", SAMPLE, `/sections/${section.path}`, `/articles/${inSection.slug}`, "/tags/afghanistan", "/authors/dateline-newsdesk", "/search?q=taliban", "/search", "/articles/no-such-article"]) {
        await page.goto(path);
        await test.step(path, () => expectNoViolations(page));
      }
    });
  });
}

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto(SAMPLE);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("sign-in and the admin editor pages have no axe violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoViolations(page);
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await expectNoViolations(page);
  await page.goto("/admin/articles/new");
  await expect(page.getByLabel("Headline")).toBeVisible();
  await expectNoViolations(page);
  await page.goto(`/admin/articles/${await sampleArticleId()}`);
  await expect(page.getByLabel("Headline")).toBeVisible();
  await expectNoViolations(page);
});
