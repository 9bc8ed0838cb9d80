import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { consumeChallenge, storeChallenge } from "@/lib/auth/passkeys/challenges";
import { signInWithSso, isPasswordSignInOff } from "@/lib/auth/sso/sign-in-with-sso";
import type { SsoConfig } from "@/lib/auth/sso/sso-settings";
import { listStoredGroupRoles, mapGroupToRole, unmapGroup } from "@/lib/auth/sso/group-roles";
import { makeUser, uniqueSuffix } from "../support/factories";

afterAll(() => disconnectDb());

describe("WebAuthn challenges", () => {
  it("are used once, for their purpose and person, before they expire", async () => {
    const now = new Date();
    const user = await makeUser("REPORTER");
    const challenge = `challenge-${uniqueSuffix()}`;
    await storeChallenge(challenge, "register", user.id, now);
    expect(await consumeChallenge(challenge, "sign-in", null, now)).toBe(false);
    const other = await makeUser("REPORTER");
    expect(await consumeChallenge(challenge, "register", other.id, now)).toBe(false);
    // Two answers racing with one challenge: exactly one passes.
    const raced = await Promise.all([consumeChallenge(challenge, "register", user.id, now), consumeChallenge(challenge, "register", user.id, now)]);
    expect(raced.filter(Boolean)).toHaveLength(1);

    const stale = `challenge-${uniqueSuffix()}`;
    await storeChallenge(stale, "sign-in", null, now);
    expect(await consumeChallenge(stale, "sign-in", null, new Date(now.getTime() + 6 * 60_000))).toBe(false);
  });
});

