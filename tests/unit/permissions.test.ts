import { describe, expect, it } from "vitest";
import { can, canChangeComment, canChangeLiveEntry, PERMISSIONS, type Actor, type ArticleRef, type Permission, type Role } from "@/lib/auth/permissions";

const STATUSES: ArticleRef["status"][] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];

// The rules, written out by hand: "all" on every article, "own-draft" only on
// one's own article while it is a draft, "none" never.
type Rule = "all" | "own-draft" | "own" | "none";
const EXPECTED: Record<Role, Record<Permission, Rule>> = {
  ADMIN: Object.fromEntries(PERMISSIONS.map((p) => [p, "all"])) as Record<Permission, Rule>,
  EDITOR: {
    ...(Object.fromEntries(PERMISSIONS.map((p) => [p, "all"])) as Record<Permission, Rule>),
    "api_key.manage": "none",
    "audit.view": "none",
    "section.manage": "none",
    "site.manage": "none",
    "user.manage": "none",
    "webhook.manage": "none",
  },
  REPORTER: {
    "article.create": "all",
    "article.view": "all",
    "article.edit": "own-draft",
    "article.submit": "own-draft",
    "article.review": "none",
    "article.publish": "none",
    "article.schedule": "none",
    "article.unpublish": "none",
    "article.correct": "none",
    "article.preview": "own-draft",
    "article.restore_revision": "own-draft",
    "article.delete": "own-draft",
    "article.restore_deleted": "none",
    "api_key.manage": "none",
    "audit.view": "none",
    "front.edit": "none",
    "live.post": "all",
    "live.manage": "none",
    "article.expire": "none",
    "banner.manage": "none",
    "media.describe": "own-draft",
    "profile.edit": "all",
    "section.manage": "none",
    "tag.create": "all",
    "site.manage": "none",
    "tag.manage": "none",
    "user.manage": "none",
    "webhook.manage": "none",
    "comment.create": "all",
    "comment.resolve": "own",
  },
};

const actorFor = (role: Role): Actor => ({ id: `${role}-me`, role });
const article = (actor: Actor, owner: "own" | "other", status: ArticleRef["status"]): ArticleRef =>
  owner === "own" ? { status, createdById: actor.id, bylineUserIds: [actor.id] } : { status, createdById: "someone-else", bylineUserIds: ["someone-else"] };

describe("permission table: every role × permission × own/other × status", () => {
  for (const role of ["ADMIN", "EDITOR", "REPORTER"] as const) {
    for (const permission of PERMISSIONS) {
      it(`${role} ${permission} → ${EXPECTED[role][permission]}`, () => {
        const actor = actorFor(role);
        const rule = EXPECTED[role][permission];
        for (const owner of ["own", "other"] as const) {
          for (const status of STATUSES) {
            const expected = rule === "all" || (rule === "own" && owner === "own") || (rule === "own-draft" && owner === "own" && status === "DRAFT");
            expect(can(actor, permission, article(actor, owner, status)), `${owner} ${status}`).toBe(expected);
          }
        }
      });
    }
  }

  it("a byline alone makes an article one's own", () => {
    const reporter = actorFor("REPORTER");
    expect(can(reporter, "article.edit", { status: "DRAFT", createdById: "x", bylineUserIds: ["x", reporter.id] })).toBe(true);
  });

  it("an image no article uses is anyone's to describe", () => {
    for (const role of ["ADMIN", "EDITOR", "REPORTER"] as const) expect(can(actorFor(role), "media.describe")).toBe(true);
  });

  it("without an article, row-level permissions are refused to reporters", () => {
    expect(can(actorFor("REPORTER"), "article.edit")).toBe(false);
    expect(can(actorFor("EDITOR"), "article.edit")).toBe(true);
  });

  it("a live entry is its poster's to change, and any editor's", () => {
    const reporter = actorFor("REPORTER");
    expect(canChangeLiveEntry(reporter, { authorId: reporter.id })).toBe(true);
    expect(canChangeLiveEntry(reporter, { authorId: "someone-else" })).toBe(false);
    expect(canChangeLiveEntry(reporter, { authorId: null })).toBe(false);
    expect(canChangeLiveEntry(actorFor("EDITOR"), { authorId: "someone-else" })).toBe(true);
  });
});

describe("comments on drafts", () => {
  it("only a comment's author may edit or delete it, whatever their role", () => {
    for (const role of ["ADMIN", "EDITOR", "REPORTER"] as const) {
      const actor = actorFor(role);
      expect(canChangeComment(actor, { authorId: actor.id })).toBe(true);
      expect(canChangeComment(actor, { authorId: "someone-else" })).toBe(false);
      expect(canChangeComment(actor, { authorId: null })).toBe(false);
    }
  });

  it("without an article, resolving is the desk's", () => {
    expect(can(actorFor("EDITOR"), "comment.resolve")).toBe(true);
    expect(can(actorFor("REPORTER"), "comment.resolve")).toBe(false);
  });
});
