"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { SIGN_IN_FAILED, safeRedirectPath, signInSchema } from "@/lib/auth/schema";
import type { ActionState } from "@/lib/actions/action-state";

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form.", fieldErrors };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(formData.get("from")),
    });
  } catch (error) {
    // Unknown email, wrong password and deactivated account get one answer.
    if (error instanceof AuthError) return { status: "error", message: SIGN_IN_FAILED };
    throw error;
  }
  return { status: "idle" };
}
