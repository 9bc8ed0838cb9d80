import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { saveArticle } from "@/lib/articles/save-article";
import { transitionArticle } from "@/lib/articles/transition-article";
import { restoreRevision } from "@/lib/articles/revisions";
import { addCorrection } from "@/lib/articles/corrections";
import { createPreviewLink } from "@/lib/articles/preview-links";
import { restoreFromTrash, trashArticle } from "@/lib/articles/trash";
import { heartbeatLock } from "@/lib/articles/edit-lock";
import { updateMedia } from "@/lib/media/update-media";
import type { Actor, Role } from "@/lib/auth/permissions";
import { makeUser } from "../support/factories";
import { articleInput, makeArticle, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

type Status = ArticleStatus;
type Case = {
  action: string;
  // The state the article must be in for the action to make sense.
  status: Status;
  // Whether a reporter may do it on their own article (never on another's).
  reporterOwn: boolean;
  run: (actor: Actor, article: { id: string; version: number }) => Promise<unknown>;
};

const CASES: Case[] = [
  { action: "edit", status: "DRAFT", reporterOwn: true, run: (a, art) => saveArticle(a, { ...articleInput({ headline: "Edited" }), id: art.id, version: art.version }) },
  { action: "submit", status: "DRAFT", reporterOwn: true, run: (a, art) => transitionArticle(a, { id: art.id, transition: "submit", version: art.version }) },
  { action: "send back", status: "IN_REVIEW", reporterOwn: false, run: (a, art) => transitionArticle(a, { id: art.id, transition: "send_back", note: "Source the quote.", version: art.version }) },
  { action: "publish", status: "IN_REVIEW", reporterOwn: false, run: (a, art) => transitionArticle(a, { id: art.id, transition: "publish", version: art.version }) },
  { action: "schedule", status: "DRAFT", reporterOwn: false, run: (a, art) => transitionArticle(a, { id: art.id, transition: "schedule", publishAt: new Date(Date.now() + 3_600_000), version: art.version }) },
  { action: "unpublish", status: "PUBLISHED", reporterOwn: false, run: (a, art) => transitionArticle(a, { id: art.id, transition: "unpublish", version: art.version }) },
  { action: "correct", status: "PUBLISHED", reporterOwn: false, run: (a, art) => addCorrection(a, { articleId: art.id, kind: "CORRECTION", text: "An earlier version misspelt a name." }) },
  {
    action: "restore revision",
    status: "DRAFT",
    reporterOwn: true,
    run: async (a, art) => {
      const first = await db.revision.findFirstOrThrow({ where: { articleId: art.id }, orderBy: { createdAt: "asc" } });
      return restoreRevision(a, { articleId: art.id, revisionId: first.id, version: art.version });
    },
  },
  { action: "create preview", status: "DRAFT", reporterOwn: true, run: (a, art) => createPreviewLink(a, { articleId: art.id }) },
  { action: "take editing lock", status: "DRAFT", reporterOwn: true, run: (a, art) => heartbeatLock(a, art.id) },
  { action: "delete", status: "DRAFT", reporterOwn: true, run: (a, art) => trashArticle(a, { id: art.id }).then(() => "deleted") },
  {
    action: "restore from trash",
    status: "DRAFT",
    reporterOwn: false,
    run: async (a, art) => {
      await db.article.update({ where: { id: art.id }, data: { deletedAt: new Date() } });
      return restoreFromTrash(a, { id: art.id }).then(() => "restored");
    },
  },
];

const ROLES: Role[] = ["ADMIN", "EDITOR", "REPORTER"];

// The full matrix against the real service functions every server action calls:
// each role × each action × own/other article. Refusals must change nothing.
describe("permission matrix through the services", () => {
  for (const role of ROLES) {
    for (const owner of ["own", "other"] as const) {
      for (const c of CASES) {
        const allowed = role !== "REPORTER" || (owner === "own" && c.reporterOwn);
        it(`${role} ${c.action} on ${owner} article → ${allowed ? "allowed" : "refused"}`, async () => {
          const actor = await makeUser(role);
          const author = owner === "own" ? actor : await makeUser("REPORTER");
          const article = await makeArticle(author, c.status);
          const snapshot = () => db.article.findUniqueOrThrow({ where: { id: article.id }, select: { headline: true, slug: true, status: true, version: true, publishedAt: true } });
          const before = await snapshot();
          const attempt = c.run(actor, article);
          if (allowed) {
            await expect(attempt).resolves.toBeDefined();
          } else {
            await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
            expect(await snapshot()).toEqual(before);
          }
        });
      }
    }
  }
});

// An image's alt text, caption and credit show on every article that features it, so
// changing them is a change to those articles (issue #11, item 4): the same rule as
// editing each of them, checked against the stored rows.
describe("describing a library image that an article uses", () => {
  const makeMedia = (uploadedById: string) =>
    db.mediaAsset.create({
      data: { storageKey: randomBytes(16).toString("hex"), originalName: "x.png", format: "png", width: 640, height: 360, bytes: 1, widths: [320, 640], alt: "Original alt", caption: "Original caption", credit: "Original credit", uploadedById },
      select: { id: true },
    });
  const mediaRow = (id: string) => db.mediaAsset.findUniqueOrThrow({ where: { id }, select: { alt: true, caption: true, credit: true } });
  const fields = { alt: "Rewritten alt", caption: "Rewritten caption", credit: "Rewritten credit" };

  for (const role of ROLES) {
    for (const owner of ["own", "other"] as const) {
      for (const status of ["DRAFT", "PUBLISHED"] as const) {
        const allowed = role !== "REPORTER" || (owner === "own" && status === "DRAFT");
        it(`${role} on the featured image of ${owner} ${status} article → ${allowed ? "allowed" : "refused"}`, async () => {
          const actor = await makeUser(role);
          const author = owner === "own" ? actor : await makeUser("REPORTER");
          const article = await makeArticle(author, status);
          const media = await makeMedia(author.id);
          await db.article.update({ where: { id: article.id }, data: { featuredImageId: media.id } });
          const audits = () => db.auditEvent.count({ where: { targetId: article.id, action: "article.media_update" } });
          const attempt = updateMedia(actor, media.id, fields);
          if (!allowed) {
            await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("used by 1 article you may not edit") });
            expect(await mediaRow(media.id)).toEqual({ alt: "Original alt", caption: "Original caption", credit: "Original credit" });
            expect(await audits()).toBe(0);
            return;
          }
          await expect(attempt).resolves.toMatchObject({ changed: true, liveArticles: status === "PUBLISHED" ? 1 : 0 });
          expect(await mediaRow(media.id)).toEqual(fields);
          expect(await audits()).toBe(status === "PUBLISHED" ? 1 : 0);
        });
      }
    }
  }

  it("a figure in another reporter's body counts too, and the refusal names the article", async () => {
    const reporter = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const media = await makeMedia(reporter.id);
    const headline = `Harbour story ${randomBytes(3).toString("hex")}`;
    await db.article.create({ data: { slug: `figure-${randomBytes(5).toString("hex")}`, headline, createdById: other.id, body: { type: "doc", content: [{ type: "figure", attrs: { mediaId: media.id } }] } } });
    await expect(updateMedia(reporter, media.id, fields)).rejects.toThrow(`This image is used by 1 article you may not edit (“${headline}”)`);
    // An image nobody uses is anyone's to describe.
    const unused = await makeMedia(other.id);
    await expect(updateMedia(reporter, unused.id, fields)).resolves.toMatchObject({ changed: true, liveArticles: 0 });
  });

  it("an editor's change to a live article's image leaves an audit row with before and after", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const article = await makeArticle(reporter, "PUBLISHED");
    const media = await makeMedia(reporter.id);
    await db.article.update({ where: { id: article.id }, data: { featuredImageId: media.id } });
    await updateMedia(editor, media.id, { alt: "Corrected alt", caption: "Original caption", credit: "Original credit" }, "203.0.113.9");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: article.id, action: "article.media_update" } });
    expect(audit).toMatchObject({ actorId: editor.id, targetType: "article", ip: "203.0.113.9" });
    expect(audit.details).toMatchObject({ mediaId: media.id, featured: true, fields: ["alt"], before: { alt: "Original alt" }, after: { alt: "Corrected alt" } });
  });
});
