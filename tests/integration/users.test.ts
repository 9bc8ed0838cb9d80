import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addUser } from "@/lib/users/add-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";
import { findPasswordToken } from "@/lib/users/find-password-token";
import { setPasswordWithToken, LINK_NOT_VALID } from "@/lib/users/set-password-with-token";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { findActiveSessionUser } from "@/lib/users/find-active-session-user";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { makeUser, uniqueSuffix } from "../support/factories";

afterAll(() => disconnectDb());

function tokenOf(url: string): string {
  return url.split("/set-password/")[1]!;
}

async function auditActions(targetId: string): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" }, select: { action: true } });
  return rows.map((r) => r.action);
}

describe("staff accounts", () => {
  it("adds a person with a one-time set-password link valid for 72 hours", async () => {
    const admin = await makeUser("ADMIN");
    const email = `new-${uniqueSuffix()}@example.test`;
    const added = await addUser(admin, { name: "Nadia Reporter", email, role: "REPORTER" }, "203.0.113.5");
    expect(added.link.url).toMatch(/\/set-password\/[A-Za-z0-9_-]{40,}$/);
    const hours = (added.link.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    // Nobody can sign in before the link is used.
    expect((await authenticateWithPassword(email, "anything at all here")).ok).toBe(false);

    const token = tokenOf(added.link.url);
    expect((await findPasswordToken(token))?.user.email).toBe(email);
    await setPasswordWithToken(token, "plum orchard rainfall 42");
    expect((await authenticateWithPassword(email, "plum orchard rainfall 42")).ok).toBe(true);
    // Used once, then never again.
    await expect(setPasswordWithToken(token, "another long passphrase")).rejects.toThrow(LINK_NOT_VALID);
    expect(await findPasswordToken(token)).toBeNull();
    expect(await auditActions(added.id)).toEqual(expect.arrayContaining(["user.create", "user.password_set", "auth.sign_in"]));
    const created = await db.auditEvent.findFirst({ where: { targetId: added.id, action: "user.create" } });
    expect(created?.actorId).toBe(admin.id);
    expect(created?.ip).toBe("203.0.113.5");
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const admin = await makeUser("ADMIN");
    const other = await makeUser("EDITOR");
    await expect(addUser(admin, { name: "Copy", email: other.email, role: "EDITOR" })).rejects.toThrow("Someone already has this email address.");
  });

  it("lets only admins add people or change roles", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    await expect(addUser(editor, { name: "X", email: `x-${uniqueSuffix()}@example.test`, role: "ADMIN" })).rejects.toBeInstanceOf(AppError);
    await expect(changeUserRole(editor, reporter.id, "ADMIN")).rejects.toThrow("Only admins change roles.");
  });

  it("ends open sessions on a role change and on deactivation, and keeps the bylines", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    expect(await findActiveSessionUser(editor.id, 0)).not.toBeNull();

    await changeUserRole(admin, editor.id, "REPORTER");
    expect(await findActiveSessionUser(editor.id, 0)).toBeNull();
    expect((await findActiveSessionUser(editor.id, 1))?.role).toBe("REPORTER");

    await setUserActive(admin, editor.id, false);
    expect(await findActiveSessionUser(editor.id, 2)).toBeNull();
    expect((await authenticateWithPassword(editor.email, editor.password)).ok).toBe(false);

    await setUserActive(admin, editor.id, true);
    expect((await authenticateWithPassword(editor.email, editor.password)).ok).toBe(true);
    expect(await auditActions(editor.id)).toEqual(expect.arrayContaining(["user.role_change", "user.deactivate", "user.reactivate"]));
    const change = await db.auditEvent.findFirst({ where: { targetId: editor.id, action: "user.role_change" } });
    expect(change?.details).toEqual({ from: "EDITOR", to: "REPORTER" });
  });

  it("never leaves the newsroom without an active admin", async () => {
    const admin = await makeUser("ADMIN");
    // Every other admin is stepped aside for this test, then put back.
    const others = await db.user.findMany({ where: { role: "ADMIN", active: true, id: { not: admin.id } }, select: { id: true } });
    const otherIds = others.map((o) => o.id);
    await db.user.updateMany({ where: { id: { in: otherIds } }, data: { active: false } });
    try {
      const second = await makeUser("ADMIN");
      await changeUserRole(admin, second.id, "EDITOR");
      await expect(changeUserRole(admin, admin.id, "EDITOR")).rejects.toThrow(/last active admin/);
      const helper = await makeUser("ADMIN");
      await expect(setUserActive(helper, admin.id, false)).resolves.toBeUndefined();
      await expect(setUserActive(admin, helper.id, false)).rejects.toBeInstanceOf(AppError);
      await setUserActive(helper, admin.id, true);
      await expect(setUserActive(admin, helper.id, false)).resolves.toBeUndefined();
      await expect(changeUserRole(admin, admin.id, "REPORTER")).rejects.toThrow(/last active admin/);
      expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    } finally {
      await db.user.updateMany({ where: { id: { in: otherIds } }, data: { active: true } });
    }
  });

  it("issues a reset link that replaces the earlier one and ends sessions when used", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const first = await issuePasswordReset(admin, reporter.id);
    const second = await issuePasswordReset(admin, reporter.id);
    expect(await findPasswordToken(tokenOf(first.url))).toBeNull();
    await setPasswordWithToken(tokenOf(second.url), "fresh granite window 7");
    expect(await findActiveSessionUser(reporter.id, 0)).toBeNull();
    expect((await authenticateWithPassword(reporter.email, reporter.password)).ok).toBe(false);
    expect((await authenticateWithPassword(reporter.email, "fresh granite window 7")).ok).toBe(true);
  });

  it("refuses an expired link", async () => {
    const admin = await makeUser("ADMIN");
    const added = await addUser(admin, { name: "Late Larry", email: `late-${uniqueSuffix()}@example.test`, role: "REPORTER" });
    const later = new Date(Date.now() + 73 * 3600_000);
    await expect(setPasswordWithToken(tokenOf(added.link.url), "a perfectly fine passphrase", null, later)).rejects.toThrow(LINK_NOT_VALID);
  });

  it("changes one's own password only with the current one, and signs out everywhere", async () => {
    const editor = await makeUser("EDITOR");
    await expect(changeOwnPassword(editor.id, "not my password", "new long passphrase 1")).rejects.toThrow("Your current password is not right.");
    await changeOwnPassword(editor.id, editor.password, "new long passphrase 1");
    expect(await findActiveSessionUser(editor.id, 0)).toBeNull();
    expect((await authenticateWithPassword(editor.email, "new long passphrase 1")).ok).toBe(true);
  });
});
