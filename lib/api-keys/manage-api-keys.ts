import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { generateApiKey } from "@/lib/api-keys/key-secret";
import { createApiKeySchema, scopesOf, type CreateApiKeyInput } from "@/lib/api-keys/schema";

export type ApiKeySummary = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

type Context = { ip?: string | null; now?: Date };

/** Creates a key. The key itself is in the answer only: it is never stored or shown again. */
export async function createApiKey(actor: Actor | null, input: CreateApiKeyInput, context: Context = {}) {
  if (actor && !can(actor, "api_key.manage")) throw new AppError("FORBIDDEN", "Only admins manage API keys.");
  const { name, draftsRead } = createApiKeySchema.parse(input);
  const { key, prefix, hash } = generateApiKey();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, prefix, keyHash: hash, draftsRead, createdById: actor?.id ?? null, ...(context.now ? { createdAt: context.now } : {}) },
      select: { id: true, name: true, prefix: true, draftsRead: true },
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "api_key.create",
      targetType: "api_key",
      targetId: created.id,
      ip: context.ip,
      details: { name, scopes: scopesOf(created), via: actor ? "admin" : "cli" },
    });
    return created;
  });
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: scopesOf(row), key };
}

/** Revokes a key by id (admin) or by its prefix or id (CLI). Revoking twice is refused. */
export async function revokeApiKey(actor: Actor | null, ref: { id: string } | { prefix: string }, context: Context = {}) {
  if (actor && !can(actor, "api_key.manage")) throw new AppError("FORBIDDEN", "Only admins manage API keys.");
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const matches = await tx.apiKey.findMany({ where: "id" in ref ? { id: ref.id } : { prefix: ref.prefix }, select: { id: true, name: true, revokedAt: true }, take: 2 });
    if (matches.length === 0) throw new AppError("NOT_FOUND", "No API key matches that.");
    if (matches.length > 1) throw new AppError("VALIDATION", "More than one key has that prefix; revoke it by id.");
    const key = matches[0]!;
    if (key.revokedAt) throw new AppError("CONFLICT", `The key “${key.name}” was already revoked.`);
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: actor?.id ?? null, action: "api_key.revoke", targetType: "api_key", targetId: key.id, ip: context.ip, details: { name: key.name, via: actor ? "admin" : "cli" } });
    return { id: key.id, name: key.name };
  });
}

/** Every key, newest first (an installation has a handful; bounded anyway). */
export async function listApiKeys(): Promise<ApiKeySummary[]> {
  const rows = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 500,
    select: { id: true, name: true, prefix: true, draftsRead: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map(({ draftsRead, createdBy, ...row }) => ({ ...row, scopes: scopesOf({ draftsRead }), createdBy: createdBy?.name ?? null }));
}
