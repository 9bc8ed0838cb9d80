import "server-only";
import { db, type Tx } from "@/lib/db";
import { queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/generated/prisma/enums";
import { isMultiFactorMethod, parseRolesRequiringTwoFactor, TWO_FACTOR_ROLES_SETTING } from "@/lib/auth/two-factor-policy";

// A row per sign-in (user_sessions), whatever the way in: the Auth.js jwt callback
// starts one (lib/auth/config.ts) and puts its id in the cookie. Every request reads it
// back with the user (getSessionState in lib/auth/current-user.ts), so ending a session
// here stops that browser on its next request, and a sign-in that still owes its second
// factor can do nothing but give it.

// As long as the session cookie itself (lib/auth/config.ts), renewed while in use.
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 12;
// "Last seen" is written at most this often, so a busy editor costs no write per request.
const LAST_SEEN_EVERY_MS = 60_000;
// Rows of sessions unused for this long are deleted when someone signs in.
const KEEP_ENDED_DAYS = 30;
const USER_AGENT_MAX = 512;

export type SessionUser = { id: string; name: string; email: string; role: Role };
export type SessionState =
  | { kind: "none" }
  | { kind: "signed_in"; user: SessionUser; sessionId: string }
  // Password given, code not yet: only the second-factor step works.
  | { kind: "needs_code"; user: SessionUser; sessionId: string }
  // Their role requires a second factor they have not set up: only set-up works.
  | { kind: "needs_setup"; user: SessionUser; sessionId: string };

export type StartedSession = { sessionId: string; sessionVersion: number };

export async function startSession(input: { userId: string; method: string; userAgent: string | null; ip: string | null; now?: Date }): Promise<StartedSession | null> {
  const now = input.now ?? new Date();
  const started = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true, sessionVersion: true, totpEnabledAt: true } });
    if (!user?.active) return null;
    const session = await tx.userSession.create({
      data: {
        userId: input.userId,
        method: input.method,
        sessionVersion: user.sessionVersion,
        secondFactorPending: user.totpEnabledAt !== null && !isMultiFactorMethod(input.method),
        userAgent: (input.userAgent ?? "").slice(0, USER_AGENT_MAX),
        ip: input.ip,
        createdAt: now,
        lastSeenAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: input.userId, action: "auth.session_start", targetType: "session", targetId: session.id, ip: input.ip, details: { method: input.method } });
    return { sessionId: session.id, sessionVersion: user.sessionVersion };
  });
  await db.userSession.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - KEEP_ENDED_DAYS * 86_400_000) } } });
  return started;
}

// What this cookie may do now. One query (the session row with its person, and the
// roles that must have a second factor, read in the same round trip: this runs on every
// request of every signed-in page) and a write at most once a minute (last seen).
export async function resolveSession(token: { uid: string; sid: string; sv: number }, ip: string | null, now = new Date()): Promise<SessionState> {
  if (!UUID.test(token.sid) || !UUID.test(token.uid)) return { kind: "none" };
  // Prepared (lib/db/connections.ts): this runs on every signed-in request.
  const rows = await queryDb<SessionRowWithUser>(sql`
    SELECT s.id::text AS id, s.method, s.second_factor_pending AS "secondFactorPending", s.last_seen_at AS "lastSeenAt",
      u.id::text AS "userId", u.name, u.email, u.role::text AS role, u.totp_enabled_at IS NOT NULL AS "hasTotp",
      (SELECT value::text FROM settings WHERE key = ${TWO_FACTOR_ROLES_SETTING}) AS "twoFactorRoles"
    FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${token.sid}::uuid AND s.user_id = ${token.uid}::uuid AND s.ended_at IS NULL AND s.session_version = ${token.sv}
      AND s.last_seen_at > ${new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000)}
      AND u.active AND u.session_version = ${token.sv}`);
  const row = rows[0];
  if (!row) return { kind: "none" };
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: row.id, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_EVERY_MS) } }, data: { lastSeenAt: now, ...(ip ? { ip } : {}) } });
  }
  const user: SessionUser = { id: row.userId, name: row.name, email: row.email, role: row.role };
  if (row.secondFactorPending) return { kind: "needs_code", user, sessionId: row.id };
  if (!row.hasTotp && !isMultiFactorMethod(row.method) && parseRolesRequiringTwoFactor(row.twoFactorRoles === null ? null : JSON.parse(row.twoFactorRoles)).includes(user.role)) {
    return { kind: "needs_setup", user, sessionId: row.id };
  }
  return { kind: "signed_in", user, sessionId: row.id };
}

