// The one permission table. Pure functions, so every rule is unit-tested as a matrix
// and the same answer is given to pages (to hide buttons) and to server actions (to refuse).
// Which status changes are valid at all is lib/articles/transitions.ts; this table
// decides who may ask for them.

import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

// Roles and article statuses are declared once, in prisma/schema.prisma; the generated
// enums (browser-safe) are the type everywhere.
export type { Role };
export type Actor = { id: string; role: Role };
export type ArticleRef = {
  status: ArticleStatus;
  createdById: string | null;
  bylineUserIds: readonly string[];
};

export type Permission =
  | "article.create"
  | "article.view"
  | "article.edit"
  | "article.submit"
  | "article.review"
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.correct"
  | "article.preview"
  | "article.restore_revision"
  | "article.delete"
  | "article.restore_deleted"
  | "api_key.manage"
  | "audit.view"
  | "front.edit"
  | "live.post"
  | "live.manage"
  | "article.expire"
  | "banner.manage"
  | "media.describe"
  | "profile.edit"
  | "section.manage"
  | "tag.create"
  | "site.manage"
  | "tag.manage"
  | "user.manage"
  | "webhook.manage"
  | "comment.create"
  | "comment.resolve";

export const PERMISSIONS: readonly Permission[] = [
  "article.create",
  "article.view",
  "article.edit",
  "article.submit",
  "article.review",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.correct",
  "article.preview",
  "article.restore_revision",
  "article.delete",
  "article.restore_deleted",
  "api_key.manage",
  "audit.view",
  "front.edit",
  "live.post",
  "live.manage",
  "article.expire",
  "banner.manage",
  "media.describe",
  "profile.edit",
  "section.manage",
  "tag.create",
  "site.manage",
  "tag.manage",
  "user.manage",
  "webhook.manage",
  "comment.create",
  "comment.resolve",
];

const NEWSROOM_LEADS: readonly Role[] = ["ADMIN", "EDITOR"];

export function isOwnArticle(actor: Actor, article: ArticleRef): boolean {
  return article.createdById === actor.id || article.bylineUserIds.includes(actor.id);
}

// A reporter's own story while it is still in their hands (a draft, or sent back).
function ownDraft(actor: Actor, article?: ArticleRef): boolean {
  return !!article && isOwnArticle(actor, article) && article.status === "DRAFT";
}

export function can(actor: Actor, permission: Permission, article?: ArticleRef): boolean {
  const lead = NEWSROOM_LEADS.includes(actor.role);
  switch (permission) {
    case "article.create":
    case "article.view":
      // Everyone on staff reads every article in the CMS; reporters read others' read-only.
      return true;
    case "article.edit":
    case "article.submit":
    case "article.restore_revision":
    case "article.preview":
    case "article.delete":
      // A reporter works on their own story until it leaves their hands.
      return lead || ownDraft(actor, article);
    case "article.review":
    case "article.publish":
    case "article.schedule":
    case "article.unpublish":
    case "article.correct":
    case "article.restore_deleted":
    // Issue 13: an article's end time (takedown) and the breaking-news banner are the
    // desk's editorial calls; the site's name, logo and icon are the admins'.
    case "article.expire":
    case "banner.manage":
      return lead;
    case "site.manage":
      return actor.role === "ADMIN";
    case "audit.view":
      return actor.role === "ADMIN";
    case "front.edit":
      // Arranging the home page and the section fronts is the desk's editorial judgement.
      return lead;
    case "section.manage":
      // Sections shape every address and the site's navigation: admins only.
      return actor.role === "ADMIN";
    case "live.post":
      // Live coverage (issue 14): every reporter posts entries into a live article.
      return true;
    case "live.manage":
      // Starting and ending coverage, pinning, and changing someone else's entry.
      return lead;
    case "api_key.manage":
      // Content API keys (issue 16): a drafts:read key reads every unpublished story.
      return actor.role === "ADMIN";
    case "media.describe":
      // Alt text, caption and credit of a library image. An image no article uses is
      // anyone's to describe; asked once per article that uses it, it needs the right to
      // edit that article, because the change shows on its page (featured image, JSON-LD).
      return !article || lead || ownDraft(actor, article);
    case "profile.edit":
      // One's own name, bio, picture and password: the id always comes from the session.
      return true;
    case "tag.create":
      // Reporters may create a tag while tagging; renaming, merging and deleting stay with editors.
      return true;
    case "tag.manage":
      return lead;
    case "user.manage":
      return actor.role === "ADMIN";
    case "webhook.manage":
      // Endpoints receive every published change and hold signing secrets.
      return actor.role === "ADMIN";
    case "comment.create":
      // Comments on drafts (issue 17): whoever may read the article in the newsroom may
      // comment on it and reply.
      return can(actor, "article.view", article);
    case "comment.resolve":
      // Closing (and reopening) a thread: the desk, and the article's own reporter at any status.
      return lead || (!!article && isOwnArticle(actor, article));
  }
}

/** A comment: only the person who wrote it may edit or delete it. */
export function canChangeComment(actor: Actor, comment: { authorId: string | null }): boolean {
  return comment.authorId !== null && comment.authorId === actor.id;
}

/** A live entry: its poster may correct or delete it; editors may change anyone's. */
export function canChangeLiveEntry(actor: Actor, entry: { authorId: string | null }): boolean {
  return entry.authorId === actor.id || can(actor, "live.manage");
}
