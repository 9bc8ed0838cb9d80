import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { SATISFIES_TWO_FACTOR, signInMethodOf } from "@/lib/auth/sign-in-method";

// Which sign-ins ask for a second factor, and whom it is required of.
//
// A sign-in method that already counts as two factors (a passkey: something you have,
// unlocked by something you are or know; single sign-on, whose provider's own MFA is
// trusted) never asks for a code: the one table is SATISFIES_TWO_FACTOR in
// lib/auth/sign-in-method.ts. Every other way in (a password) asks for the TOTP code when
// the person has turned it on, and leads them through setting it up first when an admin
// requires it of their role. `method` is the Auth.js provider id, as `account.provider` names it.
export function isMultiFactorMethod(method: string): boolean {
  return SATISFIES_TWO_FACTOR[signInMethodOf(method)];
}

export const TWO_FACTOR_ROLES_SETTING = "security.two_factor_roles";
const SETTING_KEY = TWO_FACTOR_ROLES_SETTING;
const storedRoles = z.array(z.enum(Role)).catch([]);

/** The stored setting's value (null when never set) as roles; anything malformed is none. */
export function parseRolesRequiringTwoFactor(value: unknown): Role[] {
  return value === null || value === undefined ? [] : storedRoles.parse(value);
}

// Read once per request (React cache): it is checked on every request of anyone without
// a second factor, so an admin's change applies at once on every instance.
export const rolesRequiringTwoFactor = cache(async (): Promise<Role[]> => {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  return parseRolesRequiringTwoFactor(row?.value);
});

export async function storeRolesRequiringTwoFactor(tx: Tx, roles: readonly Role[]): Promise<Role[]> {
  const before = await tx.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  const value = [...new Set(roles)].sort();
  await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
  return before ? storedRoles.parse(before.value) : [];
}
