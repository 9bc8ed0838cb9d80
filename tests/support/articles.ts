import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { saveArticle } from "@/lib/articles/save-article";
import type { ArticleInput } from "@/lib/articles/schema";
import type { Actor } from "@/lib/auth/permissions";
import { makeDocument, uniqueSuffix } from "./factories";

type Status = ArticleStatus;

// The article form's optional fields, as the form's schema fills them.
export const ARTICLE_INPUT_DEFAULTS = { bylines: [] as string[], minor: false, publishAt: "", note: "", dateline: "" };

export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  const suffix = uniqueSuffix();
  return {
    ...ARTICLE_INPUT_DEFAULTS,
    headline: `Ceasefire talks resume ${suffix}`,
    standfirst: "Negotiators return to Doha.",
    slug: "",
    body: makeDocument("The talks resumed on Sunday."),
    tags: [`Diplomacy ${suffix}`],
    intent: "save",
    ...overrides,
  };
}

// An article written by `owner`, then put straight into `status` (test set-up only).
export async function makeArticle(owner: Actor, status: Status = "DRAFT", overrides: Partial<ArticleInput> = {}) {
  const saved = await saveArticle(owner, articleInput(overrides));
  if (status !== "DRAFT") {
    const publishedAt = status === "PUBLISHED" ? new Date(Date.now() - 60_000) : status === "SCHEDULED" ? new Date(Date.now() + 3_600_000) : status === "UNPUBLISHED" ? new Date(Date.now() - 120_000) : null;
    await db.article.update({ where: { id: saved.id }, data: { status, publishedAt, version: { increment: 1 } } });
  }
  return db.article.findUniqueOrThrow({ where: { id: saved.id }, select: { id: true, slug: true, version: true, status: true } });
}

// Integration tests share one database with the end-to-end suite that runs after them:
// a file takes what it published off the public site when it ends, so readers' pages
// (the front page's first 20, /corrections) are not crowded with test rows.
export function withdrawPublishedSince(since: Date) {
  return db.article.updateMany({
    where: { createdAt: { gte: since }, status: { in: ["PUBLISHED", "SCHEDULED"] }, createdBy: { email: { endsWith: "@example.test" } } },
    data: { status: "UNPUBLISHED" },
  });
}
