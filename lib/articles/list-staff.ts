import "server-only";
import { queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";

export type StaffMember = { id: string; name: string };

// Who can be named in a byline: active staff, including desk accounts. Read on every
// opening of the newsroom list (its byline filter), so a prepared statement.
export function listBylineCandidates(): Promise<StaffMember[]> {
  return queryDb<StaffMember>(sql`SELECT id::text AS id, name FROM users WHERE active ORDER BY name ASC LIMIT 1000`);
}
