"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { addUserSchema, changeRoleSchema, setActiveSchema, userIdSchema, ROLE_LABELS } from "@/lib/users/schema";
import { addUser } from "@/lib/users/add-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";
import { sendPasswordLink } from "@/lib/users/send-password-link";
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { endUserSessions, resetTwoFactor, setRolesRequiringTwoFactor } from "@/lib/users/two-factor";
import { groupRoleSchema, mapGroupToRole, removeGroupRoleSchema, unmapGroup } from "@/lib/auth/sso/group-roles";

export type LinkResult = { url: string; expiresAt: string; emailed: boolean };

export const addUserAction = defineAction({ permission: "user.manage", schema: addUserSchema }, async (input, { user, ip }): Promise<ActionState<LinkResult & { id: string }>> => {
  const added = await addUser(user, input, ip);
  const emailed = await sendPasswordLink({ to: added.email, name: added.name, url: added.link.url, purpose: "SET" });
  revalidatePath("/admin/users");
  return {
    status: "success",
    message: `${added.name} was added.${emailed ? " The link was emailed to them." : " Copy the link below and send it to them."}`,
    data: { id: added.id, url: added.link.url, expiresAt: added.link.expiresAt.toISOString(), emailed },
  };
});

export const changeRoleAction = defineAction({ permission: "user.manage", schema: changeRoleSchema }, async ({ userId, role }, { user, ip }) => {
  await changeUserRole(user, userId, role, ip);
  revalidatePath(`/admin/users/${userId}`);
  return { status: "success", message: `Role changed to ${ROLE_LABELS[role]}. Their open sessions have ended.` };
});

export const setActiveAction = defineAction({ permission: "user.manage", schema: setActiveSchema }, async ({ userId, active }, { user, ip }) => {
  await setUserActive(user, userId, active, ip);
  revalidatePath(`/admin/users/${userId}`);
  return { status: "success", message: active ? "Account reactivated. They can sign in again." : "Account deactivated. Their open sessions have ended." };
});

export const issueLinkAction = defineAction({ permission: "user.manage", schema: userIdSchema }, async ({ userId }, { user, ip }): Promise<ActionState<LinkResult>> => {
  const link = await issuePasswordReset(user, userId, ip);
  const emailed = await sendPasswordLink({ to: link.email, name: link.name, url: link.url, purpose: "RESET" });
  return {
    status: "success",
    message: emailed ? "A password link was emailed. It works once, for 72 hours." : "Copy this link and send it to them. It works once, for 72 hours.",
    data: { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed },
  };
});

export const resetTwoFactorAction = defineAction({ permission: "user.manage", schema: userIdSchema }, async ({ userId }, { user, ip, now }) => {
  await resetTwoFactor(user, userId, ip, now);
  revalidatePath(`/admin/users/${userId}`);
  return { status: "success", message: "Two-factor sign-in was reset and their sessions ended. They sign in with their password alone, or set it up again if their role requires it." };
});

export const endUserSessionsAction = defineAction({ permission: "user.manage", schema: userIdSchema }, async ({ userId }, { user, ip, now }) => {
  await endUserSessions(user, userId, ip, now);
  revalidatePath(`/admin/users/${userId}`);
  return { status: "success", message: userId === user.id ? "All your sessions ended, this one too." : "All their sessions ended. Every browser they used is signed out." };
});

// Checkboxes: every checked role, none when none is checked.
const twoFactorRolesSchema = z.object({ roles: z.array(z.enum(Role, { error: "Choose Admin, Editor or Reporter." })).max(3) });

export const setTwoFactorRolesAction = defineAction(
  { permission: "user.manage", schema: twoFactorRolesSchema, read: (form) => ({ roles: form.getAll("roles").filter((v) => typeof v === "string").slice(0, 10) }) },
  async ({ roles }, { user, ip }) => {
    await setRolesRequiringTwoFactor(user, roles, ip);
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: roles.length
        ? `Two-factor sign-in is now required of: ${roles.map((r) => ROLE_LABELS[r]).join(", ")}. Anyone in those roles without it is led through setting it up before anything else.`
        : "Two-factor sign-in is now required of nobody.",
    };
  },
);

export const mapGroupToRoleAction = defineAction({ permission: "user.manage", schema: groupRoleSchema }, async ({ group, role }, { user, ip }) => {
  const { replaced } = await mapGroupToRole(user, { group, role }, ip);
  revalidatePath("/admin/users");
  const change = replaced && replaced !== role ? ` (it gave ${ROLE_LABELS[replaced]} before)` : "";
  return { status: "success", message: `People in “${group}” get ${ROLE_LABELS[role]}${change} from their next single sign-on.` };
});

export const unmapGroupAction = defineAction({ permission: "user.manage", schema: removeGroupRoleSchema }, async ({ group }, { user, ip }) => {
  await unmapGroup(user, group, ip);
  revalidatePath("/admin/users");
  return { status: "success", message: `“${group}” no longer gives a role. People keep their current role until an admin changes it.` };
});