type SessionRowWithUser = { id: string; method: string; secondFactorPending: boolean; lastSeenAt: Date; userId: string; name: string; email: string; role: Role; hasTotp: boolean; twoFactorRoles: string | null };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The second factor was given (or just set up): the session becomes a full one.
export async function completeSecondFactor(tx: Tx, sessionId: string): Promise<void> {
  await tx.userSession.update({ where: { id: sessionId }, data: { secondFactorPending: false } });
}

// Ends every session of one person: the version bump refuses every cookie issued
// before, the rows say so in the sessions list.
export async function endAllSessions(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
}

// Ends one of the person's own sessions; false when it was not theirs or already over.
export async function endOwnSession(userId: string, sessionId: string, ip: string | null, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now } });
    if (ended.count === 0) return false;
    await recordAudit(tx, { actorId: userId, action: "auth.session_end", targetType: "session", targetId: sessionId, ip });
    return true;
  });
}

// Everyone's own sign-out: this session only (the others stay; the sessions page ends them).
export async function endSessionOnSignOut(userId: string, sessionId: string, ip: string | null, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now } });
    if (ended.count > 0) await recordAudit(tx, { actorId: userId, action: "auth.sign_out", targetType: "session", targetId: sessionId, ip });
  });
}

export type SessionRow = { id: string; method: string; device: string; ip: string | null; createdAt: Date; lastSeenAt: Date; pendingSecondFactor: boolean };

export async function listActiveSessions(userId: string, now = new Date()): Promise<SessionRow[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  if (!user) return [];
  const rows = await db.userSession.findMany({
    where: { userId, endedAt: null, sessionVersion: user.sessionVersion, lastSeenAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } },
    select: { id: true, method: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true, secondFactorPending: true },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
  });
  return rows.map(({ userAgent, secondFactorPending, ...row }) => ({ ...row, device: describeDevice(userAgent), pendingSecondFactor: secondFactorPending }));
}

// "Firefox on Windows": enough for a person to recognise their own devices. Plain
// substring checks on a bounded string (no pattern can run long), most specific first.
export function describeDevice(userAgent: string): string {
  const ua = userAgent.slice(0, USER_AGENT_MAX);
  if (!ua) return "Unknown device";
  const browser = ua.includes("Edg/")
    ? "Edge"
    : ua.includes("OPR/")
      ? "Opera"
      : ua.includes("Firefox/")
        ? "Firefox"
        : ua.includes("Chrome/") || ua.includes("Chromium/") || ua.includes("CriOS/")
          ? "Chrome"
          : ua.includes("Safari/")
            ? "Safari"
            : "Unknown browser";
  const system = ua.includes("iPhone") || ua.includes("iPad")
    ? "iOS"
    : ua.includes("Android")
      ? "Android"
      : ua.includes("Windows")
        ? "Windows"
        : ua.includes("Mac OS X") || ua.includes("Macintosh")
          ? "macOS"
          : ua.includes("CrOS")
            ? "ChromeOS"
            : ua.includes("Linux")
              ? "Linux"
              : "an unknown system";
  return `${browser} on ${system}`;
}

export const METHOD_LABELS: Record<string, string> = { credentials: "Password", passkey: "Passkey", sso: "Single sign-on" };

export function describeMethod(method: string): string {
  return METHOD_LABELS[method] ?? "Single sign-on";
}

// "Sign out everywhere else": every other session of the person, this one kept.
export async function endOtherSessions(userId: string, keepSessionId: string, ip: string | null, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { userId, endedAt: null, id: { not: keepSessionId } }, data: { endedAt: now } });
    await recordAudit(tx, { actorId: userId, action: "auth.session_end_others", targetType: "session", targetId: keepSessionId, ip, details: { ended: ended.count } });
    return ended.count;
  });
}
