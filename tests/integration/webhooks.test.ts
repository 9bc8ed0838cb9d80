import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { Runner } from "graphile-worker";
import { db, disconnectDb } from "@/lib/db";
import { reloadSettings } from "@/lib/settings";
import { saveArticle } from "@/lib/articles/save-article";
import { applyTransition, transitionArticle } from "@/lib/articles/transition-article";
import { addCorrection } from "@/lib/articles/corrections";
import { trashArticle } from "@/lib/articles/trash";
import { updateTag } from "@/lib/tags/update-tag";
import { createSection, deleteSection, updateSection } from "@/lib/sections/save-section";
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret } from "@/lib/webhooks/endpoints";
import { listWebhookDeliveries, sendDeliveryAgain } from "@/lib/webhooks/deliveries";
import { startWorker } from "@/lib/webhooks/worker";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { setLiveCoverage } from "@/lib/live/coverage";
import { postLiveEntry } from "@/lib/live/entries";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, makeArticle, withdrawPublishedSince } from "../support/articles";
import { startReceiver, type Receiver } from "../support/webhook-receiver";
import { testDatabaseUrl } from "../support/database";

// Webhooks end to end inside one process: real changes through the services, the real
// queue (graphile-worker) on its own pools, and real HTTP receivers that verify every
// signature with the `standardwebhooks` library.

const started = new Date();
const pools: pg.Pool[] = [];
const runners: Runner[] = [];
const receivers: Receiver[] = [];
const endpoints: string[] = [];
let admin: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

function queuePool(name: string, max = 12): pg.Pool {
  const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max, application_name: name });
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  pools.push(pool);
  return pool;
}

async function worker(name: string, concurrency = 10): Promise<Runner> {
  const runner = await startWorker({ pgPool: queuePool(`test webhooks ${name}`, concurrency + 2), concurrency });
  runners.push(runner);
  return runner;
}

async function receiverWithEndpoint(events: WebhookEventType[], options: { port?: number } = {}) {
  const receiver = await startReceiver(options);
  receivers.push(receiver);
  const endpoint = await createWebhookEndpoint(admin, { url: receiver.url, description: "test", events, enabled: true });
  endpoints.push(endpoint.id);
  receiver.setSecret(endpoint.secret);
  return { receiver, endpoint };
}

async function publishedArticle(headline = `Harbour reopens ${uniqueSuffix()}`) {
  return saveArticle(editor, articleInput({ headline, intent: "publish" }));
}

