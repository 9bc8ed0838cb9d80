import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import PageCacheHandler, { describePageCache, peekPageCache } from "@/lib/cache/page-cache-handler.js";
import { EVERY_PAGE_TAG, LIFETIME_END_TAG_PREFIX, freshness } from "@/lib/cache/freshness.js";
import { EXPIRY_CHANNEL, decodeExpiry, encodeExpiry } from "@/lib/cache/expiry-message";
import { startRevalidationListener, stopRevalidationListener } from "@/lib/cache/revalidation-listener";
import { announceEveryPageExpired } from "@/lib/cache/announce-expiry";
import { disconnectDb } from "@/lib/db";
import { uniqueSuffix } from "../support/factories";

// Next's page cache handler, driven the way Next drives it (get, then render, then set;
// revalidateTag at the end of a server action), with real route entries, and this
// process's freshness connection on the test database. A second connection plays every
// other instance: it counts the NOTIFYs this instance sends, and sends its own.

const handler = new PageCacheHandler();
let otherInstance: pg.Client;
// Every payload the other instance has received and not yet looked at, in order.
const inbox: string[] = [];
let onNotification: (() => void) | null = null;

beforeAll(async () => {
  await startRevalidationListener();
  otherInstance = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await otherInstance.connect();
  await otherInstance.query(`LISTEN ${EXPIRY_CHANNEL}`);
  otherInstance.on("notification", (message) => {
    if (message.channel !== EXPIRY_CHANNEL || !message.payload) return;
    inbox.push(message.payload);
    onNotification?.();
  });
});

afterAll(async () => {
  await disconnectDb();
  await otherInstance.end();
  await stopRevalidationListener();
});

// The handler's clock is Date.now(), in milliseconds, and an expiry in the same
// millisecond as a render's start counts against the render (it may not have seen the
// change). The tests run on a clock of their own that moves only when told to, so "this
// render started after that save" is a fact, not a race with the machine's clock; it
// starts two hours ahead of real expiries recorded by earlier tests.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * 3_600_000 });
});
afterEach(() => {
  vi.useRealTimers();
});
const tick = () => vi.setSystemTime(Date.now() + 1);

const SENTINEL = JSON.stringify({ tags: ["sentinel"] });

/**
 * Every NOTIFY committed so far, as the other instance receives them: PostgreSQL delivers
 * notifications in commit order, so once our own sentinel, sent now, comes back, every
 * earlier one has arrived.
 */
