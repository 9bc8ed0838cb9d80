import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { disconnectDb } from "@/lib/db";
import { decodeSessionCookies, forgetDecodedSessionCookies } from "@/lib/auth/session-cookie";
import { endAllSessions, endOwnSession, resolveSession, startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { makeUser } from "../support/factories";

// The session cookie's decode is kept in memory (lib/auth/session-cookie.ts); revocation
// never relied on the cookie failing to decode, so it must still work for a cookie that
// is answered from memory: the database's verdict is read on every request.
const SECRET = "session-memo-integration-secret-not-for-production";
const NAME = "authjs.session-token";
const options = { cookieName: NAME, secrets: [SECRET] };

beforeAll(() => forgetDecodedSessionCookies());
afterAll(() => disconnectDb());

async function signedInCookie() {
  const user = await makeUser("EDITOR");
  const started = (await startSession({ userId: user.id, method: "credentials", userAgent: "test", ip: null }))!;
  const value = await encode({ token: { uid: user.id, sid: started.sessionId, sv: started.sessionVersion }, secret: SECRET, salt: NAME, maxAge: 600 });
  // Read twice: the second answer comes from memory.
  await decodeSessionCookies([{ name: NAME, value }], options);
  return { user, sessionId: started.sessionId, cookies: [{ name: NAME, value }] };
}

async function verdict(cookies: { name: string; value: string }[]) {
  const token = await decodeSessionCookies(cookies, options);
  expect(token).not.toBeNull();
  return (await resolveSession({ uid: token!.uid!, sid: token!.sid!, sv: token!.sv ?? 0 }, null)).kind;
}

describe("a memoised session cookie", () => {
  it("is refused once its session was ended (sign-out, the sessions page)", async () => {
    const { user, sessionId, cookies } = await signedInCookie();
    expect(await verdict(cookies)).toBe("signed_in");
    expect(await endOwnSession(user.id, sessionId, null)).toBe(true);
    expect(await verdict(cookies)).toBe("none");
  });

  it("is refused once every session of the person was ended (password change, role change)", async () => {
    const { user, cookies } = await signedInCookie();
    expect(await verdict(cookies)).toBe("signed_in");
    await db.$transaction((tx) => endAllSessions(tx, user.id));
    expect(await verdict(cookies)).toBe("none");
  });

  it("is refused once the person was deactivated", async () => {
    const { user, cookies } = await signedInCookie();
    expect(await verdict(cookies)).toBe("signed_in");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verdict(cookies)).toBe("none");
  });
});
