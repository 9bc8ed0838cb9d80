import "server-only";
import { db } from "@/lib/db";
import { EVERY_PAGE_TAG } from "@/lib/cache/freshness.js";
import { EXPIRY_CHANNEL, encodeExpiry } from "@/lib/cache/expiry-message";

/**
 * For a process that is not an app server (`npm run import`): tells every running app
 * instance to expire every cached page, with one NOTIFY through the app's own database
 * client. Inside the app, revalidatePath/revalidateTag do this (lib/cache/expire-pages.ts).
 */
export async function announceEveryPageExpired(): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${EXPIRY_CHANNEL}, ${encodeExpiry([EVERY_PAGE_TAG])})`;
}
