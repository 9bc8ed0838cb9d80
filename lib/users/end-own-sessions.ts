import "server-only";
import { db } from "@/lib/db";

// Signing out must end the session, not only delete the browser's cookie: a copied
// cookie (a shared computer, a stolen laptop's profile) stays a valid signed JWT until
// it expires. Bumping the session version refuses every session issued before now, so
// signing out ends this person's sessions everywhere.
export async function endOwnSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
