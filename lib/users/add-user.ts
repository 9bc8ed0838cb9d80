import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { uniqueUserSlug } from "@/lib/users/unique-user-slug";
import { issuePasswordToken, type PasswordLink } from "@/lib/users/issue-password-token";
import type { AddUserInput } from "@/lib/users/schema";

export type AddedUser = { id: string; email: string; name: string; link: PasswordLink };

// Creates the account without a password and a one-time link for its owner to set one.
export async function addUser(actor: Actor, input: AddUserInput, ip: string | null = null): Promise<AddedUser> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins add staff.");
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new AppError("VALIDATION", "Someone already has this email address.", { email: ["Someone already has this email address."] });
  return db.$transaction(async (tx) => {
    const slug = await uniqueUserSlug(tx, input.name);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, slug, passwordHash: null },
      select: { id: true, email: true, name: true },
    });
    const link = await issuePasswordToken(tx, user.id, "SET", actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.create", targetType: "user", targetId: user.id, ip, details: { role: input.role } });
    return { ...user, link };
  });
}
