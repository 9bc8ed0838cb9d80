import { createHmac, randomUUID } from "node:crypto";
import { z } from "zod";
import { settings } from "@/lib/settings";

// No "server-only" here: instrumentation.ts (the listener) imports this too.

// What one instance tells the others after a change (lib/cache/revalidation-broadcast.ts).
export const revalidationMessageSchema = z.object({
  all: z.boolean().default(false),
  paths: z.array(z.string().startsWith("/").max(500)).max(2_000).default([]),
  routes: z.array(z.string().startsWith("/").max(200)).max(50).default([]),
});

export type RevalidationMessage = z.infer<typeof revalidationMessageSchema>;

/** The PostgreSQL channel every app instance listens on. */
export const REVALIDATION_CHANNEL = "dateline_revalidate";

// pg_notify's payload must stay under 8,000 bytes; past this a change expires everything.
export const MAX_PAYLOAD_BYTES = 7_000;

/** The payload sent on the channel: who sent it (so it ignores its own) and what to expire. */
export function encodeRevalidation(sender: string, message: RevalidationMessage): string {
  const payload = JSON.stringify({ sender, ...message });
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ sender, all: true, paths: [], routes: [] });
}

export function decodeRevalidation(payload: string): { sender: string; message: RevalidationMessage } | null {
  try {
    const raw = JSON.parse(payload) as { sender?: unknown };
    const parsed = revalidationMessageSchema.safeParse(raw);
    if (!parsed.success || typeof raw.sender !== "string") return null;
    return { sender: raw.sender, message: parsed.data };
  } catch {
    return null;
  }
}

/** This process's identity on the channel (shared by the app and instrumentation bundles). */
export function instanceId(): string {
  const state = globalThis as unknown as { datelineInstanceId?: string };
  state.datelineInstanceId ??= randomUUID();
  return state.datelineInstanceId;
}

export const REVALIDATE_TOKEN_HEADER = "x-dateline-revalidate";

/** Proves a call to /api/internal/revalidate came from this deployment's own listener. */
export function revalidateToken(): string | null {
  const secret = settings().AUTH_SECRET;
  return secret ? createHmac("sha256", secret).update("dateline:revalidate-broadcast").digest("hex") : null;
}
