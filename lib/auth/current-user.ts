import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { readSessionToken } from "@/lib/auth/session-cookie";
import { AppError, ROLE_REFUSED_MESSAGE, SESSION_ENDED_MESSAGE } from "@/lib/errors";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { resolveSession, type SessionState } from "@/lib/auth/sessions";
import { getClientIp } from "@/lib/http/client-ip";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

// The session cookie only names the user and the session row; the database decides
// whether the person is still active, what role they have, whether this session was
// ended (its row, or the person's session version) and whether it still owes its second
// factor (lib/auth/sessions.ts). The cookie is read as Auth.js reads it, without its
// request pipeline (lib/auth/session-cookie.ts).
export const getSessionState = cache(async (): Promise<SessionState> => {
  const session = await readSessionToken();
  if (!session?.uid || !session.sid) return { kind: "none" };
  return resolveSession({ uid: session.uid, sid: session.sid, sv: session.sv ?? 0 }, await getClientIp());
});

// Only a complete session is a user: one waiting for its second factor, or for the
// set-up its role requires, is refused by every page, action and route handler.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await getSessionState();
  return state.kind === "signed_in" ? state.user : null;
});

// For pages: no session means the sign-in page; an unfinished one, its next step.
export async function requireUser(from?: string): Promise<CurrentUser> {
  const state = await getSessionState();
  if (state.kind === "signed_in") return state.user;
  const query = from ? `?from=${encodeURIComponent(from)}` : "";
  if (state.kind === "needs_code") redirect(`/login/two-factor${query}`);
  if (state.kind === "needs_setup") redirect(`/two-factor/setup${query}`);
  redirect(`/login${query}`);
}

// For server actions and route handlers: errors instead of redirects.
export async function requireSessionUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", SESSION_ENDED_MESSAGE);
  return user;
}

export function assertCan(user: CurrentUser, permission: Permission, ...rest: Parameters<typeof can> extends [unknown, unknown, ...infer R] ? R : never): void {
  if (!can(user, permission, ...rest)) throw new AppError("FORBIDDEN", ROLE_REFUSED_MESSAGE);
}
