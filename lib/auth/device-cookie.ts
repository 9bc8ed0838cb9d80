import "server-only";
import { decode, encode } from "next-auth/jwt";
import { isHttpsSite } from "@/lib/site";
import { settings } from "@/lib/settings";

// OWASP's device cookie ("Slow Down Online Guessing Attacks with Device Cookies"): a
// browser that has signed in to an account gets a long-lived cookie naming that account.
// Later attempts on that account from that browser are limited per cookie instead of by
// the account lock and the per-address limit, so someone guessing at an editor's
// password from elsewhere locks out only browsers that never signed in as that editor.
// The cookie is an Auth.js JWT (encrypted and authenticated with a key derived from
// AUTH_SECRET and this cookie's own salt, so a session token is not a device cookie and
// the other way round); its `jti` names the device for its own limit.

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
const SALT = "dateline.device-cookie";
// A real cookie is about 400 characters; anything much longer is not one.
const MAX_COOKIE_LENGTH = 2_048;

export type TrustedDevice = { id: string };

export function deviceCookieName(): string {
  return isHttpsSite() ? "__Secure-dateline.device" : "dateline.device";
}

export function deviceCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: isHttpsSite(), path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS };
}

export async function issueDeviceToken(email: string): Promise<string> {
  return encode({ token: { email: normalizeEmail(email) }, secret: authSecret(), salt: SALT, maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
}

// The device, when the cookie is one of ours, unexpired, and issued for this email.
export async function readTrustedDevice(cookie: string | undefined, email: string): Promise<TrustedDevice | null> {
  if (!cookie || cookie.length > MAX_COOKIE_LENGTH) return null;
  try {
    const payload = await decode({ token: cookie, secret: authSecret(), salt: SALT });
    if (!payload || payload.email !== normalizeEmail(email) || typeof payload.jti !== "string") return null;
    return { id: payload.jti };
  } catch {
    // Tampered, expired, signed with another secret or not a JWT at all: no device.
    return null;
  }
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function authSecret(): string {
  const secret = settings().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return secret;
}
