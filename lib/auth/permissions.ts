// The one permission table. Pure functions, so every rule is unit-tested as a matrix
// and the same answer is given to pages (to hide buttons) and to server actions (to refuse).

export type Role = "ADMIN" | "EDITOR" | "REPORTER";
export type Actor = { id: string; role: Role };
export type ArticleRef = {
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  createdById: string | null;
  bylineUserIds: readonly string[];
};

export type Permission =
  | "article.create"
  | "article.view"
  | "article.edit"
  | "article.publish"
  | "article.unpublish"
  | "tag.create"
  | "tag.manage"
  | "user.manage";

const NEWSROOM_LEADS: readonly Role[] = ["ADMIN", "EDITOR"];

export function isOwnArticle(actor: Actor, article: ArticleRef): boolean {
  return article.createdById === actor.id || article.bylineUserIds.includes(actor.id);
}

export function can(actor: Actor, permission: Permission, article?: ArticleRef): boolean {
  const lead = NEWSROOM_LEADS.includes(actor.role);
  switch (permission) {
    case "article.create":
    case "article.view":
      // Everyone on staff reads every article in the CMS; reporters read others' read-only.
      return true;
    case "article.edit":
      if (lead) return true;
      // A reporter edits their own story until it leaves their hands.
      return !!article && isOwnArticle(actor, article) && article.status === "DRAFT";
    case "article.publish":
    case "article.unpublish":
      return lead;
    case "tag.create":
      // Reporters may create a tag while tagging; renaming, merging and deleting stay with editors.
      return true;
    case "tag.manage":
      return lead;
    case "user.manage":
      return actor.role === "ADMIN";
  }
}
