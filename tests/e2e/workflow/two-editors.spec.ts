import { expect, test, type Locator } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

// The words a diff marks as removed (del) or added (ins), in order, without the screen-reader markers.
async function marked(region: Locator, tag: "del" | "ins"): Promise<string> {
  const texts = await region.locator(tag).allTextContents();
  return texts.map((t) => t.replace(/\[(added|removed): |\]/g, "").trim()).join(" ");
}

test("two editors on one article: a lock with take-over, a refused stale save, a diff, and both texts survive", async ({ browser }) => {
  const amira = await makeStaff("EDITOR", `Amira Haddad ${uniqueWord()}`);
  const bilal = await makeStaff("EDITOR", `Bilal Saeed ${uniqueWord()}`);
  const headline = `Port strike enters second week ${uniqueWord()}`;

  const a = await (await browser.newContext()).newPage();
  await signIn(a, amira);
  await a.getByRole("link", { name: "New article" }).click();
  await a.getByLabel("Headline").fill(headline);
  await a.getByLabel("Body").click();
  await a.keyboard.type("Dockers walked out on Monday.");
  await a.getByRole("button", { name: "Save draft" }).click();
  await expect(a.getByRole("status")).toContainText("Saved");
  const url = a.url();
  await a.goto(url);
  // Typing takes the editing lock (autosave is its heartbeat).
  await a.getByLabel("Body").click();
  await a.keyboard.press("Control+End");
  await a.keyboard.type(" Talks stalled.");
  await expect(a.getByRole("status")).toContainText("Saved at", { timeout: 15_000 });

  // Bilal opens it: Amira is editing.
  const b = await (await browser.newContext()).newPage();
  await signIn(b, bilal);
  await b.goto(url);
  const bLock = b.getByRole("region", { name: "Editing lock" });
  await expect(bLock).toContainText(`${amira.name} is editing`);
  await expect(b.getByLabel("Headline")).toBeDisabled();
  await bLock.getByRole("button", { name: "Take over" }).click();
  await expect(b.getByLabel("Headline")).toBeEnabled();
  await b.getByLabel("Body").click();
  await b.keyboard.press("Control+End");
  await b.keyboard.press("Enter");
  await b.keyboard.type("Bilal: the union called a rally for Friday.");
  await b.getByRole("button", { name: "Save draft" }).click();
  await expect(b.getByRole("status")).toContainText("Saved at");

  // Amira keeps typing on the version she opened; her next heartbeat tells her.
  await a.getByLabel("Body").click();
  await a.keyboard.press("Control+End");
  await a.keyboard.press("Enter");
  await a.keyboard.type("Amira: ministers met the union on Tuesday.");
  const aLock = a.getByRole("region", { name: "Editing lock" });
  await expect(aLock).toContainText(`${bilal.name} is editing`, { timeout: 15_000 });
  await expect(a.getByRole("textbox", { name: "Body" })).toContainText("Amira: ministers met the union on Tuesday.");
  await aLock.getByRole("button", { name: "Take over" }).click();
  await a.getByRole("button", { name: "Save draft" }).click();

  // Refused: based on an older version. Her words stay; the differences are shown.
  const alert = a.getByRole("main").getByRole("alert");
  await expect(alert).toContainText(`${bilal.name} changed this article at`);
  await expect(a.getByRole("textbox", { name: "Body" })).toContainText("Amira: ministers met the union on Tuesday.");
  const diff = a.getByRole("region", { name: "Differences between their version and yours" });
  await expect(diff.locator("del").first()).toBeVisible();
  expect(await marked(diff, "del")).toMatch(/Bilal:.*called a rally for Friday\.$/);
  expect(await marked(diff, "ins")).toMatch(/Amira: ministers met.*on Tuesday\.$/);
  await diff.getByRole("button", { name: "Save my version" }).click();
  await expect(a.getByRole("status")).toContainText("Saved at");

  // Both texts survive: Amira's in the article, Bilal's in the history, side by side in the diff.
  await a.getByRole("link", { name: "History" }).click();
  const changes = a.getByRole("region", { name: /Changes from version/ });
  await expect(changes.locator("del").first()).toBeVisible();
  expect(await marked(changes, "del")).toMatch(/Bilal:.*called a rally for Friday\.$/);
  expect(await marked(changes, "ins")).toMatch(/Amira: ministers met.*on Tuesday\.$/);
  await a.getByRole("link", { name: "Back to the editor" }).click();
  await expect(a.getByRole("textbox", { name: "Body" })).toContainText("Amira: ministers met the union on Tuesday.");
});
