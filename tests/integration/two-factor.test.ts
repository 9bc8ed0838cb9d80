import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "otplib";
import { db, disconnectDb } from "@/lib/db";
import { reloadSettings } from "@/lib/settings";
import { beginTotpSetup, CODE_LIMIT, enableTotp, resetTwoFactor, verifySecondFactor } from "@/lib/users/two-factor";
import { resolveSession, startSession } from "@/lib/auth/sessions";
import { isAppError } from "@/lib/errors";
import { makeUser } from "../support/factories";

// The services behind two-factor sign-in and sessions, on a real database with a fixed
// clock: the code step, replay, recovery codes, the code limit, an admin's reset, and
// what a session may do at each stage.

beforeAll(() => {
  process.env.AUTH_SECRET ??= "two-factor-integration-secret-not-for-production";
  reloadSettings();
});
afterAll(() => disconnectDb());

const T0 = new Date("2026-12-06T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function withTotp() {
  const user = await makeUser("EDITOR");
  const session = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null, now: T0 }))!;
  const setup = beginTotpSetup(user.id);
  const recoveryCodes = await enableTotp(user.id, session.sessionId, setup.sealed, await codeAt(setup.secret, T0), null, T0);
  return { user, secret: setup.secret, recoveryCodes };
}

describe("two-factor sign-in", () => {
  it("stores the key sealed, not in clear, and gives ten recovery codes stored as hashes", async () => {
    const { user, secret, recoveryCodes } = await withTotp();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
    expect(row.totpSecret).not.toContain(secret);
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(stored.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
  });

  it("a password sign-in owes the code; the code completes it; a replayed code is refused", async () => {
    const { user, secret } = await withTotp();
    const s = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null, now: at(31) }))!;
    const token = { uid: user.id, sid: s.sessionId, sv: s.sessionVersion };
    expect((await resolveSession(token, null, at(31))).kind).toBe("needs_code");
    const code = await codeAt(secret, at(31));
    await verifySecondFactor(user.id, s.sessionId, code, null, at(31));
    expect((await resolveSession(token, null, at(32))).kind).toBe("signed_in");
    // The same code in its own window, from another sign-in: refused.
    const other = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null, now: at(40) }))!;
    expect(await refusal(verifySecondFactor(user.id, other.sessionId, code, null, at(40)))).toMatch(/not accepted/);
    // A passkey sign-in is two factors by itself: no code owed.
    const passkey = (await startSession({ userId: user.id, method: "passkey", userAgent: "test", ip: null, now: at(41) }))!;
    expect((await resolveSession({ uid: user.id, sid: passkey.sessionId, sv: passkey.sessionVersion }, null, at(41))).kind).toBe("signed_in");
  });

  it("a recovery code works once", async () => {
    const { user, recoveryCodes } = await withTotp();
    const a = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null, now: at(60) }))!;
    expect(await verifySecondFactor(user.id, a.sessionId, ` ${recoveryCodes[3]!.toUpperCase()} `, null, at(60))).toEqual({ recoveryCodesLeft: 9 });
    const b = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null, now: at(61) }))!;
    expect(await refusal(verifySecondFactor(user.id, b.sessionId, recoveryCodes[3]!, null, at(61)))).toMatch(/not accepted/);
  });

  it(`refuses codes past ${CODE_LIMIT.max} tries, even a right one`, async () => {
    const { user, secret } = await withTotp();
    const s = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null, now: at(90) }))!;
    for (let i = 0; i < CODE_LIMIT.max; i++) await refusal(verifySecondFactor(user.id, s.sessionId, "000000", null, at(90)));
    expect(await refusal(verifySecondFactor(user.id, s.sessionId, await codeAt(secret, at(90)), null, at(90)))).toMatch(/Too many codes/);
  });

  it("an admin's reset removes the factor and ends every session, audited", async () => {
    const { user } = await withTotp();
    const admin = await makeUser("ADMIN");
    const s = (await startSession({ userId: user.id, method: "passkey", userAgent: "test", ip: null, now: at(100) }))!;
    await resetTwoFactor({ id: admin.id, role: "ADMIN" }, user.id, "192.0.2.1", at(101));
    expect((await resolveSession({ uid: user.id, sid: s.sessionId, sv: s.sessionVersion }, null, at(102))).kind).toBe("none");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true, _count: { select: { recoveryCodes: true } } } });
    expect(row).toEqual({ totpSecret: null, totpEnabledAt: null, _count: { recoveryCodes: 0 } });
    expect(await db.auditEvent.count({ where: { action: "user.two_factor_reset", actorId: admin.id, targetId: user.id } })).toBe(1);
    await expect(resetTwoFactor({ id: user.id, role: "EDITOR" }, admin.id, null, at(103))).rejects.toThrow(/Only admins/);
  });
});
