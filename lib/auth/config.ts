import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { signInSchema } from "@/lib/auth/schema";
import { cookies, headers } from "next/headers";
import { deviceCookieName, deviceCookieOptions, issueDeviceToken, readTrustedDevice } from "@/lib/auth/device-cookie";
import { getClientIp } from "@/lib/http/client-ip";
import { isHttpsSite } from "@/lib/site";
import { SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/sessions";
import { passkeyProvider } from "@/lib/auth/passkeys/provider";
import { ssoProviders, ssoSignInCallback, SSO_PROVIDER_ID } from "@/lib/auth/sso/provider";
import { isPasswordSignInOff } from "@/lib/auth/sso/sign-in-with-sso";
import { ssoConfig } from "@/lib/auth/sso/sso-settings";

// Thrown when the account or the address has too many recent failures; carries the wait.
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
  retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// A person whose account signs in through single sign-on only (OIDC_DISABLE_PASSWORD_FOR_SSO_USERS).
export class SsoOnlySignIn extends CredentialsSignin {
  code = "sso_only";
}

// Auth.js with email and password, passkeys (lib/auth/passkeys) and OpenID Connect single
// sign-on (lib/auth/sso). Sessions are signed JWT cookies carrying only the
// user id, a session version and the id of the session's row; every request re-reads
// both from the database (lib/auth/current-user.ts), so deactivation, role changes and
// an ended session apply at once. The row is started in the jwt callback at sign-in,
// whichever provider signed the person in, so every way in (password, passkey, single
// sign-on) shows in the sessions list and can be ended; the provider decides whether a
// second factor is still owed (lib/auth/two-factor-policy.ts). A provider's `user.id`
// must be the Dateline user's id.

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A failed sign-in is routine, not a server error: one quiet line, no stack, no email.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return console.warn("Sign-in refused (wrong email or password).");
      console.error(error);
    },
  },
  // Session cookies are HttpOnly and SameSite=Lax (Auth.js defaults), and Secure with a
  // __Secure- name whenever the public address (SITE_URL or AUTH_URL) is https. Never
  // from X-Forwarded-Proto (Auth.js's default): a client can send that to an http site,
  // and a TLS-terminating proxy that forgets it must not make the cookie plain.
  useSecureCookies: isHttpsSite(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const jar = await cookies();
        const device = await readTrustedDevice(jar.get(deviceCookieName())?.value, parsed.data.email);
        const result = await authenticateWithPassword(parsed.data.email, parsed.data.password, await getClientIp(), device);
        if (!result.ok && result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterSeconds);
        if (!result.ok) throw new CredentialsSignin();
        if (await isPasswordSignInOff(result.user.id, ssoConfig(), await getClientIp())) throw new SsoOnlySignIn();
        // This browser has now signed in as this person: a fresh device cookie (lib/auth/device-cookie.ts).
        jar.set(deviceCookieName(), await issueDeviceToken(parsed.data.email), deviceCookieOptions());
        const user = result.user;
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
    passkeyProvider(),
    ...ssoProviders(),
  ],
  callbacks: {
    signIn(params) {
      return params.account?.provider === SSO_PROVIDER_ID ? ssoSignInCallback(params) : true;
    },
    async jwt({ token, user, account, trigger }) {
      if (trigger === "signIn" && user?.id) {
        const started = await startSession({ userId: user.id, method: account?.provider ?? "credentials", userAgent: (await headers()).get("user-agent"), ip: await getClientIp() });
        // No session for an account that cannot have one: the cookie names nobody.
        if (!started) return { ...token, uid: undefined, sid: undefined };
        token.uid = user.id;
        token.sid = started.sessionId;
        token.sv = started.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: typeof token.uid === "string" ? token.uid : undefined,
        sid: typeof token.sid === "string" ? token.sid : undefined,
        sv: Number(token.sv ?? 0),
      };
    },
  },
});
