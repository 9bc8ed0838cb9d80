import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { makeUser, uniqueSuffix } from "../support/factories";
import { randomUUID } from "node:crypto";

afterAll(() => disconnectDb());

describe("sign-in rate limits", () => {
  it("stops checking passwords after 10 failures a minute on one account, even the right one", async () => {
    const editor = await makeUser("EDITOR");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.max; i++) {
      const result = await authenticateWithPassword(editor.email, `wrong guess ${i}`, `198.51.100.${i}`);
      expect(result).toEqual({ ok: false, reason: "failed" });
    }
    const blocked = await authenticateWithPassword(editor.email, editor.password, "198.51.100.99");
    expect(blocked.ok).toBe(false);
    expect(blocked.ok === false && blocked.reason === "rate_limited" && blocked.retryAfterSeconds).toBeGreaterThan(0);
    // The count lives in PostgreSQL, where every app instance reads it.
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: `sign-in:account:${editor.email}` } });
    expect(bucket?.count).toBe(SIGN_IN_LIMITS.perAccount.max + 1);
  });

  it("holds against a burst of parallel guesses", async () => {
    const editor = await makeUser("EDITOR");
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => authenticateWithPassword(editor.email, `burst guess ${i}`)));
    expect(results.filter((r) => !r.ok && r.reason === "failed")).toHaveLength(SIGN_IN_LIMITS.perAccount.max);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(25 - SIGN_IN_LIMITS.perAccount.max);
  });

  it("does not hold successful sign-ins against a shared address", async () => {
    const ip = `198.18.0.${uniqueSuffix()}`;
    const editor = await makeUser("EDITOR");
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.max + 5; i++) {
      expect((await authenticateWithPassword(editor.email, editor.password, ip)).ok).toBe(true);
    }
  });

  it("limits one address trying many accounts", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.max; i++) {
      await authenticateWithPassword(`nobody-${uniqueSuffix()}@example.test`, "some password", ip);
    }
    const editor = await makeUser("EDITOR");
    const result = await authenticateWithPassword(editor.email, editor.password, ip);
    expect(result.ok === false && result.reason).toBe("rate_limited");
    // Another address is not affected.
    expect((await authenticateWithPassword(editor.email, editor.password, "192.0.2.250")).ok).toBe(true);
  });

  it("records failed sign-ins with the address, and successful ones with the person", async () => {
    const reporter = await makeUser("REPORTER");
    await authenticateWithPassword(reporter.email, "not it at all", "203.0.113.77");
    await authenticateWithPassword(reporter.email, reporter.password, "203.0.113.77");
    const events = await db.auditEvent.findMany({ where: { targetId: reporter.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.ip])).toEqual([
      ["auth.sign_in_failed", "203.0.113.77"],
      ["auth.sign_in", "203.0.113.77"],
    ]);
    expect(events[1]?.actorId).toBe(reporter.id);
  });

  it("lets the owner's known device in while strangers are locked out, and keeps the lock on", async () => {
    const editor = await makeUser("EDITOR");
    const device = { id: randomUUID() };
    // Strangers from rotating addresses lock the account.
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.max + 2; i++) {
      await authenticateWithPassword(editor.email, `guess ${i}`, `198.51.100.${100 + i}`);
    }
    expect((await authenticateWithPassword(editor.email, editor.password, "198.51.100.200")).ok).toBe(false);
    // The owner's browser (a device cookie for this account) gets in…
    expect((await authenticateWithPassword(editor.email, editor.password, "198.51.100.201", device)).ok).toBe(true);
    // …and that success does not reopen the account to strangers.
    const stranger = await authenticateWithPassword(editor.email, editor.password, "198.51.100.202");
    expect(stranger.ok === false && stranger.reason).toBe("rate_limited");
    const events = await db.auditEvent.findMany({ where: { targetId: editor.id, action: "auth.sign_in" } });
    expect(events.map((e) => e.details)).toEqual([{ trustedDevice: true }]);
  });

  it("limits a device cookie on its own: 10 failures a minute, then even the right password waits", async () => {
    const editor = await makeUser("EDITOR");
    const stolen = { id: randomUUID() };
    for (let i = 0; i < SIGN_IN_LIMITS.perDevice.max; i++) {
      expect(await authenticateWithPassword(editor.email, `guess ${i}`, "203.0.113.50", stolen)).toEqual({ ok: false, reason: "failed" });
    }
    const blocked = await authenticateWithPassword(editor.email, editor.password, "203.0.113.50", stolen);
    expect(blocked.ok === false && blocked.reason).toBe("rate_limited");
    // Another device of the owner's, and the account itself, are not affected.
    expect((await authenticateWithPassword(editor.email, editor.password, "203.0.113.51", { id: randomUUID() })).ok).toBe(true);
    expect((await authenticateWithPassword(editor.email, editor.password, "203.0.113.52")).ok).toBe(true);
  });

  it("counts a known device's attempts against neither the account nor the address", async () => {
    const ip = `192.0.2.${uniqueSuffix()}`;
    const editor = await makeUser("EDITOR");
    for (let i = 0; i < 3; i++) await authenticateWithPassword(editor.email, `slip ${i}`, ip, { id: randomUUID() });
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-in:account:${editor.email}` } })).toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-in:ip:${ip}` } })).toBeNull();
  });
});
