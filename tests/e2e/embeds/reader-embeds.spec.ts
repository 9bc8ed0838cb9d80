import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EMBED_PROVIDERS, PROVIDERS, parseEmbedUrl } from "../../../lib/content/embeds/providers";
import { insertArticle } from "../support/articles";
import { insertMedia } from "../support/media";
import { makeStaff, uniqueWord } from "../support/staff";

// One address per provider: the article below embeds every one of them.
const ADDRESSES = [
  "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  "https://vimeo.com/76979871",
  "https://x.com/AP/status/20",
  "https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l",
  "https://mastodon.social/@Gargron/109376954089397563",
  "https://www.instagram.com/p/C1a2B3c4D5e/",
  "https://www.tiktok.com/@scout2015/video/6718335390845095173",
  "https://www.facebook.com/nytimes/posts/10151234567890",
  "https://soundcloud.com/forss/flickermood",
  "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
  "https://podcasts.apple.com/us/podcast/the-daily/id1200361736",
  "https://datawrapper.dwcdn.net/aBc12/3/",
  "https://public.flourish.studio/visualisation/1234567/",
  "https://www.google.com/maps/@25.2854,51.531,14z",
  "https://www.openstreetmap.org/#map=15/25.2854/51.5310",
  "https://www.documentcloud.org/documents/20059068-the-mueller-report",
  "https://example.org/report",
];

function embedNode(address: string, caption: string, poster?: { id: string; src: string }) {
  const parsed = parseEmbedUrl(address);
  if (!parsed.ok) throw new Error(parsed.error);
  return { type: "embed", attrs: { ...parsed.embed, caption, credit: "Credit line", posterId: poster?.id ?? null, posterSrc: poster?.src ?? null } };
}

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const cell = (type: string, text: string) => ({ type, content: [p(text)] });

type Fixture = { everything: string; plain: string; linkedHeadline: string; origins: string[] };
let fixture: Fixture;

test.beforeAll(async () => {
  const word = uniqueWord();
  const staff = await makeStaff("EDITOR");
  const [a, b] = [await insertMedia({ uploadedById: staff.id, alt: "Harbour at dawn" }), await insertMedia({ uploadedById: staff.id, alt: "Boats at the quay" })];
  const image = (m: { id: string; storageKey: string }, caption: string) => ({ mediaId: m.id, src: `/api/media/${m.storageKey}/640.png`, alt: caption, caption, credit: "Photo: Desk", width: 640, height: 360, widths: [320, 640] });
  const linked = await insertArticle({ headline: `Linked story ${word}`, publishedAt: new Date(Date.now() - 60_000) });
  const content = [
    p(`Everything ${word}.`),
    ...ADDRESSES.map((address, i) => embedNode(address, `Embed number ${i + 1}`, i === 0 ? { id: a.id, src: `/api/media/${a.storageKey}/640.png` } : undefined)),
    { type: "pullQuote", attrs: { attribution: "The harbour master" }, content: [{ type: "text", text: "The sea decides." }] },
    { type: "factBox", attrs: { title: "Key facts" }, content: [p("Forty boats went out.")] },
    { type: "table", attrs: { caption: "Catch by day" }, content: [{ type: "tableRow", content: [cell("tableHeader", "Day"), cell("tableHeader", "Tonnes")] }, { type: "tableRow", content: [cell("tableCell", "Monday"), cell("tableCell", "12")] }] },
    { type: "gallery", attrs: { caption: "The fleet", images: [image(a, "Harbour at dawn"), image(b, "Boats at the quay")] } },
    { type: "articleCard", attrs: { articleId: linked.id, label: "Old label", current: null } },
    { type: "horizontalRule" },
    p("The end."),
  ];
  const everything = await insertArticle({ headline: `Every embed ${word}`, publishedAt: new Date(Date.now() - 60_000), content });
  const plain = await insertArticle({ headline: `No embeds ${word}`, publishedAt: new Date(Date.now() - 60_000) });
  const origins = [...new Set(ADDRESSES.flatMap((address) => {
    const parsed = parseEmbedUrl(address);
    const player = parsed.ok ? PROVIDERS[parsed.embed.provider].player(parsed.embed.parts) : null;
    return player ? [new URL(player).origin] : [];
  }))];
  fixture = { everything: `/articles/${everything.slug}`, plain: `/articles/${plain.slug}`, linkedHeadline: linked.headline, origins };
  expect(EMBED_PROVIDERS.length).toBe(ADDRESSES.length);
});

/** Records every request that leaves the site, and answers it here: nothing reaches the internet. */
async function watchOutside(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
    outside.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Player</title><p>Stand-in player</p>" });
  });
  return outside;
}

