import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

const TAKEN = "That address used to belong to another article and still redirects there. Choose another slug.";

// A slug another article once had answers with a redirect forever, so no article may take it.
export async function assertSlugFree(tx: Tx, slug: string, articleId?: string): Promise<void> {
  const redirect = await tx.slugRedirect.findUnique({ where: { slug }, select: { articleId: true } });
  if (redirect && redirect.articleId !== articleId) throw new AppError("VALIDATION", TAKEN, { slug: [TAKEN] });
}

// After a published article's slug changes, the old one keeps answering with a 301 to
// the article (not to a slug), so chains of renames all land on the current address.
export async function rememberOldSlug(tx: Tx, articleId: string, oldSlug: string, newSlug: string): Promise<void> {
  if (oldSlug === newSlug) return;
  await tx.slugRedirect.deleteMany({ where: { slug: newSlug, articleId } });
  await tx.slugRedirect.upsert({ where: { slug: oldSlug }, create: { slug: oldSlug, articleId }, update: { articleId } });
}
