import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { setArticleExpiry } from "@/lib/articles/set-article-expiry";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { getExpiredArticle } from "@/lib/articles/get-expired-article";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { importArticle } from "@/lib/articles/import-article";
import { readPublicationClock } from "@/lib/cache/publication-clock";
import { forgetSiteChrome, loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { clearBanner, setBanner } from "@/lib/site-chrome/save-site-chrome";
import { bannerAt } from "@/lib/site-chrome/types";
import { dateToZonedLocal } from "@/lib/articles/zoned-time";
import { siteTimeZone } from "@/lib/site";
import { AppError } from "@/lib/errors";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const local = (date: Date) => dateToZonedLocal(date, siteTimeZone());

describe("article end time (issue 13)", () => {
  it("takes a published article off public reads at its time with no job, bounds the clock, and comes back when extended", async () => {
    const editor = await makeUser("EDITOR");
    const published = await saveArticle(editor, { ...articleInput(), intent: "publish" });
    const at = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000);
    await setArticleExpiry({ articleId: published.id, expiresAt: local(at) }, { actorId: editor.id, now: new Date() });
    expect(await getPublishedArticle(published.slug)).not.toBeNull();
    const { nextDueAt } = await readPublicationClock();
    expect(nextDueAt && nextDueAt.getTime()).toBeLessThanOrEqual(at.getTime());

    await sleep(at.getTime() - Date.now() + 200);
    expect(await getPublishedArticle(published.slug)).toBeNull();
    expect((await listPublishedArticles()).articles.some((a) => a.slug === published.slug)).toBe(false);
    expect(await getExpiredArticle(published.slug)).toMatchObject({ expiresAt: at });

    await setArticleExpiry({ articleId: published.id, expiresAt: local(new Date(Date.now() + 3600_000)) }, { actorId: editor.id, now: new Date() });
    expect(await getPublishedArticle(published.slug)).not.toBeNull();
    const audit = await db.auditEvent.findMany({ where: { targetId: published.id, action: "article.expiry_set" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses an end time in the past", async () => {
    const editor = await makeUser("EDITOR");
    const published = await saveArticle(editor, { ...articleInput(), intent: "publish" });
    await expect(setArticleExpiry({ articleId: published.id, expiresAt: local(new Date(Date.now() - 60_000)) }, { actorId: editor.id, now: new Date() })).rejects.toThrow(AppError);
  });

  it("keeps a wire story's Expires line when importing", async () => {
    const s = uniqueSuffix();
    const text = `2026-01-10\nExpires: 2027-01-31T18:00Z\nWire story ${s}\n\nFirst paragraph of the wire story.`;
    const { id } = await importArticle(text, { publish: false, tags: [], bylineUserIds: [], actorId: null });
    const row = await db.article.findUniqueOrThrow({ where: { id }, select: { expiresAt: true, headline: true } });
    expect(row).toEqual({ expiresAt: new Date("2027-01-31T18:00:00Z"), headline: `Wire story ${s}` });
    await db.article.delete({ where: { id } });
  });
});

describe("breaking-news banner (issue 13)", () => {
  it("bounds every page's lifetime by its end time and is not shown after it", async () => {
    const editor = await makeUser("EDITOR");
    const end = new Date(Math.ceil((Date.now() + 60_000) / 1000) * 1000);
    await setBanner({ text: `Flood warning ${uniqueSuffix()}`, href: "", style: "breaking", endsAt: local(end) }, { actorId: editor.id, now: new Date() });
    forgetSiteChrome();
    const chrome = await loadSiteChrome();
    expect(bannerAt(chrome, new Date())).not.toBeNull();
    expect(bannerAt(chrome, end)).toBeNull();
    const { nextDueAt } = await readPublicationClock();
    expect(nextDueAt && nextDueAt.getTime()).toBeLessThanOrEqual(end.getTime());
    await clearBanner({ actorId: editor.id, now: new Date() });
    forgetSiteChrome();
    expect((await loadSiteChrome()).banner).toBeNull();
  });
});

describe("go-live is recorded (issue 13)", () => {
  it("marks a due scheduled article published once, dated at its time, however many readers ask at once", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, articleInput());
    const at = new Date(Date.now() - 90_000);
    await db.article.update({ where: { id: draft.id }, data: { status: "SCHEDULED", publishedAt: at } });
    await Promise.all([recordDueGoLives(), recordDueGoLives(), recordDueGoLives()]);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, version: true } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.version).toBe(draft.version);
    const audit = await db.auditEvent.findMany({ where: { targetId: draft.id, action: "article.went_live" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.createdAt).toEqual(at);
    const revisions = await db.revision.findMany({ where: { articleId: draft.id, note: "Went live at its scheduled time" } });
    expect(revisions.map((r) => r.createdAt)).toEqual([at]);
  });
});
