import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";

// Which sign-ins ask for a second factor, and whom it is required of.
//
// A sign-in method that is itself two factors (a passkey: something you have, unlocked
// by something you are or know) never asks for a code. Every other way in (a password,
// and single sign-on unless its provider id is added here) asks for the TOTP code when
// the person has turned it on, and leads them through setting it up first when an admin
// requires it of their role. Auth.js provider ids, as `account.provider` names them.
export const MULTI_FACTOR_METHODS: ReadonlySet<string> = new Set(["passkey", "webauthn"]);

export function isMultiFactorMethod(method: string): boolean {
  return MULTI_FACTOR_METHODS.has(method);
}

const SETTING_KEY = "security.two_factor_roles";
const storedRoles = z.array(z.enum(Role)).catch([]);

// Read once per request (React cache): it is checked on every request of anyone without
// a second factor, so an admin's change applies at once on every instance.
export const rolesRequiringTwoFactor = cache(async (): Promise<Role[]> => {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  return row ? storedRoles.parse(row.value) : [];
});

export async function storeRolesRequiringTwoFactor(tx: Tx, roles: readonly Role[]): Promise<Role[]> {
  const before = await tx.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  const value = [...new Set(roles)].sort();
  await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
  return before ? storedRoles.parse(before.value) : [];
}
