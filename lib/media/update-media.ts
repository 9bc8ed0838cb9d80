import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { listArticlesUsingMedia, type ArticleUsingMedia } from "@/lib/media/list-articles-using-media";
import type { MediaFields } from "@/lib/media/schema";

export type MediaUpdate = { changed: boolean; liveArticles: number; avatars: number };

const LIVE = new Set(["PUBLISHED", "SCHEDULED"]);

// Alt text, caption and credit of a library image. The featured image shows them on
// article pages, cards and JSON-LD, so a change to an image an article uses is a change
// to that article: it needs the right to edit every article that uses it (checked here,
// against the stored rows, inside the transaction), and each live or scheduled article
// gets an audit row naming what changed. Figures in a body keep their own copy of the
// fields (lib/content/figure.ts), so no article's stored content changes and no
// revision is written.
export async function updateMedia(actor: Actor, id: string, fields: MediaFields, ip: string | null = null): Promise<MediaUpdate> {
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<MediaFields[]>`SELECT alt, caption, credit FROM media_assets WHERE id = ${id}::uuid FOR UPDATE`;
    if (!current) throw new AppError("NOT_FOUND", "That image no longer exists.");
    const articles = await listArticlesUsingMedia(tx, id);
    assertMayDescribe(actor, articles);
    const changes = changedFields(current, fields);
    const avatars = await tx.user.count({ where: { avatarId: id } });
    if (changes.length === 0) return { changed: false, liveArticles: 0, avatars };
    await tx.mediaAsset.update({ where: { id }, data: fields });
    await recordAudit(tx, { actorId: actor.id, action: "media.update", targetType: "media", targetId: id, ip, details: { fields: changes, articles: articles.length } });
    const live = articles.filter((a) => LIVE.has(a.status));
    for (const article of live) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.media_update",
        targetType: "article",
        targetId: article.id,
        ip,
        details: { mediaId: id, featured: article.featured, fields: changes, before: pick(current, changes), after: pick(fields, changes) },
      });
    }
    return { changed: true, liveArticles: live.length, avatars };
  });
}

function assertMayDescribe(actor: Actor, articles: readonly ArticleUsingMedia[]): void {
  const refused = articles.filter((a) => !can(actor, "media.describe", a));
  if (refused.length === 0) return;
  const names = refused.slice(0, 3).map((a) => `“${a.headline}”`).join(", ");
  const more = refused.length > 3 ? ` and ${refused.length - 3} more` : "";
  const count = refused.length === 1 ? "1 article" : `${refused.length} articles`;
  throw new AppError(
    "FORBIDDEN",
    `This image is used by ${count} you may not edit (${names}${more}). Its details show on those pages, so ask an editor to change them.`,
  );
}

const FIELDS = ["alt", "caption", "credit"] as const;

function changedFields(before: MediaFields, after: MediaFields): (typeof FIELDS)[number][] {
  return FIELDS.filter((f) => before[f] !== after[f]);
}

function pick(fields: MediaFields, names: readonly (typeof FIELDS)[number][]): Partial<MediaFields> {
  return Object.fromEntries(names.map((n) => [n, fields[n]]));
}
