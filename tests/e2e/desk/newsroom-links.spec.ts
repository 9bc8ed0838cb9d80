import { expect, test } from "@playwright/test";
import { makeStaff, signIn } from "../support/staff";

// Every newsroom page is rendered for its reader at request time, so Next's automatic
// prefetch made each link on screen cost the server a page: opening the article list as an
// admin sent 30 requests besides its own (components/admin/ui/link.tsx). A link still navigates in
// place, asking for the page it opens when it is clicked.
test("opening the newsroom list asks the server for that page alone, and its links still navigate in place", async ({ browser }) => {
  const editor = await makeStaff("EDITOR");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, editor);

  const asked: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/_next/static/")) return;
    asked.push(`${request.method()} ${url.pathname}${request.headers()["next-router-prefetch"] ? " (prefetch)" : ""}`);
  });
  await page.goto("/admin");
  // The page's script has run once "/" moves the focus to the search field; a prefetch
  // would start from then, as each link is seen, and keep the network busy.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.getByLabel("Search")).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual(["GET /admin"]);

  // A click is a client-side navigation (the page is not reloaded) that fetches the inbox then.
  await page.evaluate(() => Object.assign(window, { datelineSamePage: true }));
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /^Inbox/ }).click();
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => "datelineSamePage" in window)).toBe(true);
  expect(asked.filter((line) => line.endsWith("(prefetch)"))).toEqual([]);
  expect(asked.filter((line) => line.includes("/admin/inbox"))).toHaveLength(1);
});
