import "server-only";
import { db } from "@/lib/db";

export function findUserByEmail(email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true } });
}

export function countUsers(): Promise<number> {
  return db.user.count();
}
