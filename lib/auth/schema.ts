import { z } from "zod";

// One answer for unknown email, wrong password and deactivated account.
export const SIGN_IN_FAILED = "That email and password do not match an active account.";

// Longer than any password the rules allow (lib/auth/password-policy.ts), for older ones.
export const SIGN_IN_PASSWORD_MAX = 1024;

export const signInSchema = z.object({
  // Length first, and aborting: zod would otherwise run the email pattern on a refused value.
  email: z
    .string()
    .trim()
    .max(254, { error: "An email address has at most 254 characters.", abort: true })
    .toLowerCase()
    .email("Enter your email address, like name@example.com."),
  password: z.string().min(1, "Enter your password.").max(SIGN_IN_PASSWORD_MAX, { error: `A password has at most ${SIGN_IN_PASSWORD_MAX} characters.`, abort: true }),
});

// Same-site paths only: "//host", "/\host" and absolute URLs would leave the site.
export function safeRedirectPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}
