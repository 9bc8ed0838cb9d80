import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { settings } from "@/lib/settings";

// Secrets the server must read back (an authenticator's TOTP key) are sealed with
// AES-256-GCM (node:crypto) under a key derived from AUTH_SECRET with HKDF, one key per
// purpose. A database copy alone then holds no usable key. `context` is authenticated
// with the text (GCM's associated data): a value sealed for one user or purpose does not
// open for another. Rotating AUTH_SECRET makes sealed values unreadable (docs/identity.md).

const VERSION = "v1";

function key(purpose: string): Buffer {
  const secret = settings().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return Buffer.from(hkdfSync("sha256", secret, "dateline.secret-box", purpose, 32));
}

export function seal(purpose: string, context: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

// The plain text, or null when the value is not one sealed here for this context.
export function open(purpose: string, context: string, sealed: string): string | null {
  if (sealed.length > 1024) return null;
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
