import "server-only";
import { db } from "@/lib/db";

export async function checkDatabase(timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const query = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([query, timeout]);
}
