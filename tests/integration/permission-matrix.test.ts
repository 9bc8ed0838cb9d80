import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { transitionArticle } from "@/lib/articles/transition-article";
import { restoreRevision } from "@/lib/articles/revisions";
import { addCorrection } from "@/lib/articles/corrections";
import { createPreviewLink } from "@/lib/articles/preview-links";
import { restoreFromTrash, trashArticle } from "@/lib/articles/trash";
import { heartbeatLock } from "@/lib/articles/edit-lock";
import type { Actor, Role } from "@/lib/auth/permissions";
import { makeUser } from "../support/factories";
import { articleInput, makeArticle, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
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
