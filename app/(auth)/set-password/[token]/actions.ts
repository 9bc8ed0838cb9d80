"use server";

import { redirect } from "next/navigation";
import { setPasswordSchema } from "@/lib/users/schema";
import { setPasswordWithToken } from "@/lib/users/set-password-with-token";
import { getClientIp } from "@/lib/http/client-ip";
import { isAppError, toPublicMessage } from "@/lib/errors";
import { isSameOriginAction, validationFailure } from "@/lib/actions/user-action";
import { CROSS_SITE_MESSAGE } from "@/lib/http/same-origin";
import type { ActionState } from "@/lib/actions/action-state";

// No session here: the one-time token is the credential, checked and spent in the service.
export async function setPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(await isSameOriginAction())) return { status: "error", message: CROSS_SITE_MESSAGE };
  const parsed = setPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) {
    const failure = validationFailure(parsed.error);
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form.", fieldErrors: failure.status === "error" ? failure.fieldErrors : undefined };
  }
  try {
    await setPasswordWithToken(parsed.data.token, parsed.data.password, await getClientIp());
  } catch (error) {
    if (!isAppError(error)) console.error("Setting a password failed", error);
    return { status: "error", message: toPublicMessage(error) };
  }
  redirect("/login?done=password-set");
}
