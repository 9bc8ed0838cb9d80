import "server-only";
import { db } from "@/lib/db";

export type StaffMember = { id: string; name: string };

// Who can be named in a byline: active staff, including desk accounts.
export function listBylineCandidates(): Promise<StaffMember[]> {
  return db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true }, take: 1000 });
}
