"use server";

import { revalidatePath } from "next/cache";
import { userAction, validationFailure } from "@/lib/actions/user-action";
import { getClientIp } from "@/lib/http/client-ip";
import { addUserSchema, changeRoleSchema, userIdSchema, ROLE_LABELS } from "@/lib/users/schema";
import { addUser } from "@/lib/users/add-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";
import { sendPasswordLink } from "@/lib/users/send-password-link";

export type LinkResult = { url: string; expiresAt: string; emailed: boolean };

export const addUserAction = userAction<LinkResult & { id: string }>({ permission: "user.manage" }, async (actor, formData) => {
  const parsed = addUserSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), role: formData.get("role") });
  if (!parsed.success) return validationFailure(parsed.error);
  const added = await addUser(actor, parsed.data, await getClientIp());
  const emailed = await sendPasswordLink({ to: added.email, name: added.name, url: added.link.url, purpose: "SET" });
  revalidatePath("/admin/users");
  return {
    status: "success",
    message: `${added.name} was added.${emailed ? " The link was emailed to them." : " Copy the link below and send it to them."}`,
    data: { id: added.id, url: added.link.url, expiresAt: added.link.expiresAt.toISOString(), emailed },
  };
});

export const changeRoleAction = userAction({ permission: "user.manage" }, async (actor, formData) => {
  const parsed = changeRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return validationFailure(parsed.error);
  await changeUserRole(actor, parsed.data.userId, parsed.data.role, await getClientIp());
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { status: "success", message: `Role changed to ${ROLE_LABELS[parsed.data.role]}. Their open sessions have ended.` };
});

export const setActiveAction = userAction({ permission: "user.manage" }, async (actor, formData) => {
  const parsed = userIdSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return validationFailure(parsed.error);
  const active = formData.get("active") === "true";
  await setUserActive(actor, parsed.data.userId, active, await getClientIp());
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { status: "success", message: active ? "Account reactivated. They can sign in again." : "Account deactivated. Their open sessions have ended." };
});

export const issueLinkAction = userAction<LinkResult>({ permission: "user.manage" }, async (actor, formData) => {
  const parsed = userIdSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return validationFailure(parsed.error);
  const link = await issuePasswordReset(actor, parsed.data.userId, await getClientIp());
  const emailed = await sendPasswordLink({ to: link.email, name: link.name, url: link.url, purpose: "RESET" });
  return {
    status: "success",
    message: emailed ? "A password link was emailed. It works once, for 72 hours." : "Copy this link and send it to them. It works once, for 72 hours.",
    data: { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed },
  };
});
