import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { insertArticle } from "../support/articles";
import { insertMedia } from "../support/media";
import { makeStaff, withDb } from "../support/staff";
import { ALL_VECTORS, URL_VECTORS } from "../../integration/security/xss-vectors";
import { findUnsafeHtml } from "../../integration/security/safe-html";

// Stored XSS, the reader's side: the whole corpus is stored in every field a reader's
// page shows (headline, standfirst, body text, tag name and description, author name and
// bio, and the featured image's library alt text, caption and credit, which also reach
// cards and JSON-LD), then the
// pages are opened in Chromium. No dialog opens, no payload marker is set, nothing is
// requested from another host, and the page's main content has no script, frame,
// object, base, meta, event handler or unsafe URL. Vitest covers the save paths
// (tests/integration/security/xss-corpus.test.ts).

const CHUNK = 24;
// PostgreSQL text cannot hold U+0000; those variants are covered in Vitest.
const CORPUS = ALL_VECTORS.map((vector) => vector.replace(/\u0000/g, ""));

type Watch = { dialogs: string[]; outside: string[]; violations: string[] };

function watch(page: Page, baseURL: string): Watch {
  const own = new URL(baseURL).host;
  const seen: Watch = { dialogs: [], outside: [], violations: [] };
  page.on("dialog", async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.host !== own) seen.outside.push(request.url());
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) seen.violations.push(message.text());
  });
  return seen;
}

async function expectNothingRan(page: Page, seen: Watch, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `${where}: payload marker`).toBeUndefined();
  expect(seen.dialogs, `${where}: dialogs`).toEqual([]);
  expect(seen.outside, `${where}: requests to other hosts`).toEqual([]);
  const main = await page.locator("main").first().innerHTML();
  expect(findUnsafeHtml(main, { allowJsonLd: true, allowIds: true }), `${where}: rendered HTML`).toEqual([]);
  // Structured data holds the same words, still valid JSON: nothing closed its element.
  for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) expect(() => JSON.parse(data), `${where}: JSON-LD`).not.toThrow();
}

// The corpus's tag and author names would otherwise sit in every newsroom filter list
// ("statusline" matches a search for "Status"): renamed once the test has read them.
const planted = { tags: [] as string[], users: [] as string[] };
test.afterAll(async () => {
  await withDb(async (client) => {
    await client.query(`UPDATE tags SET name = 'XSS corpus ' || slug WHERE slug = ANY($1::text[])`, [planted.tags]);
    await client.query(`UPDATE users SET name = 'XSS corpus author', bio = '' WHERE id = ANY($1::uuid[])`, [planted.users]);
  });
});

test("the XSS corpus stored in every reader-visible field runs nowhere in Chromium", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const seen = watch(page, baseURL!);
  let pages = 0;
  for (let start = 0; start < CORPUS.length; start += CHUNK) {
    const chunk = CORPUS.slice(start, start + CHUNK);
    const id = randomBytes(4).toString("hex");
    const author = await makeStaff("REPORTER", `${chunk[3] ?? "Author"} ${id}`.slice(0, 120));
    await withDb((client) => client.query(`UPDATE users SET bio = $1 WHERE id = $2`, [chunk.join(" "), author.id]));
    const tagSlug = `xss-${id}`;
    planted.tags.push(tagSlug);
    planted.users.push(author.id);
    const article = await insertArticle({
      headline: `${chunk[0]} ${id}`,
      publishedAt: new Date(Date.now() - 60_000),
      tag: { name: `${chunk[2] ?? "Tag"} ${id}`.slice(0, 60), slug: tagSlug },
      bylineUserId: author.id,
      body: chunk.join("\n"),
    });
    await withDb((client) => client.query(`UPDATE articles SET standfirst = $1 WHERE id = $2`, [chunk[1] ?? "", article.id]));
    await withDb((client) => client.query(`UPDATE tags SET description = $1 WHERE slug = $2`, [chunk[7] ?? "", tagSlug]));
    await insertMedia({ uploadedById: author.id, alt: chunk[4] ?? "", caption: chunk[5] ?? "", credit: chunk[6] ?? "", featureOn: article.id });
    const authorSlug = await withDb(async (client) => (await client.query(`SELECT slug FROM users WHERE id = $1`, [author.id])).rows[0].slug as string);

    const response = await page.goto(`/articles/${article.slug}`);
    expect(response?.status()).toBe(200);
    // The headline shows as the words it is.
    await expect(page.getByRole("heading", { level: 1 })).toContainText(id);
    await expectNothingRan(page, seen, `article ${start}`);
    for (const path of [`/tags/${tagSlug}`, `/authors/${authorSlug}`]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectNothingRan(page, seen, path);
      pages += 1;
    }
    pages += 1;
  }
  expect((await page.goto("/"))?.status()).toBe(200);
  await expectNothingRan(page, seen, "home page");
  console.log(`stored XSS in Chromium: ${CORPUS.length} vectors on ${pages + 1} pages; 0 dialogs, 0 payload markers, 0 outside requests`);
});

