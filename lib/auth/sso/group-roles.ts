import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { Role } from "@/lib/generated/prisma/enums";

// Which identity-provider groups give which Dateline role (issue 18 item 4). Admins keep the
// list on the Staff page; it lives in the `settings` table, so every instance reads the same
// list at the next sign-in. Mappings in OIDC_GROUP_ROLES are the deployment's own: they are
// shown beside these, cannot be removed here, and both count (the highest matching role wins,
// lib/auth/sso/map-groups.ts).

export type GroupRole = { group: string; role: Role };

const SETTING_KEY = "sso.group_roles";
export const MAX_GROUP_ROLES = 100;

// A group as the provider names it in its groups claim (readGroups keeps names up to 256).
export const groupRoleSchema = z.object({
  group: z
    .string()
    .trim()
    .min(1, "Enter the group’s name as the identity provider sends it.")
    .max(256, "Group names are at most 256 characters."),
  role: z.enum(Role, { error: "Choose Admin, Editor or Reporter." }),
});
export const removeGroupRoleSchema = z.object({ group: z.string().trim().min(1, "Choose a mapping to remove.").max(256) });

const storedMappings = z.array(groupRoleSchema).catch([]);

export async function listStoredGroupRoles(): Promise<GroupRole[]> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  return row ? storedMappings.parse(row.value) : [];
}

// Adds a mapping, or changes the role of a group already mapped here. The row is locked for
// the read-modify-write, so two admins saving at once both keep their change.
export async function mapGroupToRole(actor: Actor, input: GroupRole, ip: string | null): Promise<{ replaced: Role | null }> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins map identity-provider groups to roles.");
  return db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value: [] }, update: {} });
    await tx.$queryRaw`SELECT key FROM settings WHERE key = ${SETTING_KEY} FOR UPDATE`;
    const row = await tx.setting.findUniqueOrThrow({ where: { key: SETTING_KEY }, select: { value: true } });
    const current = storedMappings.parse(row.value);
    const existing = current.find((m) => m.group === input.group);
    if (!existing && current.length >= MAX_GROUP_ROLES) {
      throw new AppError("VALIDATION", `There can be at most ${MAX_GROUP_ROLES} group mappings; remove one first.`);
    }
    const next = existing ? current.map((m) => (m.group === input.group ? input : m)) : [...current, input];
    await tx.setting.update({ where: { key: SETTING_KEY }, data: { value: next } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.sso_group_role",
      targetType: "site",
      targetId: null,
      ip,
      details: { group: input.group, from: existing?.role ?? null, to: input.role },
    });
    return { replaced: existing?.role ?? null };
  });
}

export async function unmapGroup(actor: Actor, group: string, ip: string | null): Promise<void> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins map identity-provider groups to roles.");
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT key FROM settings WHERE key = ${SETTING_KEY} FOR UPDATE`;
    const row = await tx.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
    const current = row ? storedMappings.parse(row.value) : [];
    const removed = current.find((m) => m.group === group);
    if (!removed) throw new AppError("NOT_FOUND", `“${group.slice(0, 80)}” is not mapped here (it may have been removed already).`);
    await tx.setting.update({ where: { key: SETTING_KEY }, data: { value: current.filter((m) => m.group !== group) } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.sso_group_role",
      targetType: "site",
      targetId: null,
      ip,
      details: { group, from: removed.role, to: null },
    });
  });
}