describe("single sign-on", () => {
  const config: SsoConfig = {
    issuer: `https://idp-${uniqueSuffix()}.example.test`,
    clientId: "dateline",
    clientSecret: "secret",
    allowedDomains: ["newsroom.test"],
    buttonLabel: "Sign in with Newsroom ID",
    scopes: "openid email profile",
    groupsClaim: "groups",
    groupRoles: [{ group: "desk-editors", role: "EDITOR" }],
    passwordSignInOff: true,
  };
  const profile = (overrides: Partial<Parameters<typeof signInWithSso>[0]> = {}) => {
    const suffix = uniqueSuffix();
    return { issuer: config.issuer, subject: `sub-${suffix}`, email: `p-${suffix}@Newsroom.test`, emailVerified: true, name: `Person ${suffix}`, groups: [], ...overrides };
  };

  it("creates a reporter on first sign-in, then finds the same account by subject", async () => {
    const p = profile();
    const first = await signInWithSso(p, config, "192.0.2.1", new Date());
    expect(first.ok && first.created).toBe(true);
    const again = await signInWithSso({ ...p, name: "Changed" }, config, null, new Date());
    expect(again.ok && !again.created && again.user.id === (first.ok && first.user.id)).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: p.email!.toLowerCase() } });
    expect(user.role).toBe("REPORTER");
    expect(user.passwordHash).toBeNull();
  });

  it("maps groups to a role, and applies a changed mapping at a later sign-in", async () => {
    const p = profile({ groups: ["desk-editors"] });
    const result = await signInWithSso(p, config, null, new Date());
    expect(result.ok).toBe(true);
    const id = result.ok ? result.user.id : "";
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("EDITOR");
    await signInWithSso({ ...p, groups: [] }, config, null, new Date());
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("EDITOR");
    await signInWithSso(p, { ...config, groupRoles: [{ group: "desk-editors", role: "ADMIN" }] }, null, new Date());
    const promoted = await db.user.findUniqueOrThrow({ where: { id } });
    expect(promoted.role).toBe("ADMIN");
    expect(promoted.sessionVersion).toBe(1);
  });

  it("refuses an unverified email, another domain and a deactivated account", async () => {
    expect(await signInWithSso(profile({ emailVerified: false }), config, null, new Date())).toEqual({ ok: false, reason: "unverified" });
    expect(await signInWithSso(profile({ email: "someone@evil.test" }), config, null, new Date())).toEqual({ ok: false, reason: "domain" });
    expect(await signInWithSso(profile({ email: "someone@sub.newsroom.test" }), config, null, new Date())).toEqual({ ok: false, reason: "domain" });
    expect(await signInWithSso(profile({ email: null }), config, null, new Date())).toEqual({ ok: false, reason: "no_email" });
    const p = profile();
    const result = await signInWithSso(p, config, null, new Date());
    await db.user.update({ where: { id: result.ok ? result.user.id : "" }, data: { active: false } });
    expect(await signInWithSso(p, config, null, new Date())).toEqual({ ok: false, reason: "inactive" });
  });

  it("links an existing account by email once, and turns its password sign-in off", async () => {
    const staff = await makeUser("EDITOR");
    const email = `linked-${uniqueSuffix()}@newsroom.test`;
    await db.user.update({ where: { id: staff.id }, data: { email } });
    expect(await isPasswordSignInOff(staff.id, config, null)).toBe(false);
    const linked = await signInWithSso(profile({ email }), config, null, new Date());
    expect(linked.ok && linked.user.id).toBe(staff.id);
    expect(await isPasswordSignInOff(staff.id, config, null)).toBe(true);
    expect(await isPasswordSignInOff(staff.id, { ...config, passwordSignInOff: false }, null)).toBe(false);
    // A second provider account with the same email does not take the account over.
    expect(await signInWithSso(profile({ email }), config, null, new Date())).toEqual({ ok: false, reason: "linked_elsewhere" });
    const actions = (await db.auditEvent.findMany({ where: { targetId: staff.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["sso.link", "auth.sign_in", "auth.sign_in_refused", "auth.sign_in_failed"]);
  });
  it("applies the groups admins map on the Staff page, beside the deployment's, and only admins change them", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const group = `photo-desk-${uniqueSuffix()}`;
    await expect(mapGroupToRole(editor, { group, role: "ADMIN" }, null)).rejects.toThrow("Only admins map");
    const p = profile({ groups: [group, "desk-editors"] });

    // Not mapped yet: the deployment's desk-editors mapping gives Editor.
    const first = await signInWithSso(p, config, null, new Date());
    const id = first.ok ? first.user.id : "";
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("EDITOR");

    // An admin maps the group to Admin: the highest mapping wins at the next sign-in.
    expect(await mapGroupToRole(admin, { group, role: "ADMIN" }, "192.0.2.9")).toEqual({ replaced: null });
    expect(await listStoredGroupRoles()).toContainEqual({ group, role: "ADMIN" });
    await signInWithSso(p, config, null, new Date());
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("ADMIN");

    // Changing the mapping replaces it; removing it leaves the deployment's.
    expect(await mapGroupToRole(admin, { group, role: "REPORTER" }, null)).toEqual({ replaced: "ADMIN" });
    expect((await listStoredGroupRoles()).filter((m) => m.group === group)).toEqual([{ group, role: "REPORTER" }]);
    await unmapGroup(admin, group, null);
    await expect(unmapGroup(admin, group, null)).rejects.toThrow("is not mapped here");
    await signInWithSso(p, config, null, new Date());
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("EDITOR");

    const audit = await db.auditEvent.findMany({ where: { action: "settings.sso_group_role", actorId: admin.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.details)).toEqual([
      { group, from: null, to: "ADMIN" },
      { group, from: "ADMIN", to: "REPORTER" },
      { group, from: "REPORTER", to: null },
    ]);
  });

  it("keeps both of two admins' mappings saved at the same moment", async () => {
    const admin = await makeUser("ADMIN");
    const groups = [`a-${uniqueSuffix()}`, `b-${uniqueSuffix()}`, `c-${uniqueSuffix()}`];
    await Promise.all(groups.map((group) => mapGroupToRole(admin, { group, role: "EDITOR" }, null)));
    const stored = (await listStoredGroupRoles()).map((m) => m.group);
    expect(groups.every((g) => stored.includes(g))).toBe(true);
    await Promise.all(groups.map((group) => unmapGroup(admin, group, null)));
  });
});
