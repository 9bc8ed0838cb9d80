import { describe, expect, it } from "vitest";
import { can, type Actor, type ArticleRef, type Permission } from "@/lib/auth/permissions";

const admin: Actor = { id: "a", role: "ADMIN" };
const editor: Actor = { id: "e", role: "EDITOR" };
const reporter: Actor = { id: "r", role: "REPORTER" };

const own = (status: ArticleRef["status"]): ArticleRef => ({ status, createdById: "r", bylineUserIds: ["r"] });
const others = (status: ArticleRef["status"]): ArticleRef => ({ status, createdById: "x", bylineUserIds: ["x"] });

// [actor, permission, article, expected]
const MATRIX: [Actor, Permission, ArticleRef | undefined, boolean][] = [
  [admin, "article.publish", others("DRAFT"), true],
  [editor, "article.publish", others("DRAFT"), true],
  [reporter, "article.publish", own("DRAFT"), false],
  [reporter, "article.unpublish", own("PUBLISHED"), false],
  [editor, "article.unpublish", others("PUBLISHED"), true],
  [reporter, "article.create", undefined, true],
  [reporter, "article.edit", own("DRAFT"), true],
  [reporter, "article.edit", own("IN_REVIEW"), false],
  [reporter, "article.edit", own("PUBLISHED"), false],
  [reporter, "article.edit", others("DRAFT"), false],
  [reporter, "article.edit", undefined, false],
  [editor, "article.edit", others("PUBLISHED"), true],
  [admin, "article.edit", others("UNPUBLISHED"), true],
  [reporter, "article.view", others("DRAFT"), true],
  [reporter, "tag.create", undefined, true],
  [reporter, "tag.manage", undefined, false],
  [editor, "tag.manage", undefined, true],
  [editor, "user.manage", undefined, false],
  [admin, "user.manage", undefined, true],
  // A byline alone makes an article one's own.
  [reporter, "article.edit", { status: "DRAFT", createdById: "x", bylineUserIds: ["x", "r"] }, true],
];

describe("permission table", () => {
  it.each(MATRIX.map(([actor, permission, article, expected]) => [actor.role, permission, article?.status ?? "-", article?.createdById === actor.id || article?.bylineUserIds.includes(actor.id) ? "own" : "other", expected, actor, article] as const))(
    "%s %s on %s (%s) → %s",
    (_role, permission, _status, _owner, expected, actor, article) => {
      expect(can(actor, permission, article)).toBe(expected);
    },
  );
});
