import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { transitionArticle } from "@/lib/articles/transition-article";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { listPublicCorrections } from "@/lib/articles/corrections";
import { readPublicationClock } from "@/lib/cache/publication-clock";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { db } from "@/lib/db";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";
import { dateToZonedLocal } from "@/lib/articles/zoned-time";
import { siteTimeZone } from "@/lib/site";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("scheduling and embargo", () => {
  it("keeps a scheduled article off every public path until its time, then shows it with no job run", async () => {
    const editor = await makeUser("EDITOR");
    const tagName = `Embargo ${uniqueSuffix()}`;
    const draft = await saveArticle(editor, articleInput({ tags: [tagName] }));
    // Far enough ahead that a busy machine still checks before the time comes.
    const at = new Date(Date.now() + 6000);
    // The form's way: a wall-clock time in the site's zone.
    const scheduled = await saveArticle(editor, { ...articleInput({ tags: [tagName] }), id: draft.id, version: draft.version, intent: "schedule", publishAt: dateToZonedLocal(at, siteTimeZone()) });
    expect(scheduled.status).toBe("SCHEDULED");
    // Give an old slug and a correction-free listing to check too.
    await db.slugRedirect.create({ data: { slug: `old-${scheduled.slug}`, articleId: draft.id } });
    const tagSlug = tagName.toLowerCase().replace(/ /g, "-");
    const tag = await db.tag.findUniqueOrThrow({ where: { slug: tagSlug } });

    const visible = async () => ({
      page: (await getPublishedArticle(scheduled.slug)) !== null,
      home: (await listPublishedArticles()).articles.some((a) => a.slug === scheduled.slug),
      tag: (await listPublishedArticles({ tagId: tag.id })).articles.some((a) => a.slug === scheduled.slug),
      // A tag only the embargoed story carries is unknown to readers until its time (issue #11).
      tagPage: (await getTagBySlug(tagSlug)) !== null,
      redirect: (await findSlugRedirect(`old-${scheduled.slug}`)) !== null,
    });
    expect(await visible()).toEqual({ page: false, home: false, tag: false, tagPage: false, redirect: false });
    const { nextDueAt } = await readPublicationClock();
    expect(nextDueAt && nextDueAt.getTime()).toBeLessThanOrEqual(at.getTime());

    await sleep(at.getTime() - Date.now() + 300);
    expect(await visible()).toEqual({ page: true, home: true, tag: true, tagPage: true, redirect: true });
    expect((await listPublicCorrections()).items.every((c) => c.article.slug !== scheduled.slug)).toBe(true);
  });

  it("refuses a time in the past and a reporter's schedule", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const draft = await saveArticle(editor, articleInput());
    await expect(transitionArticle(editor, { id: draft.id, transition: "schedule", publishAt: new Date(Date.now() - 1000) })).rejects.toMatchObject({ code: "VALIDATION" });
    const own = await saveArticle(reporter, articleInput());
    await expect(transitionArticle(reporter, { id: own.id, transition: "schedule", publishAt: new Date(Date.now() + 60_000) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("publishing a scheduled article now replaces the future time", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, articleInput());
    const scheduled = await transitionArticle(editor, { id: draft.id, transition: "schedule", publishAt: new Date(Date.now() + 3_600_000) });
    const now = await transitionArticle(editor, { id: draft.id, transition: "publish", version: scheduled.version });
    expect(now.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await getPublishedArticle(now.slug)).not.toBeNull();
  });
});
