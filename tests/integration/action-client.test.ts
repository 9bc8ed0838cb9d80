import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { db, disconnectDb } from "@/lib/db";
import { AppError, ROLE_REFUSED_MESSAGE, SESSION_ENDED_MESSAGE, UNEXPECTED_ERROR_MESSAGE } from "@/lib/errors";
import { CROSS_SITE_MESSAGE } from "@/lib/http/same-origin";
import { createActionClient, type ActionContext } from "@/lib/actions/action-client";
import { IDLE } from "@/lib/actions/action-state";
import { findActiveSessionUser } from "@/lib/users/find-active-session-user";
import { makeUser, uniqueSuffix } from "../support/factories";

// The action client (lib/actions/action-client.ts) run as Next runs it, on the real
// database: the only stand-in is the request itself (its headers and session cookie,
// which name the origin and the user id) and the clock. The user is loaded from
// PostgreSQL exactly as a session is.

afterAll(() => disconnectDb());

const SITE = "http://localhost:3999";
const NOW = new Date("2026-03-01T09:30:00Z");

type Request = { origin?: string | null; session?: { uid: string; sv?: number } | null; ip?: string | null };

function clientFor(request: Request) {
  const sessionReads = { count: 0 };
  const headers = new Headers({ host: "localhost:3999" });
  const origin = request.origin === undefined ? SITE : request.origin;
  if (origin !== null) headers.set("origin", origin);
  const client = createActionClient({
    headers: async () => headers,
    sessionUser: async () => {
      sessionReads.count += 1;
      return request.session ? findActiveSessionUser(request.session.uid, request.session.sv ?? 0) : null;
    },
    clientIp: async () => (request.ip === undefined ? "203.0.113.9" : request.ip),
    now: () => NOW,
  });
  return { ...client, sessionReads };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const tagSchema = z.object({ name: z.string().trim().min(1, "A tag needs a name.").max(60, "Tag names are at most 60 characters."), description: z.string().trim().default("") });

// A body that records each call, so a test can prove it never ran.
function recorder() {
  const calls: { input: unknown; context: ActionContext }[] = [];
  const body = async (input: z.output<typeof tagSchema>, context: ActionContext) => {
    calls.push({ input, context });
    return { status: "success" as const, message: `Made ${input.name}` };
  };
  return { calls, body };
}

describe("action client", () => {
  it("refuses a request no Dateline page sent before reading the session, and the body never runs", async () => {
    const editor = await makeUser("EDITOR");
    for (const origin of ["https://evil.example", "null", null]) {
      const { defineAction, sessionReads } = clientFor({ origin, session: { uid: editor.id } });
      const { calls, body } = recorder();
      const action = defineAction({ permission: "tag.manage", schema: tagSchema }, body);
      expect(await action(IDLE, form({ name: "Forged" }))).toEqual({ status: "error", message: CROSS_SITE_MESSAGE });
      expect(calls).toHaveLength(0);
      expect(sessionReads.count, `origin ${origin}`).toBe(0);
    }
  });

  it("refuses a caller without a session, or whose account was deactivated or whose sessions were ended", async () => {
    const editor = await makeUser("EDITOR");
    const { calls, body } = recorder();
    const none = clientFor({ session: null }).defineAction({ permission: "tag.manage", schema: tagSchema }, body);
    expect(await none(IDLE, form({ name: "Budget" }))).toEqual({ status: "error", message: SESSION_ENDED_MESSAGE });

    // An old cookie (session version 0) after the sessions were ended on the server.
    await db.user.update({ where: { id: editor.id }, data: { sessionVersion: { increment: 1 } } });
    const ended = clientFor({ session: { uid: editor.id, sv: 0 } }).defineAction({ permission: "tag.manage", schema: tagSchema }, body);
    expect(await ended(IDLE, form({ name: "Budget" }))).toEqual({ status: "error", message: SESSION_ENDED_MESSAGE });

    await db.user.update({ where: { id: editor.id }, data: { active: false } });
    const deactivated = clientFor({ session: { uid: editor.id, sv: 1 } }).defineAction({ permission: "tag.manage", schema: tagSchema }, body);
    expect(await deactivated(IDLE, form({ name: "Budget" }))).toEqual({ status: "error", message: SESSION_ENDED_MESSAGE });
    expect(calls).toHaveLength(0);
  });

  it("asks the permission table: a reporter is refused what only editors may do, an editor is let through", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const { calls, body } = recorder();
    const asReporter = clientFor({ session: { uid: reporter.id } }).defineAction({ permission: "tag.manage", schema: tagSchema }, body);
    expect(await asReporter(IDLE, form({ name: "Budget" }))).toEqual({ status: "error", message: ROLE_REFUSED_MESSAGE });
    expect(calls).toHaveLength(0);
    const asEditor = clientFor({ session: { uid: editor.id } }).defineAction({ permission: "tag.manage", schema: tagSchema }, body);
    expect(await asEditor(IDLE, form({ name: "Budget" }))).toEqual({ status: "success", message: "Made Budget" });
    expect(calls).toHaveLength(1);
  });

  it("answers invalid input with field errors and never runs the body; valid input arrives typed, with the user, address and one clock", async () => {
    const editor = await makeUser("EDITOR");
    const { calls, body } = recorder();
    const action = clientFor({ session: { uid: editor.id } }).defineAction({ permission: "tag.manage", schema: tagSchema }, body);
    const invalid = await action(IDLE, form({ name: "   ", description: "x" }));
    expect(invalid).toEqual({ status: "error", message: "Not saved: A tag needs a name.", fieldErrors: { name: ["A tag needs a name."] } });
    expect(await action(IDLE, form({ name: "x".repeat(61) }))).toMatchObject({ fieldErrors: { name: ["Tag names are at most 60 characters."] } });
    expect(calls).toHaveLength(0);

    // Unknown fields and Next's own `$ACTION_*` fields are dropped; a repeated field counts once.
    const data = form({ name: "  Budget  ", extra: "ignored", $ACTION_ID_abc: "" });
    data.append("name", "Second value");
    expect(await action(IDLE, data)).toEqual({ status: "success", message: "Made Budget" });
    expect(calls).toEqual([{ input: { name: "Budget", description: "" }, context: { user: { id: editor.id, name: editor.name, email: editor.email, role: "EDITOR" }, ip: "203.0.113.9", now: NOW } }]);
  });

  it("rate-limits where asked, per user or per address, in PostgreSQL", async () => {
    const editor = await makeUser("EDITOR");
    const other = await makeUser("EDITOR");
    const name = `test-${uniqueSuffix()}`;
    const { calls, body } = recorder();
    const limited = (uid: string, ip = "203.0.113.9") =>
      clientFor({ session: { uid }, ip }).defineAction({ permission: "tag.manage", schema: tagSchema, rateLimit: { name, by: "user", max: 2, windowSeconds: 60 } }, body);
    expect((await limited(editor.id)(IDLE, form({ name: "One" }))).status).toBe("success");
    // Invalid input counts too: the limit is on calls, before parsing.
    expect((await limited(editor.id)(IDLE, form({ name: "" }))).status).toBe("error");
    const third = await limited(editor.id, "198.51.100.1")(IDLE, form({ name: "Three" }));
    expect(third).toEqual({ status: "error", message: expect.stringMatching(/^Too many attempts\. Wait \d+ seconds?, then try again\.$/) });
    expect(calls.map((c) => c.input)).toEqual([{ name: "One", description: "" }]);
    // Another person is not held back by this one's calls.
    expect((await limited(other.id)(IDLE, form({ name: "Theirs" }))).status).toBe("success");
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: `action:${name}:user:${editor.id}` } });
    expect(bucket?.count).toBe(3);

    // Per address for a public action; an unknown address is not limited (as sign-in).
    const byIp = (ip: string | null) => clientFor({ session: null, ip }).defineAction({ public: true, schema: tagSchema, rateLimit: { name: `${name}-ip`, by: "ip", max: 1, windowSeconds: 60 } }, async () => ({ status: "success" as const, message: "ok" }));
    expect((await byIp("192.0.2.1")(IDLE, form({ name: "a" }))).status).toBe("success");
    expect((await byIp("192.0.2.1")(IDLE, form({ name: "a" }))).status).toBe("error");
    expect((await byIp("192.0.2.2")(IDLE, form({ name: "a" }))).status).toBe("success");
    expect((await byIp(null)(IDLE, form({ name: "a" }))).status).toBe("success");
  });

  it("shows an AppError's message and field errors, but never an unexpected error's message", async () => {
    const editor = await makeUser("EDITOR");
    const { defineAction } = clientFor({ session: { uid: editor.id } });
    const known = defineAction({ permission: "tag.manage", schema: tagSchema }, async () => {
      throw new AppError("VALIDATION", "That name is taken.", { name: ["That name is taken."] });
    });
    expect(await known(IDLE, form({ name: "Budget" }))).toEqual({ status: "error", message: "That name is taken.", fieldErrors: { name: ["That name is taken."] } });

    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const secret = "connection to postgres://admin:hunter2@db.internal failed";
      const unexpected = defineAction({ permission: "tag.manage", schema: tagSchema }, async () => {
        throw new Error(secret);
      });
      const answer = await unexpected(IDLE, form({ name: "Budget" }));
      expect(answer).toEqual({ status: "error", message: UNEXPECTED_ERROR_MESSAGE, fieldErrors: undefined });
      expect(JSON.stringify(answer)).not.toContain("hunter2");
      // It is logged for the operator instead.
      expect(String(logged.mock.calls.at(-1)?.[1])).toContain("hunter2");
    } finally {
      logged.mockRestore();
    }
  });

  it("lets Next's redirect through", async () => {
    const editor = await makeUser("EDITOR");
    const action = clientFor({ session: { uid: editor.id } }).defineAction({ permission: "tag.manage", schema: tagSchema }, async () => redirect("/admin/tags?done=merged"));
    await expect(action(IDLE, form({ name: "Budget" }))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("a public action needs no session and does not read one", async () => {
    const { defineAction, sessionReads } = clientFor({ session: null });
    const action = defineAction({ public: true, schema: tagSchema }, async (input, context) => ({ status: "success" as const, message: `${input.name} ${"user" in context} ${context.ip} ${context.now.toISOString()}` }));
    expect(await action(IDLE, form({ name: "Token" }))).toEqual({ status: "success", message: `Token false 203.0.113.9 ${NOW.toISOString()}` });
    expect(sessionReads.count).toBe(0);
  });

  it("a call with plain arguments makes the same checks and answers its fallback when refused", async () => {
    const reporter = await makeUser("REPORTER");
    const read = (request: Request) => clientFor(request).defineCall({ permission: "article.view", schema: z.uuid(), refused: "refused" }, async (id, { user }) => `${user.id} read ${id}`);
    const id = "0b7f0c2e-4a53-4c1e-9d57-3f3e6d1b2a10";
    expect(await read({ session: { uid: reporter.id } })(id)).toBe(`${reporter.id} read ${id}`);
    expect(await read({ session: null })(id)).toBe("refused");
    expect(await read({ origin: "https://evil.example", session: { uid: reporter.id } })(id)).toBe("refused");
    expect(await read({ session: { uid: reporter.id } })("not an id")).toBe("refused");
    const refusedByRole = clientFor({ session: { uid: reporter.id } }).defineCall({ permission: "user.manage", schema: z.unknown(), refused: "refused" }, async () => "ran");
    expect(await refusedByRole(undefined)).toBe("refused");
  });
});
