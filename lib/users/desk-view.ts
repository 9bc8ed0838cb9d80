import "server-only";
import { db } from "@/lib/db";
import { queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";

/** The person's saved view of the newsroom list (a query string), or "" for none. */
export async function findDeskView(userId: string): Promise<string> {
  // Read on every opening of the list, so a prepared statement (lib/db/connections.ts).
  const [row] = await queryDb<{ deskView: string }>(sql`SELECT desk_view AS "deskView" FROM users WHERE id = ${userId}::uuid`);
  return row?.deskView ?? "";
}

// Each person saves only their own view: the id comes from the session, never the form.
export async function saveDeskView(userId: string, view: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { deskView: view } });
}
