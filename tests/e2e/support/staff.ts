import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import type { Page } from "@playwright/test";

// Builds each test's own staff straight in the test database (the browser then signs
// in through the real form). DATABASE_URL comes from `npm test`.

export type Staff = { id: string; email: string; password: string; name: string; role: "ADMIN" | "EDITOR" | "REPORTER" };

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function makeStaff(role: Staff["role"], name?: string): Promise<Staff> {
  const suffix = randomBytes(4).toString("hex");
  const staff = {
    email: `${role.toLowerCase()}-${suffix}@example.test`,
    password: `e2e password ${suffix}`,
    name: name ?? `${role[0]}${role.slice(1).toLowerCase()} ${suffix}`,
    role,
  };
  const passwordHash = await hash(staff.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const id = await withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO users (email, name, slug, role, password_hash, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [staff.email, staff.name, `staff-${suffix}`, role, passwordHash],
    );
    return rows[0].id as string;
  });
  return { id, ...staff };
}

export async function signIn(page: Page, staff: Staff): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin");
}

// Letters only: PostgreSQL's text search reads hex such as "28e68b" as a number ("28e68")
// and a word ("b"), which made a search test fail now and then.
export function uniqueWord(): string {
  return [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
}

// Every e2e request comes from this machine's loopback address, which the per-address
// sign-in limit now counts (scripts/serve.js). A test that makes many failed sign-ins
// on purpose calls this afterwards, so the next test can still sign in.
export async function clearAddressLimits(): Promise<void> {
  await withDb((client) => client.query(`DELETE FROM rate_limit_buckets WHERE key LIKE 'sign-in:ip:%'`));
}
