import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { uniqueUserSlug } from "@/lib/users/unique-user-slug";
import type { AuthenticatedUser } from "@/lib/auth/authenticate";
import type { SsoConfig } from "@/lib/auth/sso/sso-settings";
import { emailDomain, roleForGroups } from "@/lib/auth/sso/map-groups";
import { listStoredGroupRoles } from "@/lib/auth/sso/group-roles";

export type SsoProfile = { issuer: string; subject: string; email: string | null; emailVerified: boolean; name: string | null; groups: string[] };
export type SsoRefusal = "no_email" | "unverified" | "domain" | "inactive" | "linked_elsewhere";
export type SsoResult = { ok: true; user: AuthenticatedUser; created: boolean } | { ok: false; reason: SsoRefusal };

// The identity provider vouches for who the person is; Dateline decides whether they may in:
// a verified email at an allowed domain, and an active account. The account is found by the
// provider's (issuer, subject) pair, else linked by the same verified email, else created as a
// reporter (or the role the person's groups map to: the deployment's OIDC_GROUP_ROLES and the
// admins' list on the Staff page, read at each sign-in so a change applies on every instance).
// Later sign-ins apply a group mapping that matches (promotion or demotion among mapped roles);
// no match leaves the role as an admin set it.
export async function signInWithSso(profile: SsoProfile, config: SsoConfig, ip: string | null, now: Date): Promise<SsoResult> {
  const email = profile.email?.trim().toLowerCase() ?? "";
  const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoResult> => {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: null, action: "auth.sign_in_failed", targetType: "session", targetId: userId, ip, details: { method: "sso", reason, email, issuer: profile.issuer } }),
    );
    return { ok: false, reason };
  };
  if (!email || email.length > 254 || !email.includes("@")) return refuse("no_email");
  if (!profile.emailVerified) return refuse("unverified");
  if (!config.allowedDomains.includes(emailDomain(email))) return refuse("domain");
  const mappedRole = roleForGroups(profile.groups, [...config.groupRoles, ...(await listStoredGroupRoles())]);

  const outcome = await db.$transaction(async (tx) => {
    const identity = await tx.ssoIdentity.findUnique({ where: { issuer_subject: { issuer: profile.issuer, subject: profile.subject } }, select: { id: true, userId: true } });
    let user = identity
      ? await tx.user.findUnique({ where: { id: identity.userId }, select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } })
      : await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } });
    let created = false;
    if (!identity && user) {
      // An account already linked to another account at this provider is not re-linked by email.
      const other = await tx.ssoIdentity.findFirst({ where: { userId: user.id, issuer: profile.issuer }, select: { id: true } });
      if (other) return { refused: "linked_elsewhere" as const, userId: user.id };
      if (!user.active) return { refused: "inactive" as const, userId: user.id };
      await tx.ssoIdentity.create({ data: { userId: user.id, issuer: profile.issuer, subject: profile.subject, email, lastSignInAt: now } });
      await recordAudit(tx, { actorId: user.id, action: "sso.link", targetType: "user", targetId: user.id, ip, details: { issuer: profile.issuer, subject: profile.subject, email } });
    } else if (!user) {
      const name = profile.name?.trim().slice(0, 120) || email.slice(0, email.indexOf("@"));
      const role = mappedRole ?? "REPORTER";
      user = await tx.user.create({
        data: { email, name, role, slug: await uniqueUserSlug(tx, name), passwordHash: null },
        select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
      });
      created = true;
      await tx.ssoIdentity.create({ data: { userId: user.id, issuer: profile.issuer, subject: profile.subject, email, lastSignInAt: now } });
      await recordAudit(tx, { actorId: null, action: "user.create_by_sso", targetType: "user", targetId: user.id, ip, details: { email, role, issuer: profile.issuer, groups: profile.groups.slice(0, 50) } });
    } else {
      if (!user.active) return { refused: "inactive" as const, userId: user.id };
      await tx.ssoIdentity.update({ where: { id: identity!.id }, data: { lastSignInAt: now, email } });
    }
    if (!created && mappedRole && mappedRole !== user.role) {
      // A role change ends the person's other sessions, as an admin's change does.
      const before = user.role;
      user = await tx.user.update({
        where: { id: user.id },
        data: { role: mappedRole, sessionVersion: { increment: 1 } },
        select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
      });
      await recordAudit(tx, { actorId: null, action: "user.role_change", targetType: "user", targetId: user.id, ip, details: { from: before, to: mappedRole, by: "sso-groups" } });
    }
    await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", targetType: "session", targetId: user.id, ip, details: { method: "sso", issuer: profile.issuer } });
    return { user, created };
  });
  if ("refused" in outcome && outcome.refused) return refuse(outcome.refused, outcome.userId);
  if (!("user" in outcome)) return refuse("inactive");
  const { user, created } = outcome;
  return { ok: true, created, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

// With OIDC_DISABLE_PASSWORD_FOR_SSO_USERS=true, a person with a linked SSO identity signs in
// through the provider only (so leaving the company at the provider locks them out here too).
// Asked after the password matched, so the answer tells a stranger nothing; audited, since
// the password check has already written its sign-in row.
export async function isPasswordSignInOff(userId: string, config: SsoConfig | null, ip: string | null): Promise<boolean> {
  if (!config?.passwordSignInOff) return false;
  if ((await db.ssoIdentity.count({ where: { userId, issuer: config.issuer } })) === 0) return false;
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: userId, action: "auth.sign_in_refused", targetType: "session", targetId: userId, ip, details: { method: "password", reason: "password sign-in is off for single sign-on users" } }),
  );
  return true;
}
