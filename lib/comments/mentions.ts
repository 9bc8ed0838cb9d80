import "server-only";
import type { Tx } from "@/lib/db";
import { isMailConfigured, sendMail } from "@/lib/mail/send-mail";
import { siteName, siteUrl } from "@/lib/site";

export type MentionNotice = { userId: string; email: string; name: string };

/**
 * Records the people mentioned in a comment: each picked person still named as
 * "@Name" in the text, active, and not the author. Returns who is new to this comment
 * (an edit that keeps a mention does not notify twice).
 */
export async function recordMentions(tx: Tx, input: { commentId: string; authorId: string; body: string; picked: readonly string[]; now: Date }): Promise<MentionNotice[]> {
  if (!input.picked.length) return [];
  const people = await tx.user.findMany({ where: { id: { in: [...input.picked] }, active: true }, select: { id: true, email: true, name: true } });
  const named = people.filter((p) => p.id !== input.authorId && input.body.includes(`@${p.name}`));
  if (!named.length) return [];
  const existing = await tx.commentMention.findMany({ where: { commentId: input.commentId }, select: { userId: true } });
  const fresh = named.filter((p) => !existing.some((e) => e.userId === p.id));
  if (fresh.length) {
    await tx.commentMention.createMany({ data: fresh.map((p) => ({ commentId: input.commentId, userId: p.id, createdAt: input.now })), skipDuplicates: true });
  }
  return fresh.map((p) => ({ userId: p.id, email: p.email, name: p.name }));
}

/**
 * Emails each newly mentioned person when SMTP is configured (after the comment
 * committed). The inbox has the mention either way; a failed send is logged, not fatal.
 */
export async function emailMentions(
  notices: readonly MentionNotice[],
  about: { author: string; headline: string; articleId: string; threadId: string; body: string },
): Promise<number> {
  if (!notices.length || !isMailConfigured()) return 0;
  const link = `${siteUrl()}/admin/articles/${about.articleId}?thread=${about.threadId}`;
  const excerpt = about.body.length > 500 ? `${about.body.slice(0, 499)}…` : about.body;
  let sent = 0;
  for (const person of notices) {
    try {
      await sendMail({
        to: person.email,
        subject: `${about.author} mentioned you on “${about.headline}”`,
        text: `Hello ${person.name},\n\n${about.author} mentioned you in a comment on “${about.headline}” in ${siteName()}:\n\n${excerpt}\n\nOpen the thread: ${link}\n\nYour inbox in the newsroom lists every mention.\n`,
      });
      sent++;
    } catch (error) {
      console.error("Could not email a comment mention", error instanceof Error ? error.message : error);
    }
  }
  return sent;
}
