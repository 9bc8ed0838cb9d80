import "server-only";
import type { Tx } from "@/lib/db";
import type { RevisionKind } from "@/lib/generated/prisma/client";
import { pruneRevisions } from "@/lib/articles/prune-revisions";

// Snapshots the article as it now stands, inside the caller's transaction, so a change
// and its revision row are written together or not at all. The same transaction thins
// the article's old unnamed revisions (lib/articles/prune-revisions.ts).
export async function writeRevision(
  tx: Tx,
  articleId: string,
  kind: RevisionKind,
  authorId: string | null,
  note = "",
  /** When it happened, if not now (a go-live recorded after its time: lib/articles/record-go-lives.ts). */
  at?: Date,
): Promise<void> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      tags: { orderBy: { position: "asc" }, include: { tag: { select: { name: true } } } },
      bylines: { orderBy: { position: "asc" }, select: { userId: true } },
      section: { select: { name: true } },
    },
  });
  await tx.revision.create({
    data: {
      articleId,
      version: article.version,
      kind,
      status: article.status,
      headline: article.headline,
      standfirst: article.standfirst,
      slug: article.slug,
      body: article.body ?? {},
      tags: article.tags.map((t) => t.tag.name),
      bylines: article.bylines.map((b) => b.userId),
      // The primary section and its name then: history shows it even after a rename or
      // delete. "" is "no section"; null is left for versions written before this was kept.
      sectionId: article.sectionId,
      sectionName: article.section?.name ?? "",
      publishedAt: article.publishedAt,
      seoTitle: article.seoTitle,
      socialTitle: article.socialTitle,
      socialDescription: article.socialDescription,
      authorId,
      note,
      ...(at ? { createdAt: at } : {}),
    },
  });
  await pruneRevisions(tx, articleId);
}
