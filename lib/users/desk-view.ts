import "server-only";
import { db } from "@/lib/db";

/** The person's saved view of the newsroom list (a query string), or "" for none. */
export async function findDeskView(userId: string): Promise<string> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { deskView: true } });
  return row?.deskView ?? "";
}

// Each person saves only their own view: the id comes from the session, never the form.
export async function saveDeskView(userId: string, view: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { deskView: view } });
}
