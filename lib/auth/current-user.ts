import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { AppError, ROLE_REFUSED_MESSAGE, SESSION_ENDED_MESSAGE } from "@/lib/errors";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { findActiveSessionUser } from "@/lib/users/find-active-session-user";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

// The session cookie only names the user; the database decides whether they are still
// active, what role they have, and whether this session was revoked (session version).
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  return findActiveSessionUser(session.uid, session.sv ?? 0);
});

// For pages: no session means the sign-in page.
export async function requireUser(from?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(from ? `/login?from=${encodeURIComponent(from)}` : "/login");
  return user;
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
