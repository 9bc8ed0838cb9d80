import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { zonedLocalToDate } from "@/lib/articles/zoned-time";
import { siteTimeZone } from "@/lib/site";
import { BANNER_KEY, IDENTITY_KEY, type StoredBanner, type StoredIdentity } from "@/lib/site-chrome/keys";
import type { BannerInput, IdentityInput } from "@/lib/site-chrome/types";

type Context = { actorId: string; ip?: string | null; now: Date };

// Each change and its audit row commit together. The caller (a server action) then
// expires every public page once (expireEveryPublicPage): the banner and the identity
// show on all of them.

/** Puts up (or replaces) the breaking-news banner. */
export async function setBanner(input: BannerInput, { actorId, ip, now }: Context): Promise<void> {
  const endsAt = input.endsAt ? zonedLocalToDate(input.endsAt, siteTimeZone()) : null;
  if (input.endsAt && !endsAt) throw new AppError("VALIDATION", "That time does not exist in the site's time zone.", { endsAt: ["Choose another time."] });
  if (endsAt && endsAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "That end time has passed. Choose a time in the future, or leave it empty.", { endsAt: ["Choose a time in the future."] });
  }
  const value: StoredBanner = { text: input.text, href: input.href, style: input.style, endsAt: endsAt?.toISOString() ?? null, setAt: now.toISOString() };
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: BANNER_KEY }, create: { key: BANNER_KEY, value }, update: { value } });
    await recordAudit(tx, { actorId, ip, action: "site.banner_set", targetType: "site", targetId: null, details: value });
  });
}

/** Takes the banner down now. */
export async function clearBanner({ actorId, ip }: Context): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.setting.deleteMany({ where: { key: BANNER_KEY } });
    if (count > 0) await recordAudit(tx, { actorId, ip, action: "site.banner_cleared", targetType: "site", targetId: null });
  });
}

/** Sets the site's name, logo and icon (an empty name falls back to SITE_NAME). */
export async function setSiteIdentity(input: IdentityInput, { actorId, ip }: Context): Promise<void> {
  const ids = [input.logoId, input.iconId].filter((id): id is string => !!id);
  if (ids.length) {
    const found = await db.mediaAsset.count({ where: { id: { in: ids } } });
    if (found < new Set(ids).size) throw new AppError("NOT_FOUND", "That image is no longer in the library. Choose another.");
  }
  const value: StoredIdentity = { name: input.name || null, logoId: input.logoId, iconId: input.iconId };
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: IDENTITY_KEY }, create: { key: IDENTITY_KEY, value }, update: { value } });
    await recordAudit(tx, { actorId, ip, action: "site.identity_set", targetType: "site", targetId: null, details: value });
  });
}

/** The stored identity as the settings form shows it. */
export async function getSiteIdentitySettings(): Promise<StoredIdentity> {
  const row = await db.setting.findUnique({ where: { key: IDENTITY_KEY }, select: { value: true } });
  const value = (row?.value ?? {}) as Partial<StoredIdentity>;
  return { name: value.name ?? null, logoId: value.logoId ?? null, iconId: value.iconId ?? null };
}