async function notificationsUntilNow(): Promise<string[][]> {
  const sentinelBack = new Promise<void>((resolve) => {
    onNotification = () => {
      if (inbox.includes(SENTINEL)) resolve();
    };
  });
  await otherInstance.query("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, SENTINEL]);
  await sentinelBack;
  onNotification = null;
  const received = inbox.splice(0, inbox.indexOf(SENTINEL) + 1).slice(0, -1);
  return received.map((payload) => decodeExpiry(payload) ?? []);
}

type Page = { key: string; tags: string[] };

function routePage(path: string): Page {
  // The implicit tags Next gives a route handler's response (every folder as `…/layout`,
  // the route, the concrete path), as it writes them into the entry's headers.
  const tags = [EVERY_PAGE_TAG, "_N_T_/(site)/layout", "_N_T_/(site)/tags/layout", "_N_T_/(site)/tags/[slug]/layout", "_N_T_/(site)/tags/[slug]/route", `_N_T_${path}`];
  return { key: `/route-cache/${uniqueSuffix()}${path}`, tags };
}

function routeEntry(page: Page, body: string, extraTags: string[] = []) {
  return { kind: "APP_ROUTE", status: 200, body: Buffer.from(body), headers: { "content-type": "text/html; charset=utf-8", "x-next-cache-tags": [...page.tags, ...extraTags].join(",") } };
}

const CONTEXT = { kind: "APP_ROUTE" };
const LIFETIME = { cacheControl: { revalidate: 600, expire: 31_536_000 } };

/** What Next does on a request: look up; on a miss render and store. Says whether it rendered. */
async function serve(page: Page, body: string, extraTags: string[] = [], cacheControl = LIFETIME): Promise<"hit" | "rendered"> {
  if (await handler.get(page.key, CONTEXT)) return "hit";
  await handler.set(page.key, routeEntry(page, body, extraTags), cacheControl);
  return "rendered";
}

describe("the page cache handler", () => {
  it("expires 2,000 cached pages with one site-wide expiry: one NOTIFY, no entry touched, every page a miss next time", async () => {
    const pages = Array.from({ length: 2_000 }, (_, i) => routePage(`/tags/topic-${i}`));
    for (const page of pages) expect(await serve(page, `<p>${page.key}</p>`)).toBe("rendered");
    for (const page of pages) expect(await serve(page, "not rendered again")).toBe("hit");
    await notificationsUntilNow();
    const before = pages.map((page) => peekPageCache(page.key)!);
    const { entries } = describePageCache();

    // What expireEveryPublicPage() does: revalidatePath("/", "layout"), which Next hands
    // to the handler as this one tag when the server action ends.
    tick();
    await handler.revalidateTag([EVERY_PAGE_TAG]);
    tick();

    // One write for every other instance...
    expect(await notificationsUntilNow()).toEqual([[EVERY_PAGE_TAG]]);
    // ...one map write here, and no work per page: every entry is still there, untouched.
    expect(describePageCache().entries).toBe(entries);
    pages.forEach((page, i) => {
      const entry = peekPageCache(page.key);
      expect(entry).toBe(before[i]);
      expect(entry!.lastModified).toBe(before[i]!.lastModified);
    });
    // Each page is a miss when next read, and is cached again after its render.
    for (const page of pages) expect(await handler.get(page.key, CONTEXT), page.key).toBeNull();
    for (const page of pages) await handler.set(page.key, routeEntry(page, "fresh"), LIFETIME);
    for (const page of pages) expect(await serve(page, "not rendered again")).toBe("hit");
  });

  it("keeps no 404 or 301 at an article address (the route answers those from memory); other addresses keep theirs", async () => {
    const suffix = uniqueSuffix();
    const answer = (status: number) => ({ kind: "APP_ROUTE", status, body: Buffer.from("<p>Page not found</p>"), headers: { "content-type": "text/html; charset=utf-8" } });
    for (const status of [404, 301]) {
      // As Next keys a route handler's entry.
      const key = `/route-cache/APP_ROUTE/0f3a/$/articles/no-such-story-${status}-${suffix}`;
      expect(await handler.get(key, CONTEXT)).toBeNull();
      await handler.set(key, answer(status), LIFETIME);
      expect(peekPageCache(key)).toBeUndefined();
      expect(await handler.get(key, CONTEXT)).toBeNull();
    }
    // A real article, and a tag page's own 404, are kept.
    const article = `/route-cache/APP_ROUTE/0f3a/$/articles/a-real-story-${suffix}`;
    await handler.get(article, CONTEXT);
    await handler.set(article, answer(200), LIFETIME);
    expect(await handler.get(article, CONTEXT)).not.toBeNull();
    const tag = `/route-cache/APP_ROUTE/0f3a/$/tags/no-such-tag-${suffix}`;
    await handler.get(tag, CONTEXT);
    await handler.set(tag, answer(404), LIFETIME);
    expect(await handler.get(tag, CONTEXT)).not.toBeNull();
  });

  it("expires only the pages a tag names, and says so to the other instances in one NOTIFY", async () => {
    const [changed, untouched] = [routePage(`/tags/changed-${uniqueSuffix()}`), routePage(`/tags/untouched-${uniqueSuffix()}`)];
    await serve(changed, "old");
    await serve(untouched, "old");
    await notificationsUntilNow();
    tick();
    await handler.revalidateTag([changed.tags.at(-1)!, "_N_T_/feed.xml"]);
    tick();
    expect(await notificationsUntilNow()).toEqual([[changed.tags.at(-1)!, "_N_T_/feed.xml"]]);
    expect(await serve(changed, "new")).toBe("rendered");
    expect(await serve(untouched, "new")).toBe("hit");
  });

  it("never stores a render that started before an expiry as fresh", async () => {
    const page = routePage(`/tags/racing-${uniqueSuffix()}`);
    // A reader's request misses and the render starts, reading the database...
    expect(await handler.get(page.key, CONTEXT)).toBeNull();
    tick();
    // ...an editor's save commits and expires the page meanwhile...
    await handler.revalidateTag([page.tags.at(-1)!]);
    tick();
    // ...and the render, which may hold the old article, finishes and is stored.
    await handler.set(page.key, routeEntry(page, "maybe the old article"), LIFETIME);
    // The next reader must not get it: it starts a new render.
    expect(await handler.get(page.key, CONTEXT)).toBeNull();
    // A render started after the save is stored and served.
    await handler.set(page.key, routeEntry(page, "the new article"), LIFETIME);
    expect(await handler.get(page.key, CONTEXT)).not.toBeNull();
  });

  it("applies an expiry heard from another instance in this instance's clock, and the same race rule", async () => {
    const [heardOf, other] = [routePage(`/tags/heard-${uniqueSuffix()}`), routePage(`/tags/other-${uniqueSuffix()}`)];
    await serve(heardOf, "old");
    await serve(other, "old");
    // A render of the page starts here; another instance saves and announces meanwhile.
    const racing = routePage(`/tags/heard-race-${uniqueSuffix()}`);
    expect(await handler.get(racing.key, CONTEXT)).toBeNull();
    tick();
    const tag = heardOf.tags.at(-1)!;
    const before = freshness().expiredAt.get(tag);
    await otherInstance.query("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, encodeExpiry([tag, racing.tags.at(-1)!])]);
    await vi.waitFor(() => expect(freshness().expiredAt.get(tag)).not.toBe(before), { timeout: 1_000, interval: 5 });
    await handler.set(racing.key, routeEntry(racing, "maybe old"), LIFETIME);

    expect(await handler.get(heardOf.key, CONTEXT)).toBeNull();
    expect(await handler.get(racing.key, CONTEXT)).toBeNull();
    expect(await handler.get(other.key, CONTEXT)).not.toBeNull();
  });

  it("serves no copy past its lifetime: the seconds Next gives, or the exact end the render gave", async () => {
    const byLifetime = routePage(`/tags/lifetime-${uniqueSuffix()}`);
    const byEnd = routePage(`/tags/ends-${uniqueSuffix()}`);
    // A page rendered 20.2 s before a scheduled publication: Next's lifetime rounds up
    // to 21 s, the render's end tag says exactly when.
    const due = Date.now() + 20_200;
    await serve(byLifetime, "before", [], { cacheControl: { revalidate: 30, expire: 31_536_000 } });
    await serve(byEnd, "before the embargo", [`${LIFETIME_END_TAG_PREFIX}${due}`], { cacheControl: { revalidate: 21, expire: 31_536_000 } });

    vi.setSystemTime(due - 1);
    expect(await handler.get(byEnd.key, CONTEXT)).not.toBeNull();
    vi.setSystemTime(due);
    expect(await handler.get(byEnd.key, CONTEXT)).toBeNull();
    expect(await handler.get(byLifetime.key, CONTEXT)).not.toBeNull();
    vi.setSystemTime(Date.now() + 10_000);
    expect(await handler.get(byLifetime.key, CONTEXT)).toBeNull();
    // The end tag is not kept as a tag to check on every read.
    await handler.set(byEnd.key, routeEntry(byEnd, "after", [`${LIFETIME_END_TAG_PREFIX}${Date.now() + 60_000}`]), LIFETIME);
    expect(peekPageCache(byEnd.key)!.tags).toEqual(byEnd.tags);
  });

  it("hears `npm run import -- --publish` (another process, the app's database client): every page expires", async () => {
    const pages = [routePage(`/tags/imported-${uniqueSuffix()}`), routePage(`/page/${uniqueSuffix()}`)];
    for (const page of pages) await serve(page, "before the import");
    tick();
    const before = freshness().expiredAt.get(EVERY_PAGE_TAG);
    await announceEveryPageExpired();
    await vi.waitFor(() => expect(freshness().expiredAt.get(EVERY_PAGE_TAG)).not.toBe(before), { timeout: 1_000, interval: 5 });
    for (const page of pages) expect(await handler.get(page.key, CONTEXT)).toBeNull();
  });

  it("after losing its freshness connection, reconnects and expires every page (it may have missed announcements)", async () => {
    const page = routePage(`/tags/while-away-${uniqueSuffix()}`);
    await serve(page, "before the connection dropped");
    tick();
    const before = freshness().expiredAt.get(EVERY_PAGE_TAG);
    const { rowCount } = await otherInstance.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dateline freshness' AND pid <> pg_backend_pid() AND datname = current_database()`);
    expect(rowCount).toBeGreaterThanOrEqual(1);
    await vi.waitFor(() => expect(freshness().expiredAt.get(EVERY_PAGE_TAG)).not.toBe(before), { timeout: 5_000, interval: 20 });
    expect(await handler.get(page.key, CONTEXT)).toBeNull();
    // And it listens again: an announcement from another instance is heard.
    const next = routePage(`/tags/after-${uniqueSuffix()}`);
    tick();
    await serve(next, "after");
    await startRevalidationListener();
    await otherInstance.query("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, encodeExpiry([next.tags.at(-1)!])]);
    await vi.waitFor(async () => expect(await handler.get(next.key, CONTEXT)).toBeNull(), { timeout: 1_000, interval: 5 });
  });

  it("sends one site-wide expiry when the tags would not fit in one notification", async () => {
    await notificationsUntilNow();
    const many = Array.from({ length: 2_000 }, (_, i) => `_N_T_/articles/a-long-article-slug-number-${i}`);
    await handler.revalidateTag(many);
    expect(await notificationsUntilNow()).toEqual([[EVERY_PAGE_TAG]]);
  });
});
