import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Locks the active admins' rows for the rest of the transaction, so two admins demoting
// each other at the same moment cannot leave the newsroom without one.
export async function assertNotLastAdmin(tx: Tx, userId: string, what: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
    throw new AppError("CONFLICT", `This is the last active admin, so they cannot be ${what}. Make someone else an admin first.`);
  }
}
