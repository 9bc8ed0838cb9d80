import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { EXPIRY_CHANNEL, decodeExpiry } from "../../../lib/cache/expiry-message";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

// Two app instances, one database: the editor works on the instance Playwright started
// (A); readers are served by a second server (B, scripts/serve.js) with its own page cache. Every
// change on A must be visible through B within one second of A answering the editor.
const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 1000;
const B = `http://127.0.0.1:${PORT_B}`;
const WITHIN_MS = 1_000;

let instanceB: ChildProcess | undefined;

test.beforeAll(async () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  instanceB = spawn(process.execPath, [path.join(root, "scripts/serve.js"), "start", "--port", String(PORT_B)], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT_B) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const started = Date.now();
  for (;;) {
    const ok = await fetch(`${B}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() - started > 30_000) throw new Error(`The second instance did not start on port ${PORT_B}.`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(() => {
  instanceB?.kill("SIGTERM");
});

async function readB(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${B}${pathname}`, { redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

// Reads the page through B twice, so B holds it in its cache before the change.
async function warmB(pathname: string): Promise<{ status: number; html: string }> {
  await readB(pathname);
  return readB(pathname);
}

async function visibleOnBWithinASecond(pathname: string, check: (page: { status: number; html: string }) => boolean): Promise<number> {
  const from = Date.now();
  await expect.poll(async () => check(await readB(pathname)), { timeout: WITHIN_MS, intervals: [50] }).toBe(true);
  return Date.now() - from;
}

// Listens on the expiry channel as a third instance would. stop() returns every expiry
// announced meanwhile: PostgreSQL delivers notifications in commit order, so once its
// own last one comes back, every earlier one has arrived.
async function listenToExpiries(): Promise<{ stop: () => Promise<string[][]> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const payloads: string[] = [];
  const last = JSON.stringify({ tags: [`end-of-listening-${uniqueWord()}`] });
  let lastBack = () => {};
  client.on("notification", (message) => {
    if (message.payload === last) lastBack();
    else if (message.payload) payloads.push(message.payload);
  });
  await client.query(`LISTEN ${EXPIRY_CHANNEL}`);
  return {
    stop: async () => {
      const back = new Promise<void>((resolve) => (lastBack = resolve));
      await client.query("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, last]);
      await back;
      await client.end();
      return payloads.map((payload) => decodeExpiry(payload) ?? []);
    },
  };
}

async function publishNew(page: Page, headline: string, body: string): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type(body);
  const slug = await page.getByLabel("Slug").inputValue();
  // B has already answered this address 404 (no article has the slug yet) and cached a
  // front page, feed and sitemap without the story.
  expect((await warmB(`/articles/${slug}`)).status).toBe(404);
  for (const cached of ["/", "/feed.xml", "/sitemap.xml"]) expect((await warmB(cached)).html).not.toContain(slug);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  return slug;
}

test("a publish, a correction and an unpublish on one instance show through another within a second", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const word = uniqueWord();
  const headline = `Harbour reopens after the storm ${word}`;

  // B has answered a reader's search for the story's word (nothing yet) and keeps that
  // answer in its search cache.
  expect((await warmB(`/search?q=${word}`)).html).not.toContain(headline);

  // Publish on A: the article and the front page on B. B answered the new slug 404 from
  // its proxy a moment ago (no article had it); its very next read must be the article.
  const expiries = await listenToExpiries();
  const slug = await publishNew(page, headline, "Ferries sail again from the east pier.");
  const first = await readB(`/articles/${slug}`);
  expect(first.status).toBe(200);
  expect(first.html).toContain(headline);
  await visibleOnBWithinASecond("/", (p) => p.html.includes(headline));
  // The publish told the other instances with one write that names every page it changed.
  const announced = (await expiries.stop()).filter((tags) => tags.includes(`_N_T_/articles/${slug}`));
  expect(announced).toHaveLength(1);
  expect(announced[0]).toEqual(expect.arrayContaining(["_N_T_/", "_N_T_/feed.xml", "_N_T_/sitemap.xml", "_N_T_/news-sitemap.xml"]));
  // Feeds and sitemaps are cached pages too, expired the same way.
  await visibleOnBWithinASecond("/feed.xml", (p) => p.html.includes(`<title>${headline}</title>`));
  await visibleOnBWithinASecond("/sitemap.xml", (p) => p.html.includes(`/articles/${slug}</loc>`));
  // And the search B had answered from its cache.
  await visibleOnBWithinASecond(`/search?q=${word}`, (p) => p.html.includes(`/articles/${slug}`));

  // A correction on A: the note on B's cached article page.
  expect((await warmB(`/articles/${slug}`)).html).toContain("Ferries sail again");
  const panel = page.getByRole("form", { name: "Add a correction" });
  await panel.getByLabel("Type").selectOption("CORRECTION");
  const note = `An earlier version named the west pier. ${uniqueWord()}`;
  await panel.getByLabel("Note for readers").fill(note);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status")).toContainText("Added");
  await visibleOnBWithinASecond(`/articles/${slug}`, (p) => p.html.includes(note));

  // Unpublish on A: gone from B's article address, front page and feed.
  await warmB("/");
  expect((await warmB("/feed.xml")).html).toContain(headline);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();
  await visibleOnBWithinASecond(`/articles/${slug}`, (p) => p.status === 404);
  await visibleOnBWithinASecond("/", (p) => !p.html.includes(headline));
  await visibleOnBWithinASecond("/feed.xml", (p) => p.status === 200 && !p.html.includes(headline));
});
