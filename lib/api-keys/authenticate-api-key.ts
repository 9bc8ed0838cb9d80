import "server-only";
import { db } from "@/lib/db";
import { hashApiKey, isWellFormedKey } from "@/lib/api-keys/key-secret";

export type ApiClient = { id: string; name: string; draftsRead: boolean };

export type KeyCheck = { ok: true; client: ApiClient } | { ok: false; message: string };

// "Last used" is for people deciding which keys to revoke: minute precision is plenty,
// and writing it at most once a minute keeps a busy key from updating its row per request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The key a request presents, checked: well-formed, known, not revoked. */
export async function authenticateApiKey(presented: string, now = new Date()): Promise<KeyCheck> {
  if (!isWellFormedKey(presented)) return { ok: false, message: "That is not a Dateline API key. Keys start with dl_ and are 46 characters long." };
  const key = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(presented) }, select: { id: true, name: true, draftsRead: true, revokedAt: true, lastUsedAt: true } });
  if (!key) return { ok: false, message: "This API key is not known. Check that it was copied whole, or ask an admin for a new one." };
  if (key.revokedAt) return { ok: false, message: "This API key was revoked. Ask an admin for a new one." };
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiKey.updateMany({ where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] }, data: { lastUsedAt: now } });
  }
  return { ok: true, client: { id: key.id, name: key.name, draftsRead: key.draftsRead } };
}
