import { z } from "zod";

// One answer for unknown email, wrong password and deactivated account.
export const SIGN_IN_FAILED = "That email and password do not match an active account.";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
});

// Same-site paths only: "//host", "/\host" and absolute URLs would leave the site.
export function safeRedirectPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}