async function jobsLeft(): Promise<number> {
  // Due or running now: not a retry waiting for later (of an endpoint already deleted),
  // nor a job an earlier, stopped test run left locked (graphile-worker frees those after 4 hours).
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS n FROM graphile_worker.jobs
    WHERE run_at <= now() AND attempts < max_attempts AND (locked_at IS NULL OR locked_at > now() - interval '1 minute')`;
  return Number(rows[0]!.n);
}

let mainWorker: Runner;

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  reloadSettings();
  admin = await makeUser("ADMIN");
  editor = await makeUser("EDITOR");
  mainWorker = await worker("main");
});

afterEach(async () => {
  // Each test's endpoints stop receiving (their rows go with them).
  for (const id of endpoints.splice(0)) await deleteWebhookEndpoint(admin, id).catch(() => undefined);
});

afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop().catch(() => undefined)));
  await Promise.all(receivers.map((r) => r.close()));
  await Promise.all(pools.map((p) => p.end()));
  await withdrawPublishedSince(started);
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  reloadSettings();
  await disconnectDb();
});

describe("webhooks", () => {
  it("sends a signed article.published that verifies with standardwebhooks, and logs it", async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(["article.published"]);
    const headline = `Bridge opens ${uniqueSuffix()}`;
    const saved = await publishedArticle(headline);
    const [got] = await receiver.waitFor((r) => r.length >= 1);
    expect(got!.verified).toBe(true);
    expect(got!.payload.type).toBe("article.published");
    expect(got!.payload.data).toMatchObject({ id: saved.id, slug: saved.slug, headline, url: expect.stringMatching(new RegExp(`/articles/${saved.slug}$`)) });
    expect(got!.payload.data.publishedAt).toEqual(expect.any(String));
    const { rows } = await listWebhookDeliveries(endpoint.id);
    await expect.poll(async () => (await listWebhookDeliveries(endpoint.id)).rows[0]?.status).toBe("SUCCEEDED");
    const [row] = (await listWebhookDeliveries(endpoint.id)).rows;
    expect(got!.id).toBe(`msg_${rows[0]!.id}`);
    expect(row).toMatchObject({ eventType: "article.published", responseStatus: 200, attempts: 1, summary: headline });
  });

  it("sends nothing for a change that rolled back, and the next committed one once", async () => {
    const { receiver } = await receiverWithEndpoint(["article.published"]);
    const draft = await saveArticle(editor, articleInput());
    await expect(
      db.$transaction(async (tx) => {
        await applyTransition(tx, editor, { id: draft.id, transition: "publish" });
        throw new Error("the save failed after publishing");
      }),
    ).rejects.toThrow("the save failed");
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoints[0] } })).toBe(0);
    const later = await publishedArticle();
    await receiver.waitFor((r) => r.length >= 1);
    // Let the queue drain, then check that only the committed change arrived.
    await expect.poll(jobsLeft, { timeout: 10_000 }).toBe(0);
    expect(receiver.received.map((r) => r.payload.data.id)).toEqual([later.id]);
  });

  it("retries a receiver that fails, then recovers, with the same webhook-id", async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(["article.published"]);
    receiver.respond((_r, count) => ({ status: count === 1 ? 503 : 204 }));
    await publishedArticle();
    const got = await receiver.waitFor((r) => r.length >= 2, 20_000);
    expect(got[0]!.id).toBe(got[1]!.id);
    expect(got.every((r) => r.verified)).toBe(true);
    await expect.poll(async () => (await listWebhookDeliveries(endpoint.id)).rows[0]?.status).toBe("SUCCEEDED");
    const [row] = (await listWebhookDeliveries(endpoint.id)).rows;
    expect(row).toMatchObject({ attempts: 2, responseStatus: 204, lastError: null });
  });

  it("retries a receiver killed mid-delivery, with the same webhook-id", async () => {
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, "../support/webhook-dying-receiver.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
    const lines: string[] = [];
    const port = await new Promise<number>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        lines.push(...chunk.toString().trim().split("\n"));
        const match = lines.map((l) => /^port (\d+)$/.exec(l)).find(Boolean);
        if (match) resolve(Number(match[1]));
      });
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const endpoint = await createWebhookEndpoint(admin, { url: `http://127.0.0.1:${port}/hooks`, description: "", events: ["article.published"], enabled: true });
    endpoints.push(endpoint.id);
    await publishedArticle();
    expect(await exited).toBe("SIGKILL");
    const firstId = lines.find((l) => l.startsWith("got "))?.slice(4);
    // The receiver comes back on the same port; the retry reaches it.
    const back = await startReceiver({ port, secret: endpoint.secret });
    receivers.push(back);
    const [retry] = await back.waitFor((r) => r.length >= 1, 20_000);
    expect(retry!.verified).toBe(true);
    if (firstId) expect(retry!.id).toBe(firstId);
    await expect.poll(async () => (await listWebhookDeliveries(endpoint.id)).rows[0]?.status).toBe("SUCCEEDED");
    expect((await listWebhookDeliveries(endpoint.id)).rows[0]!.attempts).toBe(2);
  });

  it("does not follow a redirect", async () => {
    const target = await startReceiver();
    receivers.push(target);
    const { receiver, endpoint } = await receiverWithEndpoint(["article.published"]);
    receiver.respond(() => ({ status: 302, headers: { location: target.url } }));
    await publishedArticle();
    await receiver.waitFor((r) => r.length >= 1);
    await expect.poll(async () => (await listWebhookDeliveries(endpoint.id)).rows[0]?.responseStatus).toBe(302);
    const [row] = (await listWebhookDeliveries(endpoint.id)).rows;
    expect(row!.status).toBe("PENDING");
    expect(row!.lastError).toMatch(/redirect/);
    expect(target.received).toHaveLength(0);
    await deleteWebhookEndpoint(admin, endpoint.id);
    endpoints.splice(endpoints.indexOf(endpoint.id), 1);
  });

  it("reports updates, corrections, unpublishing and deletion of a live article", async () => {
    const { receiver } = await receiverWithEndpoint(["article.updated", "article.correction_added", "article.unpublished", "article.deleted"]);
    const saved = await publishedArticle();
    const current = await db.article.findUniqueOrThrow({ where: { id: saved.id }, select: { version: true, headline: true, slug: true } });
    await db.editLock.deleteMany({ where: { articleId: saved.id } });
    await saveArticle(editor, articleInput({ id: saved.id, version: current.version, headline: `${current.headline} (updated)`, slug: current.slug, intent: "save" }));
    await addCorrection(editor, { articleId: saved.id, kind: "CORRECTION", text: "An earlier version misspelt the harbour master's name." });
    const now = await db.article.findUniqueOrThrow({ where: { id: saved.id }, select: { version: true } });
    await transitionArticle(editor, { id: saved.id, transition: "unpublish", version: now.version });
    await trashArticle(editor, { id: saved.id });
    const got = await receiver.waitFor((r) => r.length >= 4);
    expect(new Set(got.map((r) => r.payload.type))).toEqual(new Set(["article.updated", "article.correction_added", "article.unpublished", "article.deleted"]));
    expect(got.every((r) => r.verified && r.payload.data.id === saved.id)).toBe(true);
    const correction = got.find((r) => r.payload.type === "article.correction_added")!;
    expect(correction.payload.data.correction).toMatchObject({ kind: "CORRECTION", text: expect.stringContaining("harbour master") });
  });

  it("tells nobody about a scheduled article until it is due, then sends article.published", async () => {
    const { receiver } = await receiverWithEndpoint(["article.published", "article.unpublished"]);
    const at = new Date(Date.now() + 2_500);
    const draft = await saveArticle(editor, articleInput());
    await transitionArticle(editor, { id: draft.id, transition: "schedule", publishAt: at });
    // An article scheduled and then unpublished before its time: nothing, ever.
    const withdrawn = await saveArticle(editor, articleInput());
    await transitionArticle(editor, { id: withdrawn.id, transition: "schedule", publishAt: at });
    const w = await db.article.findUniqueOrThrow({ where: { id: withdrawn.id }, select: { version: true } });
    await transitionArticle(editor, { id: withdrawn.id, transition: "unpublish", version: w.version });
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoints[0] } })).toBe(0);
    const [got] = await receiver.waitFor((r) => r.length >= 1, 20_000);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    expect(got!.payload).toMatchObject({ type: "article.published", data: { id: draft.id, publishedAt: at.toISOString() } });
    await expect.poll(jobsLeft, { timeout: 10_000 }).toBe(0);
    expect(receiver.received).toHaveLength(1);
  });

  it("sends a tag change only for a tag readers can see", async () => {
    const { receiver } = await receiverWithEndpoint(["tag.changed"]);
    const s = uniqueSuffix();
    const hidden = await saveArticle(editor, articleInput({ tags: [`Merger talks ${s}`] }));
    await publishedArticle();
    const live = await saveArticle(editor, articleInput({ tags: [`Harbour ${s}`], intent: "publish" }));
    const hiddenTag = await db.articleTag.findFirstOrThrow({ where: { articleId: hidden.id }, select: { tagId: true } });
    const liveTag = await db.articleTag.findFirstOrThrow({ where: { articleId: live.id }, select: { tagId: true } });
    await updateTag(editor, hiddenTag.tagId, { name: `Merger X ${s}`, description: "" });
    await updateTag(editor, liveTag.tagId, { name: `Port ${s}`, description: "" });
    const [got] = await receiver.waitFor((r) => r.length >= 1);
    expect(got!.payload.data).toMatchObject({ change: "renamed", tag: { id: liveTag.tagId, name: `Port ${s}` }, previous: { name: `Harbour ${s}` } });
    await expect.poll(jobsLeft, { timeout: 10_000 }).toBe(0);
    expect(receiver.received).toHaveLength(1);
  });

  it("sends section.changed for a section created, renamed, moved and deleted, and nothing for a change that rolled back", async () => {
    const { receiver } = await receiverWithEndpoint(["section.changed"]);
    const s = uniqueSuffix();
    const fields = (name: string, slug: string, parentId?: string) => ({ name, slug, description: "", position: 0, parentId });
    const world = await createSection(admin, fields(`World ${s}`, `world-${s}`));
    const asia = await createSection(admin, fields(`Asia ${s}`, `asia-${s}`));
    await updateSection(admin, asia.id, fields(`Asia-Pacific ${s}`, `asia-${s}`));
    // Make the commit itself fail after the delivery was queued: the change and its delivery go together.
    const trigger = `refuse_${s.replace(/\W/g, "_")}`;
    await db.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.payload #>> '{data,section,name}' = 'Rolled back ${s}' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NULL; END $$`);
    await db.$executeRawUnsafe(`CREATE CONSTRAINT TRIGGER ${trigger} AFTER INSERT ON webhook_deliveries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    try {
      await expect(updateSection(admin, asia.id, fields(`Rolled back ${s}`, `asia-${s}`))).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON webhook_deliveries`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    expect((await db.section.findUniqueOrThrow({ where: { id: asia.id } })).name).toBe(`Asia-Pacific ${s}`);
    await updateSection(admin, asia.id, fields(`Asia-Pacific ${s}`, `asia-${s}`, world.id));
    await deleteSection(admin, asia.id);
    await deleteSection(admin, world.id);

    const got = await receiver.waitFor((r) => r.length >= 6);
    await expect.poll(jobsLeft, { timeout: 10_000 }).toBe(0);
    expect(receiver.received).toHaveLength(6);
    expect(got.every((r) => r.verified && r.payload.type === "section.changed")).toBe(true);
    const changes = got.map((r) => r.payload.data as { change: string; section: { id: string; name: string; path: string; url: string | null }; previous?: { name: string; path: string }; paths?: unknown[] });
    const of = (id: string) => changes.filter((c) => c.section.id === id).map((c) => c.change).sort();
    expect(of(world.id)).toEqual(["created", "deleted"]);
    expect(of(asia.id)).toEqual(["created", "deleted", "moved", "renamed"]);
    const renamed = changes.find((c) => c.change === "renamed")!;
    expect(renamed).toMatchObject({ section: { name: `Asia-Pacific ${s}`, path: `asia-${s}` }, previous: { name: `Asia ${s}` } });
    expect(renamed.section.url).toMatch(new RegExp(`/sections/asia-${s}$`));
    const moved = changes.find((c) => c.change === "moved")!;
    expect(moved).toMatchObject({ section: { path: `world-${s}/asia-${s}` }, previous: { path: `asia-${s}` }, paths: [{ id: asia.id, from: `asia-${s}`, to: `world-${s}/asia-${s}` }] });
    expect(changes.find((c) => c.change === "deleted" && c.section.id === asia.id)!.section.url).toBeNull();
    expect(changes.some((c) => c.section.name === `Rolled back ${s}`)).toBe(false);
  });

  it("sends live_entry.posted for an entry in a live article readers can see, and nothing for one under embargo", async () => {
    const { receiver } = await receiverWithEndpoint(["live_entry.posted"]);
    const live = await publishedArticle(`Talks resume ${uniqueSuffix()}`);
    await setLiveCoverage(editor, { articleId: live.id, startsAt: new Date(Date.now() - 60_000) });
    const embargoed = await makeArticle(editor, "SCHEDULED");
    await setLiveCoverage(editor, { articleId: embargoed.id, startsAt: new Date(Date.now() - 60_000) });
    try {
      await postLiveEntry(editor, { articleId: embargoed.id, headline: "Not yet", body: makeDocument("Under embargo."), keyEvent: false });
      const posted = await postLiveEntry(editor, { articleId: live.id, headline: "Delegations arrive", body: makeDocument("The delegations arrived."), keyEvent: true });
      const [got] = await receiver.waitFor((r) => r.length >= 1);
      expect(got!.verified).toBe(true);
      expect(got!.payload.type).toBe("live_entry.posted");
      expect(got!.payload.data).toMatchObject({ article: { id: live.id, slug: live.slug }, entry: { id: posted.id, headline: "Delegations arrive" } });
      expect((got!.payload.data as { entry: { url: string } }).entry.url).toMatch(new RegExp(`/articles/${live.slug}/entries/${posted.id}$`));
      expect(await db.webhookDelivery.count({ where: { eventType: "live_entry.posted", payload: { path: ["data", "article", "id"], equals: embargoed.id } } })).toBe(0);
    } finally {
      await db.liveCoverage.deleteMany({ where: { articleId: { in: [live.id, embargoed.id] } } });
    }
  });

  it("sends again with the same webhook-id; a rotated secret still verifies with the old one for a day", async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(["article.published"]);
    await publishedArticle();
    const [first] = await receiver.waitFor((r) => r.length >= 1);
    await expect.poll(async () => (await listWebhookDeliveries(endpoint.id)).rows[0]?.status).toBe("SUCCEEDED");
    await rotateWebhookSecret(admin, endpoint.id);
    const [row] = (await listWebhookDeliveries(endpoint.id)).rows;
    await sendDeliveryAgain(admin, row!.id);
    const got = await receiver.waitFor((r) => r.length >= 2);
    expect(got[1]!.id).toBe(first!.id);
    // The receiver still holds the old secret: the old signature is among those sent.
    expect(got[1]!.verified).toBe(true);
    expect(got[1]!.signature.split(" ")).toHaveLength(2);
    await expect(sendDeliveryAgain(editor, row!.id)).rejects.toThrow("Only admins manage webhooks.");
  });

  it("two workers on one queue send each delivery exactly once", async () => {
    await mainWorker.stop();
    runners.splice(runners.indexOf(mainWorker), 1);
    await Promise.all([worker("a", 5), worker("b", 5)]);
    const { receiver } = await receiverWithEndpoint(["article.correction_added"]);
    const articles = await Promise.all(Array.from({ length: 6 }, () => publishedArticle()));
    const count = 120;
    // Six changes at a time, on six articles (a correction locks its article's row).
    for (let i = 0; i < count; i += 6) {
      await Promise.all(articles.map((a, j) => addCorrection(editor, { articleId: a.id, kind: "UPDATE", text: `Update ${i + j}` })));
    }
    const got = await receiver.waitFor((r) => r.length >= count, 60_000);
    await expect.poll(jobsLeft, { timeout: 10_000 }).toBe(0);
    const ids = got.map((r) => r.id);
    expect(new Set(ids).size).toBe(count);
    expect(ids).toHaveLength(count);
    expect(got.every((r) => r.verified)).toBe(true);
  });
});
