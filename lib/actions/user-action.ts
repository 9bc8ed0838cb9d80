import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { ZodError } from "zod";
import { requireSessionUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { isAppError, toPublicMessage } from "@/lib/errors";
import type { ActionState } from "@/lib/actions/action-state";
import { CROSS_SITE_MESSAGE, isSameOriginHeaders } from "@/lib/http/same-origin";

type Handler<T> = (user: CurrentUser, formData: FormData) => Promise<ActionState<T>>;

// Every server action goes through here: the session is loaded from the database and
// the role checked before the body runs; errors become messages a person can act on,
// and unexpected errors are logged, never shown.
export function userAction<T = undefined>(options: { permission?: Permission }, handler: Handler<T>) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      // Before the session: a forged cross-site request learns nothing, changes nothing.
      if (!(await isSameOriginAction())) return { status: "error", message: CROSS_SITE_MESSAGE };
      const user = await requireSessionUser();
      if (options.permission && !can(user, options.permission)) {
        return { status: "error", message: "Your role does not allow this." };
      }
      return await handler(user, formData);
    } catch (error) {
      unstable_rethrow(error);
      if (!isAppError(error)) console.error("Server action failed", error);
      return {
        status: "error",
        message: toPublicMessage(error),
        fieldErrors: isAppError(error) ? error.fieldErrors : undefined,
      };
    }
  };
}

// For the few actions outside `userAction` (sign-out, set-password): was this POST sent
// by a page of this site? See lib/http/same-origin.ts.
export async function isSameOriginAction(): Promise<boolean> {
  return isSameOriginHeaders(await headers());
}

export function validationFailure(error: ZodError): ActionState<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0]?.message ?? "Check the form.";
  return { status: "error", message: `Not saved: ${first}`, fieldErrors };
}