test("links with unsafe URLs stored past validation render as nothing", async ({ page, baseURL }) => {
  const seen = watch(page, baseURL!);
  const id = randomBytes(4).toString("hex");
  const content = URL_VECTORS.filter((href) => !href.includes("\u0000")).map((href) => ({ type: "paragraph", content: [{ type: "text", text: "read", marks: [{ type: "link", attrs: { href } }] }] }));
  const article = await insertArticle({ headline: `Tampered links ${id}`, publishedAt: new Date(Date.now() - 60_000) });
  await withDb((client) => client.query(`UPDATE articles SET body = $1 WHERE id = $2`, [JSON.stringify({ type: "doc", content }), article.id]));
  expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(id);
  await expectNothingRan(page, seen, "tampered article");
  for (const link of await page.locator("main a").all()) {
    const href = (await link.getAttribute("href")) ?? "";
    expect(href, "a link on the page").not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
});

// Inserts an <img onerror> into the open page: the policy must report it and it must not run.
async function expectInjectedHandlerBlocked(page: Page): Promise<void> {
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
        document.body.insertAdjacentHTML("beforeend", '<img src="/missing.png" onerror="window.__xss = 1" alt="">');
        setTimeout(() => resolve(false), 2000);
      }),
  );
  expect(blocked).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test("reader pages forbid script outright, sign-in allows no other script origin, and the newsroom gets a per-request nonce", async ({ page, request }) => {
  for (const path of ["/", "/search?q=news", "/corrections", "/no-such-page"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"] ?? "";
    for (const directive of ["script-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'none'"]) expect(policy, path).toContain(directive);
  }
  // Markup injected into a reader page cannot run an inline handler.
  await page.goto("/");
  await expectInjectedHandlerBlocked(page);
  const signInPolicy = (await request.get("/login")).headers()["content-security-policy"] ?? "";
  expect(signInPolicy).toContain("script-src 'self' 'unsafe-inline'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'"]) expect(signInPolicy).toContain(directive);

  const staff = await makeStaff("EDITOR");
  await page.goto("/login");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin");
  // A fresh document load, so the page runs under the newsroom's own policy.
  await page.goto("/admin");
  const first = (await page.request.get("/admin")).headers()["content-security-policy"] ?? "";
  const second = (await page.request.get("/admin")).headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
  expect(nonce, first).toBeTruthy();
  expect(second).not.toContain(nonce!);
  expect(first).toContain("'strict-dynamic'");
  expect(first).not.toContain("'unsafe-inline' 'strict");
  // Markup injected into the newsroom page cannot run an inline handler.
  await expectInjectedHandlerBlocked(page);
  // The editor still works under the policy.
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByLabel("Headline")).toBeVisible();
});
