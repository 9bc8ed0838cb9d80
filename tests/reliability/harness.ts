// Shared pieces of `npm run test:reliability`: its own PostgreSQL and app server (scripts/serve.js),
// staff who sign in over HTTP, and server-action calls as the browser sends them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type App = { origin: string; process: ChildProcess; stop: () => Promise<void>; errors: () => string[] };

export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<App> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.js"), "start", "--port", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  // Every error line the server printed, so a failed check can say what the server saw.
  const errorLines: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    stderr = (stderr + text).slice(-4000);
    for (const line of text.split("\n")) if (line.trim() && errorLines.length < 2000) errorLines.push(line);
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server exited: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`The app server did not answer within 60 s: ${stderr}`);
    try {
      if ((await fetch(`${origin}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  return { origin, process: child, stop, errors: () => errorLines.slice() };
}

// Kills the app at once, as a crash or an OOM kill would.
export function killApp(app: App): Promise<void> {
  const exited = new Promise<void>((resolve) => app.process.once("exit", () => resolve()));
  process.kill(-app.process.pid!, "SIGKILL");
  return exited;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function withDb<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type Staff = { id: string; email: string; password: string; cookie: string };

export async function makeEditor(dbUrl: string): Promise<Omit<Staff, "cookie">> {
  const suffix = randomBytes(4).toString("hex");
  const email = `reliability-${suffix}@example.test`;
  const password = `reliability password ${suffix}`;
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const id = await withDb(dbUrl, async (client) => {
    const { rows } = await client.query(
      `INSERT INTO users (email, name, slug, role, password_hash, updated_at) VALUES ($1, $2, $3, 'EDITOR', $4, now()) RETURNING id`,
      [email, `Editor ${suffix}`, `editor-${suffix}`, passwordHash],
    );
    return rows[0].id as string;
  });
  return { id, email, password };
}

export async function signIn(origin: string, staff: Omit<Staff, "cookie">): Promise<Staff> {
  const form = new FormData();
  form.set("email", staff.email);
  form.set("password", staff.password);
  const response = await fetch(`${origin}/login/submit`, { method: "POST", body: form, headers: { Origin: origin, Accept: "application/json" } });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!cookie) throw new Error("sign-in set no session cookie");
  return { ...staff, cookie };
}

export async function insertDraft(dbUrl: string, owner: string, headline: string): Promise<string> {
  return withDb(dbUrl, async (client) => {
    const slug = `reliability-${randomBytes(5).toString("hex")}`;
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "First words." }] }] };
    const { rows } = await client.query(
      `INSERT INTO articles (slug, headline, body, status, created_by_id, updated_at) VALUES ($1, $2, $3, 'DRAFT', $4, now()) RETURNING id`,
      [slug, headline, JSON.stringify(body), owner],
    );
    await client.query(`INSERT INTO bylines (article_id, user_id, position) VALUES ($1, $2, 0)`, [rows[0].id, owner]);
    return rows[0].id as string;
  });
}

export function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveArticleAction");
  if (!entry) throw new Error("saveArticleAction is not in the build");
  return entry[0];
}

export type SaveAnswer =
  | { kind: "acknowledged"; version: number; status: string }
  | { kind: "refused"; message: string }
  | { kind: "failed"; detail: string };

// The article form's request: fields under "_1_", the argument list in part "0".
export async function saveArticle(
  origin: string,
  actionId: string,
  cookie: string,
  input: { id: string; version: number; headline: string; intent?: "save" | "publish" },
  signal?: AbortSignal,
): Promise<SaveAnswer> {
  const form = new FormData();
  const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: input.headline }] }] });
  const fields = { id: input.id, version: String(input.version), headline: input.headline, standfirst: "", slug: "", body, intent: input.intent ?? "save" };
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  try {
    const response = await fetch(`${origin}/admin/articles/${input.id}`, {
      method: "POST",
      body: form,
      headers: { "Next-Action": actionId, Origin: origin, Accept: "text/x-component", Cookie: cookie },
      signal,
    });
    const text = await response.text();
    const line = text.split("\n").find((l) => l.startsWith("1:"));
    if (response.status >= 500 || !line) return { kind: "failed", detail: `${response.status} ${text.slice(0, 160)}` };
    const state = JSON.parse(line.slice(2)) as { status: string; message: string; data?: { saved?: { version: number; status: string } } };
    if (state.status === "success" && state.data?.saved) return { kind: "acknowledged", version: state.data.saved.version, status: state.data.saved.status };
    return { kind: "refused", message: state.message };
  } catch (error) {
    return { kind: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function currentVersion(dbUrl: string, id: string): Promise<number> {
  return withDb(dbUrl, async (client) => (await client.query(`SELECT version FROM articles WHERE id = $1`, [id])).rows[0].version as number);
}

export async function revisionHeadlines(dbUrl: string, ids: string[]): Promise<Set<string>> {
  return withDb(dbUrl, async (client) => new Set((await client.query(`SELECT headline FROM revisions WHERE article_id = ANY($1::uuid[])`, [ids])).rows.map((r) => r.headline as string)));
}
