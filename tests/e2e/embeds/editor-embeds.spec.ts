import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

/** A paste as the browser delivers it: a paste event carrying text and, optionally, HTML. */
async function paste(page: Page, text: string, html?: string): Promise<void> {
  await page.getByLabel("Body").evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/plain", data.text);
      if (data.html) transfer.setData("text/html", data.html);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { text, html },
  );
}

test("insert, paste and publish embeds and a table; look-alike hosts are refused with a message", async ({ page, browser }) => {
  // One long editing session (sign in, three refusals, two inserts, two pastes, publish, read).
  test.setTimeout(180_000);
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`Embeds in the editor ${word}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("The minister spoke at noon.");

  // Insert from a link: a look-alike host, a short link, then the real address.
  // Insert lists every block (tests/e2e/editor); embeds open the insert panel on their form.
  await page.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByRole("option", { name: "Embed from a link" }).click();
  const panel = page.getByRole("group", { name: "Insert", exact: true });
  const address = panel.getByLabel("Address of the post, video, chart or map");
  for (const [bad, message] of [
    ["https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ", "is not youtube's address"],
    ["https://youtu.be@evil.test/dQw4w9WgXcQ", "hides its real host"],
    ["http://www.youtube.com/watch?v=dQw4w9WgXcQ", "Only secure (https://)"],
  ] as const) {
    await address.fill(bad);
    await panel.getByRole("button", { name: "Insert embed" }).click();
    await expect(panel.getByRole("alert")).toContainText(message);
  }
  await address.fill("https://youtu.be/dQw4w9WgXcQ?t=42");
  await expect(panel).toContainText("Recognised: YouTube");
  await panel.getByLabel("Caption").fill(`Statement ${word}`);
  await panel.getByLabel("Credit").fill("Video: Ministry");
  await panel.getByRole("button", { name: "Insert embed" }).click();
  await expect(page.getByLabel("Body").locator("figure[data-embed=youtube]")).toContainText(`Statement ${word}`);

  // A table with a header row.
  await page.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByRole("option", { name: "Table" }).click();
  await panel.getByLabel("Caption").fill("Votes");
  await panel.getByLabel("Rows, header row included").fill("2");
  await panel.getByLabel("Columns").fill("2");
  await panel.getByRole("button", { name: "Insert table" }).click();
  await page.getByLabel("Body").locator("th").first().click();
  await page.keyboard.type("Party");

  // Pasting a paragraph with a provider link keeps the words and adds the embed;
  // pasted embed code (an iframe, a tweet's blockquote and script) becomes embeds, the rest goes.
  await page.getByLabel("Body").locator("p").first().click();
  await page.keyboard.press("End");
  await paste(page, "More on Vimeo: https://vimeo.com/76979871 today.");
  // The HTML goes at the end, in the empty paragraph after the table.
  await page.getByLabel("Body").locator(":scope > p").last().click();
  await paste(
    page,
    "",
    '<p>Copied words</p><iframe src="https://www.openstreetmap.org/export/embed.html" width="400"></iframe>' +
      '<iframe src="https://player.vimeo.com/video/1234"></iframe>' +
      '<blockquote class="twitter-tweet"><p>Post text</p><a href="https://twitter.com/AP/status/20">May 1</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script>' +
      '<iframe src="https://evil.test/tracker"></iframe>',
  );
  const bodyBox = page.getByLabel("Body");
  await expect(bodyBox).toContainText("More on Vimeo");
  await expect(bodyBox).toContainText("Copied words");
  await expect(bodyBox.locator("figure[data-embed=vimeo]")).toHaveCount(2);
  await expect(bodyBox.locator("figure[data-embed=x]")).toHaveCount(1);
  await expect(bodyBox.locator("iframe, script")).toHaveCount(0);

  await page.getByRole("button", { name: "Publish" }).click();
  // A busy machine can take a while to save, publish and answer.
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible({ timeout: 30_000 });

  const reader = await browser.newPage();
  const outside: string[] = [];
  await reader.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const url = `/articles/embeds-in-the-editor-${word}`;
  let response = await reader.goto(url);
  await expect(async () => {
    response = await reader.goto(url);
    expect(response!.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  expect(response!.headers()["content-security-policy"]).toMatch(/frame-src https:\/\/platform\.twitter\.com https:\/\/player\.vimeo\.com https:\/\/www\.youtube-nocookie\.com;/);
  await expect(reader.locator("figure[data-embed=youtube] a")).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s");
  await expect(reader.getByRole("region", { name: "Table: Votes" }).getByRole("columnheader").first()).toHaveText("Party");
  await expect(reader.locator(".article-body")).not.toContainText("evil");
  expect(outside).toEqual([]);
  await reader.close();
});
