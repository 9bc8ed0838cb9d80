import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { clearAddressLimits, makeStaff, withDb } from "../support/staff";
import { startSecondServer, type SecondServer } from "../support/server";

// Client address trust: rate limits and audit rows use the address the connection came
// from (scripts/serve.js), never a header the client wrote. Password spraying (many
// accounts, one address) hits the per-address limit however the headers rotate.

const LOOPBACK = ["127.0.0.1", "::1"];

test.beforeEach(() => clearAddressLimits());
test.afterEach(() => clearAddressLimits());

async function auditAddresses(emails: string[]): Promise<(string | null)[]> {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `SELECT ip FROM audit_events WHERE action = 'auth.sign_in_failed' AND details->>'email' = ANY($1::text[])`,
      [emails],
    );
    return rows.map((row: { ip: string | null }) => row.ip);
  });
}

test("rotating X-Forwarded-For and X-Real-IP does not get past the per-address limit", async ({ request, baseURL }) => {
  const run = randomBytes(3).toString("hex");
  const statuses: number[] = [];
  const emails: string[] = [];
  const forged: string[] = [];
  for (let i = 0; i < 35; i++) {
    // A different account each time (so no account lock helps), a different "address" each time.
    const email = `sprayed-${run}-${i}@example.test`;
    emails.push(email);
    forged.push(`203.0.113.${i}`, `198.51.100.${i}`, `192.0.2.${i}`);
    const response = await request.post("/login/submit", {
      form: { email, password: "Summer2026!", from: "/admin" },
      headers: {
        Accept: "application/json",
        Origin: baseURL!,
        "X-Forwarded-For": `203.0.113.${i}, 198.51.100.${i}`,
        "X-Real-IP": `192.0.2.${i}`,
      },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
  expect(statuses.slice(30)).toEqual(Array(5).fill(429));

  // A real editor signing in from the same address is held too (the address is locked,
  // not the account), while the limit lasts.
  const editor = await makeStaff("EDITOR");
  const held = await request.post("/login/submit", {
    form: { email: editor.email, password: editor.password },
    headers: { Accept: "application/json", Origin: baseURL!, "X-Forwarded-For": "192.0.2.250", "X-Real-IP": "192.0.2.251" },
  });
  expect(held.status()).toBe(429);
  expect(Number(held.headers()["retry-after"])).toBeGreaterThan(0);

  // The audit log names the real address for every failed attempt, never a forged one.
  const addresses = await auditAddresses(emails.slice(0, 30));
  expect(addresses).toHaveLength(30);
  for (const address of addresses) {
    expect(LOOPBACK).toContain(address);
    expect(forged).not.toContain(address);
  }
});

test.describe("behind one trusted proxy (TRUST_PROXY=1)", () => {
  let proxied: SecondServer;

  test.beforeAll(async () => {
    proxied = await startSecondServer({ TRUST_PROXY: "1" });
  });
  test.afterAll(async () => {
    await proxied?.stop();
  });

  test("the address the proxy added counts; whatever the client put before it does not", async () => {
    const run = randomBytes(3).toString("hex");
    // We play the proxy: it appended the client's real address (192.0.2.77) to whatever
    // X-Forwarded-For the client sent, which the client rotates.
    const attempt = (i: number, realAddress: string) =>
      fetch(`${proxied.origin}/login/submit`, {
        method: "POST",
        headers: {
          Accept: "application/json",
          Origin: proxied.origin,
          "Content-Type": "application/x-www-form-urlencoded",
          "X-Forwarded-For": `203.0.113.${i}, 10.9.${i}.1, ${realAddress}`,
          "X-Real-IP": `198.51.100.${i}`,
        },
        body: new URLSearchParams({ email: `proxied-${run}-${i}@example.test`, password: "Summer2026!" }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await attempt(i, "192.0.2.77")).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual([429, 429]);
    // Another client behind the same proxy is a different address: not limited.
    expect((await attempt(40, "192.0.2.78")).status).toBe(401);

    const addresses = await auditAddresses(Array.from({ length: 30 }, (_, i) => `proxied-${run}-${i}@example.test`));
    expect(new Set(addresses)).toEqual(new Set(["192.0.2.77"]));
    expect(await auditAddresses([`proxied-${run}-40@example.test`])).toEqual(["192.0.2.78"]);
  });
});
