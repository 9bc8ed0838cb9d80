import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { signInSchema } from "@/lib/auth/schema";
import { getClientIp } from "@/lib/http/client-ip";

// Thrown when the account or the address has too many recent failures; carries the wait.
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
  retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// Auth.js with email and password. Sessions are signed JWT cookies carrying only the
// user id and a session version; every request re-reads the user from the database
// (lib/auth/current-user.ts), so deactivation and role changes apply at once.

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
  // __Secure- name whenever the site is reached over HTTPS (AUTH_URL or X-Forwarded-Proto).
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const result = await authenticateWithPassword(parsed.data.email, parsed.data.password, await getClientIp());
        if (!result.ok && result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterSeconds);
        if (!result.ok) throw new CredentialsSignin();
        const user = result.user;
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined, sv: Number(token.sv ?? 0) };
    },
  },
});