test("an article with one of every embed: nothing leaves the site until a click, then only that player loads", async ({ page }) => {
  const outside = await watchOutside(page);
  const response = await page.goto(fixture.everything);
  const csp = response!.headers()["content-security-policy"]!;
  expect(csp).toContain("script-src 'self';");
  const frameSrc = /frame-src ([^;]+)/.exec(csp)![1]!.split(" ").sort();
  expect(frameSrc).toEqual([...fixture.origins].sort());
  await page.waitForLoadState("networkidle");
  expect(outside).toEqual([]);

  // The placeholders: provider, caption, credit, poster (from the library), and the choice.
  const youtube = page.locator("figure[data-embed=youtube]");
  await expect(youtube).toContainText("YouTube video");
  await expect(youtube).toContainText("Embed number 1");
  await expect(youtube.locator("img.embed-poster")).toHaveAttribute("src", /^\/api\/media\//);
  await expect(page.getByRole("button", { name: "Load YouTube video" })).toBeVisible();
  await expect(page.locator("figure[data-embed=link] a")).toHaveAttribute("href", "https://example.org/report");

  await page.getByRole("button", { name: "Load YouTube video" }).click();
  const frame = youtube.locator("iframe");
  await expect(frame).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await expect(frame).toHaveAttribute("sandbox", /allow-scripts/);
  await expect(frame).toHaveAttribute("title", "YouTube video: Embed number 1");
  await expect(page.frameLocator("figure[data-embed=youtube] iframe").getByText("Stand-in player")).toBeVisible();
  expect(outside.map((url) => new URL(url).origin)).toEqual(["https://www.youtube-nocookie.com"]);
  // Every other embed is still a placeholder.
  await expect(page.locator("iframe")).toHaveCount(1);
});

test("'always load from' is remembered on this device only", async ({ page }) => {
  const outside = await watchOutside(page);
  await page.goto(fixture.everything);
  // Ticking it loads the player at once (and the choice goes with the placeholder).
  await page.getByLabel("Always load from Vimeo on this device").click();
  await expect(page.locator("figure[data-embed=vimeo] iframe")).toHaveAttribute("src", /^https:\/\/player\.vimeo\.com\/video\/76979871/);
  expect(await page.evaluate(() => localStorage.getItem("dateline.embeds.always"))).toBe('["vimeo"]');
  await page.reload();
  await expect(page.locator("figure[data-embed=vimeo] iframe")).toBeVisible();
  await expect(page.locator("figure[data-embed=youtube] iframe")).toHaveCount(0);
  expect(new Set(outside.map((url) => new URL(url).origin))).toEqual(new Set(["https://player.vimeo.com"]));
  // Cookies were never set: the choice lives in localStorage.
  expect(await page.context().cookies()).toEqual([]);
});

test("without JavaScript each placeholder is a working link to the original", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(fixture.everything);
  await expect(page.locator("button")).toHaveText(["Search"]);
  await expect(page.locator("iframe")).toHaveCount(0);
  const youtube = page.locator("figure[data-embed=youtube] a");
  await expect(youtube).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await expect(youtube).toContainText("Open on YouTube");
  await expect(page.locator("figure[data-embed=x] a")).toHaveAttribute("href", "https://x.com/AP/status/20");
  await context.close();
});

test("story elements render readably, and the card shows the linked article's current headline", async ({ page }) => {
  await page.goto(fixture.everything);
  const body = page.locator(".article-body");
  await expect(body.locator("figure.pull-quote blockquote")).toHaveText("The sea decides.");
  await expect(body.locator("figure.pull-quote figcaption")).toHaveText("— The harbour master");
  await expect(body.locator("aside.fact-box")).toContainText("Key factsForty boats went out.");
  const table = page.getByRole("region", { name: "Table: Catch by day" });
  await expect(table.getByRole("columnheader")).toHaveText(["Day", "Tonnes"]);
  await expect(table.getByRole("cell")).toHaveText(["Monday", "12"]);
  await expect(body.locator("figure.gallery li img")).toHaveCount(2);
  await expect(body.locator("figure.gallery > figcaption")).toHaveText("Gallery: The fleet");
  await expect(body.getByRole("link", { name: fixture.linkedHeadline })).toBeVisible();
  await expect(body).not.toContainText("Old label");
  await expect(body.locator("hr")).toHaveCount(1);
  // On a phone the table scrolls inside its labelled region, not the page.
  await page.setViewportSize({ width: 360, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("axe finds nothing on the article with every embed and story element, before and after a player loads", async ({ page }) => {
  // Two full axe runs over a long page.
  test.setTimeout(180_000);
  await watchOutside(page);
  await page.goto(fixture.everything);
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const summary = async () => (await new AxeBuilder({ page }).withTags(tags).exclude("iframe").analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(await summary()).toEqual([]);
  await page.getByRole("button", { name: "Load Spotify audio" }).click();
  await expect(page.locator("figure[data-embed=spotify] iframe")).toBeVisible();
  expect(await summary()).toEqual([]);
});

test("a page without embeds keeps today's script-free policy; the loader is cached for a year", async ({ page, request }) => {
  const response = await page.goto(fixture.plain);
  const csp = response!.headers()["content-security-policy"]!;
  expect(csp).toContain("script-src 'none'");
  expect(csp).toContain("frame-src 'none'");
  await expect(page.locator("script[src]")).toHaveCount(0);

  await page.goto(fixture.everything);
  const src = await page.locator("script[src]").getAttribute("src");
  expect(src).toMatch(/^\/embeds\/loader-[0-9a-f]{12}\.js$/);
  const script = await request.get(src!);
  expect(script.headers()["content-type"]).toBe("text/javascript; charset=utf-8");
  expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/embeds/loader-000000000000.js")).status()).toBe(404);
});
