import "server-only";
import { db } from "@/lib/db";
import { getDecoyHash, verifyPassword } from "@/lib/auth/password";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };

// Unknown email, wrong password and deactivated account all answer null after one
// argon2 check, so the answer and its timing say nothing about which it was.
export async function authenticateWithPassword(email: string, password: string): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true, sessionVersion: true },
  });
  const passwordHash = user?.passwordHash ?? (await getDecoyHash());
  const matches = await verifyPassword(passwordHash, password);
  if (!user || !user.passwordHash || !user.active || !matches) return null;
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
